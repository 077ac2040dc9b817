import {
  catalogueFunction,
  functionKey as catalogueKey,
  functionLabel,
} from '../model/functionCatalogue.ts';

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Keys of the function names seen lately: a map names a few dozen functions many times over, and
 * the rules compare them pair by pair. Forgotten wholesale once it holds many, so it stays small.
 */
const keys = new Map<string, string>();

/** The key two function names share when they mean the same function. */
export function functionKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 5000) keys.clear();
    key = catalogueKey(name);
    keys.set(name, key);
  }
  return key;
}

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
