import { catalogueFunction, functionKey, functionLabel } from '../model/functionCatalogue.ts';

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export { functionKey };

/** True when two function names mean the same function. */
export function sameFunction(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && functionKey(a) === functionKey(b);
}

/**
 * “primary medical services” in quotes, as the map wrote it (a catalogue id by its name), or
 * nothing when the function is not recorded.
 */
export function quotedFunction(name: string | undefined): string {
  if (!name?.trim()) return '';
  return `“${catalogueFunction(name) === name.trim() ? functionLabel(name) : name.trim()}”`;
}
