import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import {
  bodyFields,
  type FieldDef,
  FOOTPRINT_FIELDS,
  relationshipFields,
} from '../model/fields.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { MapSnapshot } from '../ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { danglingFinding, leftOutReason, relationshipName } from './danglingFinding.ts';
import { type FootprintTree, footprintTree } from './footprintTree.ts';
import { nodeName } from './nodeName.ts';
import { assignSpecFields } from './specFields.ts';
import {
  type Finding,
  GOVERNANCE_SPEC_SCHEMA_ID,
  type GovernanceSpec,
  SPEC_VERSION,
  type SpecBody,
  type SpecFootprint,
  type SpecRelationship,
} from './specSchema.ts';

/** What a validator returns for a spec: its error and warning findings. */
export interface SpecFindings {
  errors: Finding[];
  warnings: Finding[];
}

/** Runs the validation rules on a spec (shared/rules' validateSpec fits). */
export type SpecValidator = (subject: GovernanceSpec) => SpecFindings;

/** How to build a spec from a map. */
export interface BuildSpecOptions {
  mapId: string;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
  /** `agreed`: only agreed bodies and relationships; `all`: everything on the map. */
  includes: 'agreed' | 'all';
  /** The map's description; the snapshot's own when not given. */
  description?: string;
  /** Runs the rules on the exported spec; without it, only dangling relationships are found. */
  validate?: SpecValidator;
  /** Elements made by earlier builds of this map, to reuse where their records are unchanged. */
  cache?: SpecCache;
}

/** An element of the map that is not in the spec, with why, in plain words. */
export interface LeftOut {
  id: string;
  name: string;
  reason: string;
}

/** A built spec and what was left out of it. */
export interface BuiltSpec {
  spec: GovernanceSpec;
  leftOut: LeftOut[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sorted by id, in place. A map's records often come in id order already (a reader keeps the
 * order they were added in, and imported ids count up): one pass finds that out, and sorting
 * thousands of records by comparing their ids costs several times more.
 */
function sortById<T extends { id: string }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as T).id > (list[i] as T).id) return list.sort(byId);
  }
  return list;
}

/** Each kind's fields, made once (bodyFields and relationshipFields make a new list each call). */
const BODY_FIELDS = new Map<BodyKind, readonly FieldDef[]>();
const RELATIONSHIP_FIELDS = new Map<RelationshipKind, readonly FieldDef[]>();

function fieldsOfBody(kind: BodyKind): readonly FieldDef[] {
  let fields = BODY_FIELDS.get(kind);
  if (!fields) {
    fields = bodyFields(kind);
    BODY_FIELDS.set(kind, fields);
  }
  return fields;
}

function fieldsOfRelationship(kind: RelationshipKind): readonly FieldDef[] {
  let fields = RELATIONSHIP_FIELDS.get(kind);
  if (!fields) {
    fields = relationshipFields(kind);
    RELATIONSHIP_FIELDS.set(kind, fields);
  }
  return fields;
}

/**
 * Spec elements already made from records, kept between builds of one map (the findings
 * worker keeps one). Records are values: a reader replaces a record that changes and keeps
 * the others, so a map rebuilt after one edit converts and checks that one element's fields.
 * A body's element is kept with the footprint it was made with, since moving a body to
 * another footprint changes it.
 */
export class SpecCache {
  private readonly bodies = new Map<
    string,
    { node: NodeRecord; footprint?: string; body: SpecBody }
  >();
  private readonly relationships = new Map<string, { edge: EdgeRecord; made: SpecRelationship }>();

  /** The spec element of a body record in this footprint. */
  body(node: NodeRecord, kind: BodyKind, footprint: string | undefined): SpecBody {
    const made = this.bodies.get(node.id);
    if (made?.node === node && made.footprint === footprint) return made.body;
    const body = toBody(node, kind, footprint);
    this.bodies.set(node.id, { node, footprint, body });
    return body;
  }

  /** The spec element of a relationship record. */
  relationship(edge: EdgeRecord): SpecRelationship {
    const made = this.relationships.get(edge.id);
    if (made?.edge === edge) return made.made;
    const relationship = toRelationship(edge);
    this.relationships.set(edge.id, { edge, made: relationship });
    return relationship;
  }

  /** Forgets the elements no longer on the map, once they outnumber those on it. */
  prune(snapshot: MapSnapshot): void {
    if (
      this.bodies.size + this.relationships.size <=
      2 * (snapshot.nodes.length + snapshot.edges.length)
    )
      return;
    const ids = new Set([...snapshot.nodes, ...snapshot.edges].map((record) => record.id));
    for (const id of this.bodies.keys()) if (!ids.has(id)) this.bodies.delete(id);
    for (const id of this.relationships.keys()) if (!ids.has(id)) this.relationships.delete(id);
  }
}

/**
 * Builds the governance spec of a map (docs/spec.md).
 * Footprints are always exported; bodies and relationships by status. A relationship whose
 * ends are not both exported is left out and reported as a `dangling-relationship` error.
 * Everything is sorted by id so that two exports of one map are byte-for-byte the same.
 * Builds with one `cache` share the bodies and relationships of unchanged records.
 */
