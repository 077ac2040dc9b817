import { FOOTPRINT_FIELDS } from '../model/fields.ts';
import type { MapSnapshot } from '../ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { danglingFinding, leftOutReason, relationshipName } from './danglingFinding.ts';
import { type FootprintTree, footprintTree } from './footprintTree.ts';
import { nodeName } from './nodeName.ts';
import type { SpecCache } from './specCache.ts';
import { toBody, toRelationship } from './specElements.ts';
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

export { SpecCache } from './specCache.ts';

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
 * True when a list is in id order. A map's records often come in id order already (a reader
 * keeps the order they were added in, and imported ids count up): one pass finds that out, and
 * sorting thousands of records by comparing their ids costs several times more.
 */
function inIdOrder(list: readonly { id: string }[]): boolean {
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as { id: string }).id > (list[i] as { id: string }).id) return false;
  }
  return true;
}

/** Sorted by id, in place (sorted only when it is not in order already). */
function sortById<T extends { id: string }>(list: T[]): T[] {
  return inIdOrder(list) ? list : list.sort(byId);
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
  // A node is the one its id names unless two share the id (the map keeps the last): then the
  // tree looks each up, as it does without being handed the node.
  const unique = nodes.size === records.length;
  const wanted = (status: string) => options.includes === 'all' || status === 'agreed';
  const leftOut: LeftOut[] = [];
  const footprints: SpecFootprint[] = [];
  const bodies: SpecBody[] = [];
  for (let i = 0; i < records.length; i++) {
    const node = records[i] as NodeRecord;
    if (node.kind === 'footprint') footprints.push(toFootprint(node, tree, unique));
    else if (wanted(node.status)) {
      const footprint = tree.footprintOf(node.id, unique ? node : undefined);
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
  // Sorted without a copy when the reader's order is id order already.
  const sorted = inIdOrder(edges) ? edges : [...edges].sort(byId);
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

function toFootprint(node: NodeRecord, tree: FootprintTree, unique: boolean): SpecFootprint {
  const parent = tree.footprintOf(node.id, unique ? node : undefined);
  const footprint: Record<string, unknown> = {
    id: node.id,
    name: nodeName(node),
    level: tree.fallbackLevel(node.id),
  };
  if (parent !== undefined) footprint.parent = parent;
  assignSpecFields(footprint, FOOTPRINT_FIELDS, node.attrs);
  return footprint as unknown as SpecFootprint;
}
