import type { RuleSubject } from '../../rules/types.ts';
import type { GovernanceSpec } from '../specSchema.ts';

export { body, footprint, rel } from '../../rules/testSubject.ts';

/** Where the realistic whole-ICS spec that the tests read lives. */
export const WEST_YORKSHIRE_FIXTURE = 'test/fixtures/ics-west-yorkshire.spec.json';

/** A small spec for tests: the given parts, an empty rest. */
export function testSpec(parts: Partial<RuleSubject>): GovernanceSpec {
  return {
    specVersion: 1,
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
