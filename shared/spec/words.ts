/** "Pooled fund" → "pooled fund", but "NHS trust" keeps its capitals. */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** The words with "a" or "an" in front, by how they sound ("an NHS trust"). */
export function withArticle(words: string): string {
  return /^([aeiou]|NHS\b)/i.test(words) ? `an ${words}` : `a ${words}`;
}
