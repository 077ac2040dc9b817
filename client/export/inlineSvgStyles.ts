/**
 * SVG presentation properties that React Flow and our stylesheet set through classes
 * (edge strokes, label backgrounds, label font size).
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
];

/**
 * html-to-image copies computed styles onto each HTML element it clones, but clones an
 * <svg> in one piece with only its root styled, so edges and their labels lose every style
 * that comes from a class (label backgrounds turn black, label text grows). This writes the
 * computed values inline for the length of an export, and the returned function takes them
 * off again — leaving alone any value React changed in the meantime.
 */
export function inlineSvgStyles(root: Element): () => void {
  const written: Array<{
    element: SVGElement;
    name: string;
    value: string;
    before: string;
    priority: string;
  }> = [];
  for (const element of root.querySelectorAll<SVGElement>('svg *')) {
    const computed = getComputedStyle(element);
    for (const name of PROPERTIES) {
      const value = computed.getPropertyValue(name);
      if (value === '') continue;
      const before = element.style.getPropertyValue(name);
      if (before === value) continue;
      const priority = element.style.getPropertyPriority(name);
      element.style.setProperty(name, value);
      // Read back: the browser may normalise what was written.
      written.push({
        element,
        name,
        value: element.style.getPropertyValue(name),
        before,
        priority,
      });
    }
  }
  return () => {
    for (const { element, name, value, before, priority } of written) {
      if (element.style.getPropertyValue(name) !== value) continue;
      if (before === '') element.style.removeProperty(name);
      else element.style.setProperty(name, before, priority);
    }
  };
}
