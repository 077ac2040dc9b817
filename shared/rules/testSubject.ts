import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import type { FootprintLevel } from '../model/footprints.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { SpecBody, SpecFootprint, SpecRelationship } from '../spec/specSchema.ts';
import type { RuleSubject } from './types.ts';

/** A test body: agreed, statutory as its kind is, named after its id unless told. */
export function body(id: string, kind: BodyKind, extra: Partial<SpecBody> = {}): SpecBody {
  return {
    id,
    kind,
    name: id,
    statutory: BODY_KIND_INFO[kind].statutory,
    status: 'agreed',
    ...extra,
  };
}

/** A test relationship with a readable id: `from__kind__to`. */
export function rel(
  kind: RelationshipKind,
  from: string,
  to: string,
  extra: Partial<SpecRelationship> = {},
): SpecRelationship {
  return { id: `${from}__${kind}__${to}`, kind, from, to, status: 'agreed', ...extra };
}

/** A test footprint, named after its id. */
export function footprint(id: string, level: FootprintLevel, parent?: string): SpecFootprint {
  return { id, name: id, level, ...(parent ? { parent } : {}) };
}

/** A test subject; any part left out is empty. */
export function subject(parts: Partial<RuleSubject>): RuleSubject {
  return { footprints: [], bodies: [], relationships: [], ...parts };
}
