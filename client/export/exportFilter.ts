// Screen furniture that has no place in a picture of the map.
const LEFT_OUT = [
  'react-flow__handle',
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__attribution',
  'react-flow__panel',
  'react-flow__resize-control',
  'react-flow__nodesselection',
  'react-flow__selection',
  'remote-cursor',
  'remote-selectors',
  'floating-menu',
];

/** Leaves out canvas controls, others' cursors, menus and anything marked `data-export-skip`. */
export function keepInExport(element: HTMLElement): boolean {
  const classes = element.classList;
  if (!classes) return true;
  if (element.dataset?.exportSkip !== undefined) return false;
  return !LEFT_OUT.some((name) => classes.contains(name));
}