export function buildSpec(snapshot: MapSnapshot, options: BuildSpecOptions): BuiltSpec {
  const { cache } = options;
  cache?.prune(snapshot);
  const description = options.description ?? snapshot.description;
  const nodes = new Map<string, NodeRecord>();
  // Indexed loops: thousands of records, and no iterator made per step before the code is compiled.
  const { nodes: records, edges } = snapshot;
  for (let i = 0; i < records.length; i++) {
    const node = records[i] as NodeRecord;
    nodes.set(node.id, node);
  }
  const tree = footprintTree(nodes);
  const wanted = (status: string) => options.includes === 'all' || status === 'agreed';
  const leftOut: LeftOut[] = [];
  const footprints: SpecFootprint[] = [];
  const bodies: SpecBody[] = [];
  for (let i = 0; i < records.length; i++) {
    const node = records[i] as NodeRecord;
    if (node.kind === 'footprint') footprints.push(toFootprint(node, tree));
    else if (wanted(node.status)) {
      const footprint = tree.footprintOf(node.id);
      bodies.push(
        cache ? cache.body(node, node.kind, footprint) : toBody(node, node.kind, footprint),
      );
    } else leftOut.push({ id: node.id, name: nodeName(node), reason: leftOutReason(node) });
  }
  // Whether a body is in the spec, read from its record rather than kept in a set.
  const exported = (id: string) => {
    const node = nodes.get(id);
    return node !== undefined && node.kind !== 'footprint' && wanted(node.status);
  };

  const relationships: SpecRelationship[] = [];
  const dangling: Finding[] = [];
  const sorted = sortById([...edges]);
  for (let i = 0; i < sorted.length; i++) {
    const edge = sorted[i] as EdgeRecord;
    if (!wanted(edge.status)) {
      leftOut.push({
        id: edge.id,
        name: relationshipName(edge, nodes),
        reason: leftOutReason(edge),
      });
    } else if (!exported(edge.source) || !exported(edge.target)) {
      const name = relationshipName(edge, nodes);
      leftOut.push({ id: edge.id, name, reason: 'one end was left out' });
      dangling.push(danglingFinding(edge, nodes, exported));
    } else relationships.push(cache ? cache.relationship(edge) : toRelationship(edge));
  }
  for (const element of snapshot.invalid) {
    leftOut.push({
      id: element.id,
      name: element.collection === 'nodes' ? 'An unreadable element' : 'An unreadable relationship',
      reason: `it could not be read (${element.problems[0]?.message ?? 'it is damaged'})`,
    });
  }

  const spec: GovernanceSpec = {
    $schema: GOVERNANCE_SPEC_SCHEMA_ID,
    specVersion: SPEC_VERSION,
    map: {
      id: options.mapId,
      title: snapshot.title,
      ...(description?.trim() ? { description } : {}),
      exportedAt: options.exportedAt,
      includes: options.includes,
    },
    footprints: sortById(footprints),
    bodies: sortById(bodies),
    relationships,
    validation: { errors: [], warnings: [] },
  };
  const found = options.validate?.(spec) ?? { errors: [], warnings: [] };
  spec.validation = { errors: [...found.errors, ...dangling], warnings: [...found.warnings] };
  return { spec, leftOut: sortById(leftOut) };
}

function toFootprint(node: NodeRecord, tree: FootprintTree): SpecFootprint {
  const parent = tree.footprintOf(node.id);
  const footprint: Record<string, unknown> = {
    id: node.id,
    name: nodeName(node),
    level: tree.fallbackLevel(node.id),
  };
  if (parent !== undefined) footprint.parent = parent;
  assignSpecFields(footprint, FOOTPRINT_FIELDS, node.attrs);
  return footprint as unknown as SpecFootprint;
}

// Elements are built key by key rather than spread together: thousands are made per export
// and per check, and each spread made a short-lived object. The keys keep their order.

function toBody(node: NodeRecord, kind: BodyKind, footprint: string | undefined): SpecBody {
  const body: Record<string, unknown> = { id: node.id, kind, name: nodeName(node) };
  if (footprint !== undefined) body.footprint = footprint;
  body.statutory = BODY_KIND_INFO[kind].statutory;
  body.status = node.status;
  addAgreement(body, node);
  assignSpecFields(body, fieldsOfBody(kind), node.attrs);
  return body as unknown as SpecBody;
}

function toRelationship(edge: EdgeRecord): SpecRelationship {
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
  assignSpecFields(relationship, fieldsOfRelationship(edge.kind), edge.attrs);
  return relationship as unknown as SpecRelationship;
}

/** When an element was agreed (only while it is) and its last vote's tally, when known. */
function addAgreement(element: Record<string, unknown>, record: NodeRecord | EdgeRecord): void {
  if (record.status === 'agreed' && record.agreedAt) element.agreedAt = record.agreedAt;
  if (record.tally) element.tally = { ...record.tally };
}
