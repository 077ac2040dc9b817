import { RELATIONSHIP_KIND_LABEL } from '../model/relationshipKinds.ts';
import { relationshipFits } from '../model/relationshipRules.ts';
import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/** `invalid-endpoints`: each relationship's kind fits the kinds of body at its ends. */
export function invalidEndpoints(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return graph.links.flatMap((link) => {
    const from = graph.body(link.from);
    const to = graph.body(link.to);
    const fit = relationshipFits(link.kind, from.kind, to.kind);
    if (fit.ok) return [];
    return [
      finding(
        'invalid-endpoints',
        `${from.name} ${RELATIONSHIP_KIND_LABEL[link.kind]} ${to.name}, but ${fit.reason}`,
        [link.id, from.id, to.id],
      ),
    ];
  });
}
