/** Where the room stands on an element: new elements start proposed. */
export const ELEMENT_STATUSES = ['proposed', 'agreed', 'disputed'] as const;

/** The agreement status of a node or edge. */
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];
