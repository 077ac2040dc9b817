/** The longest title a map may have: on creation, on rename and in an imported spec. */
export const MAX_TITLE_LENGTH = 200;

/** The longest name or label of an element: in the doc, in a spec and on import. */
export const MAX_LABEL_LENGTH = 500;
