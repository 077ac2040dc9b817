import { nodeKindLabel } from '../../../shared/model/bodyKinds.ts';
import {
  bodyFields,
  type FieldDef,
  FOOTPRINT_FIELDS,
  relationshipFields,
} from '../../../shared/model/fields.ts';
import { FOOTPRINT_LEVELS } from '../../../shared/model/footprints.ts';
import { RELATIONSHIP_KIND_LABEL } from '../../../shared/model/relationshipKinds.ts';
import type { ElementStatus } from '../../../shared/model/status.ts';
import type { ElementRef } from '../../../shared/ydoc/attrs.ts';
import type { MapSnapshot } from '../../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../../shared/ydoc/schema.ts';

/** The one element the inspector shows, with what it needs to show it. */
export type InspectedElement =
  | { type: 'body'; ref: ElementRef; record: NodeRecord; fields: readonly FieldDef[] }
  | { type: 'footprint'; ref: ElementRef; record: NodeRecord; fields: readonly FieldDef[] }
  | { type: 'relationship'; ref: ElementRef; record: EdgeRecord; fields: readonly FieldDef[] };

/** Finds a selected id among the map's nodes, then its edges. */
export function findInspected(snapshot: MapSnapshot, id: string): InspectedElement | undefined {
  return inspected(
    id,
    snapshot.nodes.find((n) => n.id === id),
    snapshot.edges.find((e) => e.id === id),
  );
}

/** What the inspector shows of the node or else the edge with this id, if either exists. */
export function inspected(
  id: string,
  node: NodeRecord | undefined,
  edge: EdgeRecord | undefined,
): InspectedElement | undefined {
  if (node) {
    const ref: ElementRef = { collection: 'nodes', id };
    return node.kind === 'footprint'
      ? { type: 'footprint', ref, record: node, fields: FOOTPRINT_FIELDS }
      : { type: 'body', ref, record: node, fields: bodyFields(node.kind) };
  }
  if (edge) {
    const ref: ElementRef = { collection: 'edges', id };
    return { type: 'relationship', ref, record: edge, fields: relationshipFields(edge.kind) };
  }
  return undefined;
}

/** A selected element's record: its node, or else its edge. */
export interface SelectedRecord {
  id: string;
  node?: NodeRecord;
  edge?: EdgeRecord;
}

/**
 * The selected records, node or edge, in the order selected; ids not on the map are left out.
 * A record nothing changed keeps its object in the store's indexes, so the list is equal item
 * by item after a change to any other element.
 */
export function selectedRecords(
  state: {
    nodeById: ReadonlyMap<string, NodeRecord>;
    edgeById: ReadonlyMap<string, EdgeRecord>;
  },
  ids: readonly string[],
): SelectedRecord[] {
  return ids.flatMap((id): SelectedRecord[] => {
    const node = state.nodeById.get(id);
    if (node) return [{ id, node }];
    const edge = state.edgeById.get(id);
    return edge ? [{ id, edge }] : [];
  });
}

/** The refs of those selected ids that are on the map, for a status change of them all. */
export function selectedRefs(snapshot: MapSnapshot, ids: readonly string[]): ElementRef[] {
  const nodeIds = new Set(snapshot.nodes.map((n) => n.id));
  const edgeIds = new Set(snapshot.edges.map((e) => e.id));
  return ids.flatMap((id): ElementRef[] => {
    if (nodeIds.has(id)) return [{ collection: 'nodes', id }];
    if (edgeIds.has(id)) return [{ collection: 'edges', id }];
    return [];
  });
}

function nodeName(snapshot: MapSnapshot, id: string): string {
  return snapshot.nodes.find((n) => n.id === id)?.label ?? 'a missing body';
}

/** The kind line of the header: "Integrated care board", "Footprint · Place", "Relationship". */
export function kindHeading(element: InspectedElement): string {
  switch (element.type) {
    case 'body':
      return nodeKindLabel(element.record.kind);
    case 'footprint': {
      const level = element.record.attrs.level;
      const info =
        typeof level === 'string'
          ? (FOOTPRINT_LEVELS as Record<string, { label: string }>)[level]
          : undefined;
      return info ? `Footprint · ${info.label}` : 'Footprint';
    }
    case 'relationship':
      return 'Relationship';
    default: {
      const never: never = element;
      return String(never);
    }
  }
}

/** How a relationship reads, by names: "Leeds ICB → delegates to → Leeds Place Committee". */
export function relationshipSentence(snapshot: MapSnapshot, edge: EdgeRecord): string {
  return [
    nodeName(snapshot, edge.source),
    RELATIONSHIP_KIND_LABEL[edge.kind],
    nodeName(snapshot, edge.target),
  ].join(' → ');
}

/** The governance group starts open for the kinds whose governance is the point of them. */
export function governanceOpenByDefault(kind: string): boolean {
  return kind === 'place-partnership' || kind === 'provider-collaborative' || kind === 'committee';
}

/** The fields of each section, in registry order; empty sections are left out. */
export function groupFields(
  fields: readonly FieldDef[],
): Array<{ section: FieldDef['section']; fields: FieldDef[] }> {
  const order: FieldDef['section'][] = ['details', 'governance', 'notes'];
  return order
    .map((section) => ({ section, fields: fields.filter((f) => f.section === section) }))
    .filter((group) => group.fields.length > 0);
}

/**
 * Plain-English lines for the stored values of this element that did not fit their fields
 * (readMap leaves them out of the record, so without this they would vanish silently).
 */
export function fieldProblemLines(
  snapshot: MapSnapshot,
  ref: ElementRef,
  fields: readonly FieldDef[],
): string[] {
  const found = snapshot.fieldProblems.find(
    (p) => p.id === ref.id && p.collection === ref.collection,
  );
  if (!found) return [];
  return found.problems.map((problem) => {
    const key = attrKeyOf(problem.path);
    const label = fields.find((f) => f.key === key)?.label ?? key ?? 'a field';
    return `A value stored for ${label} did not fit and is not shown: ${problem.message}.`;
  });
}

/** The attribute key in a JSON path like `$.attrs["governance.chair"]`. */
export function attrKeyOf(path: string): string | undefined {
  const match = /^\$\.attrs\[(".*")\]$/.exec(path);
  if (!match?.[1]) return undefined;
  try {
    const key: unknown = JSON.parse(match[1]);
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The status shared by all of these, or undefined when they differ. */
export function sharedStatus(statuses: readonly ElementStatus[]): ElementStatus | undefined {
  const [first, ...rest] = statuses;
  return first !== undefined && rest.every((s) => s === first) ? first : undefined;
}
