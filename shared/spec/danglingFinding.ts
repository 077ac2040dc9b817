import { RELATIONSHIP_KIND_LABEL } from '../model/relationshipKinds.ts';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { nodeName } from './nodeName.ts';
import type { Finding } from './specSchema.ts';

/** Why an element's status keeps it out of an `agreed` export, in plain words. */
export function leftOutReason(element: { status: string }): string {
  return element.status === 'disputed' ? 'disputed' : 'still proposed';
}

/** A relationship in words: “Leeds ICB” delegates to “Leeds Committee”. */
export function relationshipName(edge: EdgeRecord, nodes: ReadonlyMap<string, NodeRecord>): string {
  return `${endName(edge.source, nodes)} ${RELATIONSHIP_KIND_LABEL[edge.kind]} ${endName(edge.target, nodes)}`;
}

function endName(id: string, nodes: ReadonlyMap<string, NodeRecord>): string {
  const node = nodes.get(id);
  return node ? `“${nodeName(node)}”` : 'a body that is no longer on the map';
}

function whyOut(node: NodeRecord | undefined): string {
  if (!node) return 'is no longer on the map';
  if (node.kind === 'footprint') return 'is an area, not a body';
  return node.status === 'disputed' ? 'is disputed' : 'is still proposed';
}

/**
 * The `dangling-relationship` error for a relationship left out of a spec because one of
 * its ends was (it names the ends and why they are out).
 */
export function danglingFinding(
  edge: EdgeRecord,
  nodes: ReadonlyMap<string, NodeRecord>,
  exported: (id: string) => boolean,
): Finding {
  const out = [edge.source, edge.target]
    .filter((id, index, ends) => !exported(id) && ends.indexOf(id) === index)
    .map((id) => `${endName(id, nodes)} ${whyOut(nodes.get(id))}`);
  return {
    rule: 'dangling-relationship',
    severity: 'error',
    message: `The relationship ${relationshipName(edge, nodes)} was left out because ${out.join(' and ')}.`,
    elements: [edge.id, edge.source, edge.target],
  };
}
