import { RELATIONSHIP_KIND_LABEL } from '../model/relationshipKinds.ts';
import type { Finding, SpecRelationship } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/** `dangling-relationship`: both ends of every relationship are bodies in the spec. */
export function danglingRelationship(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const missingEnd = (id: string) => {
    const area = graph.area(id);
    return area ? `${area.name}, which is an area, not a body` : 'a body that is not in this spec';
  };
  const findings: Finding[] = [];
  // The index knows them: a spec built from a map has none, so most runs look at nothing here.
  const { dangling } = graph;
  for (let i = 0; i < dangling.length; i++) {
    const link = dangling[i] as SpecRelationship;
    const from = graph.find(link.from);
    const to = graph.find(link.to);
    const label = RELATIONSHIP_KIND_LABEL[link.kind];
    const kind = `${/^[aeiou]/.test(label) ? 'An' : 'A'} “${label}”`;
    let message: string;
    if (from) message = `${kind} relationship from ${from.name} ends at ${missingEnd(link.to)}.`;
    else if (to) message = `${kind} relationship to ${to.name} starts at ${missingEnd(link.from)}.`;
    else message = `${kind} relationship joins two ends that are not bodies in this spec.`;
    findings.push(
      finding(
        'dangling-relationship',
        `${message} Add the missing body or remove the relationship.`,
        [link.id, link.from, link.to],
      ),
    );
  }
  return findings;
}
