/** "A and B are accountable to each other in a loop." */
export function loopInWords(names: readonly string[]): string {
  if (names.length === 1) return `${names[0]} is accountable to itself.`;
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} are accountable to each other in a loop.`;
}
