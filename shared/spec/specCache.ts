import type { BodyKind } from '../model/bodyKinds.ts';
import type { MapSnapshot } from '../ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { samePlainData } from './samePlainData.ts';
import { toBody, toRelationship } from './specElements.ts';
import type { SpecBody, SpecRelationship } from './specSchema.ts';

/**
 * Spec elements already made from records, kept between builds of one map (the findings
 * worker keeps one). Records are values: a reader replaces a record that changes and keeps
 * the others, so a map rebuilt after one edit converts and checks that one element's fields.
 * A body's element is kept with the footprint it was made with, since moving a body to
 * another footprint changes it. A record changed in what the spec does not hold (a body moved
 * on the canvas, a relationship's bend) gives the element made before, the very same object,
 * so that what is kept by element (the rules' index, their last findings) stays good.
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
    const fresh = toBody(node, kind, footprint);
    const body = made && samePlainData(made.body, fresh) ? made.body : fresh;
    this.bodies.set(node.id, { node, footprint, body });
    return body;
  }

  /** The spec element of a relationship record. */
  relationship(edge: EdgeRecord): SpecRelationship {
    const made = this.relationships.get(edge.id);
    if (made?.edge === edge) return made.made;
    const fresh = toRelationship(edge);
    const relationship = made && samePlainData(made.made, fresh) ? made.made : fresh;
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
