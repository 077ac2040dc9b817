/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A function name compared loosely: trimmed, lower case, single spaces. */
export function functionKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when two function names mean the same function. */
export function sameFunction(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && functionKey(a) === functionKey(b);
}

/** “primary care commissioning” in quotes, or nothing when the function is not recorded. */
export function quotedFunction(name: string | undefined): string {
  return name?.trim() ? `“${name.trim()}”` : '';
}
