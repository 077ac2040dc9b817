import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import { bodyFields } from '../model/fields.ts';
import { COMMITTEE_TYPES, type CommitteeType, governanceModelLabel } from '../model/governance.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import { byName } from '../spec/review/specIndex.ts';
import type {
  GovernanceSpec,
  SpecBody,
  SpecFootprint,
  SpecRelationship,
} from '../spec/specSchema.ts';

/**
 * What a document builder reads from a spec: bodies by id, relationships by end and kind.
 * Relationships come back sorted by the name of their other end, so documents read in order.
 */
export interface DocumentSource {
  spec: GovernanceSpec;
  body(id: string): SpecBody | undefined;
  /** A body's name, or "a body not on the agreed map" for an end that is missing. */
  name(id: string): string;
  footprint(id: string | undefined): SpecFootprint | undefined;
  /** Relationships of a kind that end at a body. */
  into(id: string, kind: RelationshipKind): SpecRelationship[];
  /** Relationships of a kind that start at a body. */
  from(id: string, kind: RelationshipKind): SpecRelationship[];
}

/** Indexes a spec for the document builders. */
export function documentSource(spec: GovernanceSpec): DocumentSource {
  const bodies = new Map(spec.bodies.map((body) => [body.id, body]));
  const footprints = new Map(spec.footprints.map((footprint) => [footprint.id, footprint]));
  const name = (id: string) => bodies.get(id)?.name ?? 'a body not on the agreed map';
  const sorted = (edges: SpecRelationship[], end: 'from' | 'to') =>
    edges.sort(
      (a, b) =>
        byName({ name: name(a[end]) }, { name: name(b[end]) }) ||
        byName({ name: a.function ?? '' }, { name: b.function ?? '' }),
    );
  return {
    spec,
    body: (id) => bodies.get(id),
    name,
    footprint: (id) => (id === undefined ? undefined : footprints.get(id)),
    into: (id, kind) =>
      sorted(
        spec.relationships.filter((edge) => edge.kind === kind && edge.to === id),
        'from',
      ),
    from: (id, kind) =>
      sorted(
        spec.relationships.filter((edge) => edge.kind === kind && edge.from === id),
        'to',
      ),
  };
}

/** The name of a choice field's value for a body kind ("s75" → "Section 75 pooled budget"). */
export function fieldOptionLabel(kind: BodyKind, key: string, value: string): string {
  const field = bodyFields(kind).find((candidate) => candidate.key === key);
  return field?.options?.find((option) => option.value === value)?.label ?? value;
}

/** What a body is, in words: "Joint committee", "Place partnership (ICB committee)". */
export function bodyKindWords(body: SpecBody): string {
  if (body.kind === 'committee' && body.committeeType !== undefined) {
    return COMMITTEE_TYPES[body.committeeType as CommitteeType] ?? BODY_KIND_INFO.committee.label;
  }
  if (body.kind === 'pooled-fund' && body.fundType !== undefined) {
    return fieldOptionLabel('pooled-fund', 'fundType', body.fundType);
  }
  const label = BODY_KIND_INFO[body.kind].label;
  const model = body.governance?.model;
  return model === undefined ? label : `${label} (${governanceModelLabel(model)})`;
}
