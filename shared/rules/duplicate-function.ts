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

/** The joint committees each body is a member of, found once a body and kept for the run. */
function jointCommittees(graph: SubjectGraph): (id: string) => ReadonlySet<string> {
  const made = new Map<string, Set<string>>();
  return (id) => {
    let committees = made.get(id);
    if (!committees) {
      committees = new Set();
      for (const link of graph.from(id, 'member-of'))
        if (isJointCommittee(graph.body(link.to))) committees.add(link.to);
      made.set(id, committees);
    }
    return committees;
  };
}

/**
 * `duplicate-function`: two bodies in one footprint do not both hold a function, unless one
 * delegates it to the other or both sit in one joint committee.
 */
export function duplicateFunction(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  // Footprint and function -> the bodies holding it there, with the name as each one wrote it.
  const holders = new Map<string, Array<{ body: SpecBody; name: string }>>();
  const holding = subject.bodies.filter((body) => body.footprint && body.functions?.length);
  for (const body of holding.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const keys = new Set<string>();
    for (const name of body.functions ?? []) {
      const key = `${body.footprint}\n${functionKey(name)}`;
      if (keys.has(key)) continue;
      keys.add(key);
      const list = holders.get(key);
      if (list) list.push({ body, name: name.trim() });
      else holders.set(key, [{ body, name: name.trim() }]);
    }
  }
  const committees = jointCommittees(graph);
  const shareJointCommittee = (a: string, b: string) => {
    const ofB = committees(b);
    for (const id of committees(a)) if (ofB.has(id)) return true;
    return false;
  };
  const findings: Finding[] = [];
  for (const list of holders.values()) {
    for (let first = 0; first < list.length; first++) {
      const { body: a, name } = list[first] as { body: SpecBody; name: string };
      for (let second = first + 1; second < list.length; second++) {
        const b = (list[second] as { body: SpecBody }).body;
        if (delegatesTo(graph, a.id, b.id, name) || delegatesTo(graph, b.id, a.id, name)) continue;
        if (shareJointCommittee(a.id, b.id) || succeeds(graph, a.id, b.id)) continue;
        const area = graph.area(a.footprint ?? '')?.name ?? 'the same footprint';
        findings.push(
          finding(
            'duplicate-function',
            `${a.name} and ${b.name} both hold “${name}” in ${area}, and neither delegates it to the other nor do they share a joint committee: check for duplication or overlap.`,
            [a.id, b.id],
          ),
        );
      }
    }
  }
  return findings;
}
