import { functionKey, functionLabel } from '../model/functionCatalogue.ts';

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

/** “Primary medical services commissioning” in quotes, or nothing when it is not recorded. */
export function quotedFunction(name: string | undefined): string {
  return name?.trim() ? `“${functionLabel(name)}”` : '';
}
