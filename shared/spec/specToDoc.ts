import type * as Y from 'yjs';
import { type ElementRef, setAttr } from '../ydoc/attrs.ts';
import { connect } from '../ydoc/edges.ts';
import { initMap } from '../ydoc/initMap.ts';
import { type ElementMap, mapDoc } from '../ydoc/layout.ts';
import { addNode } from '../ydoc/nodes.ts';
import { gridLayout, type Point, type Size } from './gridLayout.ts';
import {
  BODY_CORE_KEYS,
  FOOTPRINT_CORE_KEYS,
  RELATIONSHIP_CORE_KEYS,
  specFieldsToAttrs,
} from './specFields.ts';
import type { GovernanceSpec, SpecBody } from './specSchema.ts';

/** Where to put the spec's elements, and the transaction origin to write with. */
export interface SpecToDocOptions {
  /** Positions by element id, relative to the parent footprint (layoutSpec's); else a grid's. */
  positions?: ReadonlyMap<string, Point>;
  /** Footprint sizes by id (layoutSpec's); otherwise each footprint is sized by the grid. */
  sizes?: ReadonlyMap<string, Size>;
  origin?: unknown;
  /** When the map was created, if the doc has no meta yet; defaults to now. */
  createdAt?: string;
}

/**
 * An imported element's agreement as the spec has it: its date (only while agreed) and the
 * room's tally. Each is written once: a value set and then replaced stays in the doc as a
 * deleted item every client decodes when it opens the map.
 */
function agreement(
  target: ElementMap | undefined,
  element: Pick<SpecBody, 'status' | 'agreedAt' | 'tally'>,
): void {
  if (!target) return;
  if (element.agreedAt && element.status === 'agreed') target.set('agreedAt', element.agreedAt);
  if (element.tally) target.set('tally', { ...element.tally });
}

/**
 * Writes a spec into an empty doc as a map, in one transaction: the same ids, names, kinds,
 * fields, nesting, relationships and statuses, so that exporting it gives the spec back.
 * The spec should have passed parseSpec: a relationship with a missing end is skipped.
 */
export function specToDoc(spec: GovernanceSpec, doc: Y.Doc, options: SpecToDocOptions = {}): void {
  const { meta, nodes, edges } = mapDoc(doc);
  if (nodes.size > 0 || edges.size > 0) {
    throw new Error('specToDoc writes into an empty map only: this one already has elements.');
  }
  const origin = options.origin ?? null;
  const grid = gridLayout(spec);
  const position = (id: string) =>
    options.positions?.get(id) ?? grid.positions.get(id) ?? { x: 0, y: 0 };
  doc.transact(() => {
    if (!meta.has('schemaVersion')) {
      initMap(
        doc,
        {
          title: spec.map.title,
          ...(spec.map.description ? { description: spec.map.description } : {}),
          createdAt: options.createdAt ?? new Date().toISOString(),
        },
        origin,
      );
    }
    for (const footprint of spec.footprints) {
      const size = options.sizes?.get(footprint.id) ?? grid.sizes.get(footprint.id);
      addNode(doc, origin, {
        id: footprint.id,
        kind: 'footprint',
        label: footprint.name,
        position: position(footprint.id),
        ...(size ? { size } : {}),
        ...(footprint.parent ? { parentId: footprint.parent } : {}),
        attrs: specFieldsToAttrs(footprint, FOOTPRINT_CORE_KEYS),
      });
      // Footprints are areas, not agreements: they stay as they are drawn.
    }
    for (const body of spec.bodies) {
      addNode(doc, origin, {
        id: body.id,
        kind: body.kind,
        label: body.name,
        position: position(body.id),
        ...(body.footprint ? { parentId: body.footprint } : {}),
        attrs: specFieldsToAttrs(body, BODY_CORE_KEYS),
        status: body.status,
      });
      agreement(nodes.get(body.id), body);
    }
    for (const relationship of spec.relationships) {
      const connected = connect(doc, origin, {
        id: relationship.id,
        kind: relationship.kind,
        source: relationship.from,
        target: relationship.to,
        ...(relationship.label ? { label: relationship.label } : {}),
        status: relationship.status,
      });
      if (!connected.ok) continue;
      const ref: ElementRef = { collection: 'edges', id: relationship.id };
      for (const [key, value] of Object.entries(
        specFieldsToAttrs(relationship, RELATIONSHIP_CORE_KEYS),
      )) {
        setAttr(doc, origin, ref, key, value);
      }
      agreement(edges.get(relationship.id), relationship);
    }
  }, origin);
}
