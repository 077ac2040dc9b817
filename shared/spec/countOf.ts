const IRREGULAR: Record<string, string> = {
  body: 'bodies',
  relationship: 'relationships',
  footprint: 'footprints',
  person: 'people',
};

/** "1 footprint", "2 footprints", "1,200 bodies": a count with its noun in the right number. */
export function countOf(count: number, noun: string, plural?: string): string {
  const many = plural ?? IRREGULAR[noun] ?? `${noun}s`;
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : many}`;
}
