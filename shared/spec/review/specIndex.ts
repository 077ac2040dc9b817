import { BODY_KIND_INFO } from '../../model/bodyKinds.ts';
import type { GovernanceSpec, SpecBody, SpecRelationship } from '../specSchema.ts';
import type { ReviewBodyRef } from './reviewTypes.ts';

/** What a review looks up in a spec: bodies by id and relationships by kind. */
export interface SpecIndex {
  body(id: string): SpecBody | undefined;
  /** A body's name; a relationship end missing from the spec reads "a body not in this spec". */
  name(id: string): string;
  ref(body: SpecBody): ReviewBodyRef;
  /** The relationships of one kind, in spec order. */
  edges(kind: SpecRelationship['kind']): SpecRelationship[];
}

/** Indexes a spec for the review's sections. */
export function indexSpec(spec: GovernanceSpec): SpecIndex {
  const bodies = new Map(spec.bodies.map((body) => [body.id, body]));
  return {
    body: (id) => bodies.get(id),
    name: (id) => bodies.get(id)?.name ?? 'a body not in this spec',
    ref: (body) => ({ id: body.id, name: body.name, kindLabel: BODY_KIND_INFO[body.kind].label }),
    edges: (kind) => spec.relationships.filter((edge) => edge.kind === kind),
  };
}

/** Compares names as people read them ("Leeds" before "leeds trust", numbers in order). */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'en-GB', { numeric: true, sensitivity: 'base' });
}
