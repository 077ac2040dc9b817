import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import { bodyFields, type FieldDef, relationshipFields } from '../model/fields.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { nodeName } from './nodeName.ts';
import { assignSpecFields, hasAttributes } from './specFields.ts';
import type { SpecBody, SpecRelationship } from './specSchema.ts';

/** `make` with each answer kept: the same key gives the same value, made once. */
function memoised<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/** Each kind's fields, listed once (bodyFields and relationshipFields make a new list each call). */
const fieldsOfBody = memoised((kind: BodyKind): readonly FieldDef[] => bodyFields(kind));
const fieldsOfRelationship = memoised((kind: RelationshipKind): readonly FieldDef[] =>
  relationshipFields(kind),
);

// Elements are built key by key rather than spread together: thousands are made per export
// and per check, and each spread made a short-lived object. The keys keep their order.

/** The spec element of a body record, in this footprint. */
export function toBody(node: NodeRecord, kind: BodyKind, footprint: string | undefined): SpecBody {
  const body: Record<string, unknown> = { id: node.id, kind, name: nodeName(node) };
  if (footprint !== undefined) body.footprint = footprint;
  body.statutory = BODY_KIND_INFO[kind].statutory;
  body.status = node.status;
  addAgreement(body, node);
  // A record with no attributes (most) has no fields to write: its kind's are not looked up.
  if (hasAttributes(node.attrs)) assignSpecFields(body, fieldsOfBody(kind), node.attrs);
  return body as unknown as SpecBody;
}

/** The spec element of a relationship record. */
export function toRelationship(edge: EdgeRecord): SpecRelationship {
  const relationship: Record<string, unknown> = {
    id: edge.id,
    kind: edge.kind,
    from: edge.source,
    to: edge.target,
    status: edge.status,
  };
  addAgreement(relationship, edge);
  const label = edge.label?.trim();
  if (label) relationship.label = label;
  if (hasAttributes(edge.attrs)) {
    assignSpecFields(relationship, fieldsOfRelationship(edge.kind), edge.attrs);
  }
  return relationship as unknown as SpecRelationship;
}

/** When an element was agreed (only while it is) and its last vote's tally, when known. */
function addAgreement(element: Record<string, unknown>, record: NodeRecord | EdgeRecord): void {
  if (record.status === 'agreed' && record.agreedAt) element.agreedAt = record.agreedAt;
  if (record.tally) element.tally = { ...record.tally };
}
