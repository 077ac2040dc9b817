import { nodeKindLabel } from '../model/bodyKinds.ts';
import type { NodeRecord } from '../ydoc/schema.ts';
import { lowerFirst } from './words.ts';

/** The name a node is known by in a spec and in messages, even when its label is blank. */
export function nodeName(node: Pick<NodeRecord, 'label' | 'kind'>): string {
  return node.label.trim() || `Unnamed ${lowerFirst(nodeKindLabel(node.kind))}`;
}
