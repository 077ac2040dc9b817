import { readFileSync } from 'node:fs';

const fixture = JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8')) as {
  bodies: Array<Record<string, unknown>>;
} & Record<string, unknown>;

/**
 * The West Yorkshire spec grown to `bodies` bodies: copies of its NHS trusts with new ids and
 * names, so the import has a real spec's footprints and relationships plus a great many bodies.
 */
export function bigSpec(bodies: number): Record<string, unknown> {
  const trust = fixture.bodies.find((body) => body.kind === 'nhs-trust');
  if (!trust) throw new Error('the fixture has no NHS trust');
  const extra = Array.from({ length: Math.max(0, bodies - fixture.bodies.length) }, (_, i) => ({
    ...trust,
    id: `trust-copy-${i}`,
    name: `Copy ${i} of ${String(trust.name)}`,
  }));
  return {
    ...fixture,
    map: { ...(fixture.map as object), title: `A map of ${bodies} bodies` },
    bodies: [...fixture.bodies, ...extra],
  };
}
