import { type DocumentKind, documentKindsFor } from '../../shared/documents/documentKinds.ts';
import { byName } from '../../shared/spec/review/specIndex.ts';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';

/** A body of the agreed map and the documents that can be written for it. */
export interface DocumentChoice {
  id: string;
  name: string;
  kinds: DocumentKind[];
}

/** Every agreed body that has at least one document, by name. */
export function documentChoices(spec: GovernanceSpec): DocumentChoice[] {
  return spec.bodies
    .map((body) => ({ id: body.id, name: body.name, kinds: documentKindsFor(body, spec) }))
    .filter((choice) => choice.kinds.length > 0)
    .sort(byName);
}

/**
 * Why the selected element has no documents, in words, or `undefined` when it has some (or
 * nothing is selected): the chooser then says so instead of silently showing another body.
 */
export function whyNoDocuments(
  snapshot: MapSnapshot,
  choices: readonly DocumentChoice[],
  selectedId: string | undefined,
): string | undefined {
  if (selectedId === undefined || choices.some((choice) => choice.id === selectedId)) {
    return undefined;
  }
  const node = snapshot.nodes.find((candidate) => candidate.id === selectedId);
  if (node === undefined) return undefined;
  const name = node.label.trim() || 'The selected body';
  if (node.kind === 'footprint') return `${name} is a footprint: documents are written for bodies.`;
  if (node.status !== 'agreed') {
    return `${name} is ${node.status}: documents are made from the agreed map only.`;
  }
  return `No document is written for ${name}: there are documents for committees, partnerships, collaboratives, ICPs, ICBs, ICB clusters, bodies that receive delegated functions and section 75 pools.`;
}
