import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';

/** What a spec holds besides its envelope: its footprints, bodies and relationships. */
export type SpecParts = Pick<GovernanceSpec, 'footprints' | 'bodies' | 'relationships'>;

/**
 * A spec of these parts, as an export of everything on a map with this id and title on
 * 1 January 2026, with no findings recorded: the envelope the generated and random test
 * maps share.
 */
export function specOf(map: { id: string; title: string }, parts: SpecParts): GovernanceSpec {
  return {
    specVersion: 2,
    map: { ...map, exportedAt: '2026-01-01T00:00:00.000Z', includes: 'all' },
    footprints: parts.footprints,
    bodies: parts.bodies,
    relationships: parts.relationships,
    validation: { errors: [], warnings: [] },
  };
}
