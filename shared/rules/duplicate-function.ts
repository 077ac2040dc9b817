import type { Finding, SpecBody } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { isJointCommittee } from './governanceKinds.ts';
import { type SubjectGraph, subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { functionKey, sameFunction } from './words.ts';

function delegatesTo(graph: SubjectGraph, from: string, to: string, fn: string): boolean {
  return graph
    .from(from, 'delegates')
    .some((link) => link.to === to && sameFunction(link.function, fn));
}

/** True when one body succeeds the other (a merger): outgoing and incoming hold the same functions. */
function succeeds(graph: SubjectGraph, a: string, b: string): boolean {
  return (
    graph.from(a, 'succeeded-by').some((link) => link.to === b) ||
    graph.from(b, 'succeeded-by').some((link) => link.to === a)
  );
}

function shareJointCommittee(graph: SubjectGraph, a: string, b: string): boolean {
  const committees = (id: string) =>
    graph
      .from(id, 'member-of')
      .filter((link) => isJointCommittee(graph.body(link.to)))
      .map((link) => link.to);
  const ofB = new Set(committees(b));
  return committees(a).some((id) => ofB.has(id));
}

/**
 * `duplicate-function`: two bodies in one footprint do not both hold a function, unless one
 * delegates it to the other or both sit in one joint committee.
 */
export function duplicateFunction(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const areaName = new Map(subject.footprints.map((area) => [area.id, area.name]));
  // Footprint and function -> the bodies holding it there, with the name as each one wrote it.
  const holders = new Map<string, Array<{ body: SpecBody; name: string }>>();
  for (const body of [...subject.bodies].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!body.footprint) continue;
    const keys = new Set<string>();
    for (const name of body.functions ?? []) {
      const key = `${body.footprint}\n${functionKey(name)}`;
      if (keys.has(key)) continue;
      keys.add(key);
      holders.set(key, [...(holders.get(key) ?? []), { body, name: name.trim() }]);
    }
  }
  const findings: Finding[] = [];
  for (const list of holders.values()) {
    list.forEach(({ body: a, name }, index) => {
      for (const { body: b } of list.slice(index + 1)) {
        if (delegatesTo(graph, a.id, b.id, name) || delegatesTo(graph, b.id, a.id, name)) continue;
        if (shareJointCommittee(graph, a.id, b.id) || succeeds(graph, a.id, b.id)) continue;
        const area = areaName.get(a.footprint ?? '') ?? 'the same footprint';
        findings.push(
          finding(
            'duplicate-function',
            `${a.name} and ${b.name} both hold “${name}” in ${area}, and neither delegates it to the other nor do they share a joint committee: check for duplication or overlap.`,
            [a.id, b.id],
          ),
        );
      }
    });
  }
  return findings;
}
