import type { RuleSubject } from '../../rules/types.ts';
import { parseSpec } from '../parseSpec.ts';
import type { GovernanceSpec } from '../specSchema.ts';

export { body, footprint, rel } from '../../rules/testSubject.ts';

/** Where the realistic whole-ICS spec that the tests read lives. */
export const WEST_YORKSHIRE_FIXTURE = 'test/fixtures/ics-west-yorkshire.spec.json';

/** A small spec for tests: the given parts, an empty rest. */
export function testSpec(parts: Partial<RuleSubject>): GovernanceSpec {
  return {
    specVersion: 2,
    map: {
      id: 'map-test',
      title: 'Test map',
      exportedAt: '2026-03-01T09:00:00.000Z',
      includes: 'agreed',
    },
    footprints: [],
    bodies: [],
    relationships: [],
    validation: { errors: [], warnings: [] },
    ...parts,
  };
}

/** A spec read from parsed JSON (upgraded from version 1 if need be); throws on a bad one. */
export function specOrThrow(json: unknown): GovernanceSpec {
  const parsed = parseSpec(json);
  if (!parsed.ok) throw new Error(`not a spec: ${JSON.stringify(parsed.problems.slice(0, 5))}`);
  return parsed.spec;
}
