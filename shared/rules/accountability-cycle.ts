import type { Finding, SpecRelationship } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { type SubjectGraph, subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { listInWords } from './words.ts';

/** The shortest way round the loop from its first body, as links (breadth first). */
function shortestCycle(graph: SubjectGraph, group: readonly string[]): SpecRelationship[] {
  const start = group[0] ?? '';
  const inGroup = new Set(group);
  const via = new Map<string, SpecRelationship>();
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    const id = queue[at] as string;
    const next = graph.from(id, 'accountable-to').filter((link) => inGroup.has(link.to));
    for (const link of [...next].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))) {
      if (link.to === start) {
        const path = [link];
        for (let step = via.get(id); step; step = via.get(step.from)) path.unshift(step);
        return path;
      }
      if (!via.has(link.to)) {
        via.set(link.to, link);
        queue.push(link.to);
      }
    }
  }
  return [];
}

/** `accountability-cycle`: the `accountable-to` graph has no loop. */
export function accountabilityCycle(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return graph.loops('accountable-to').map((group) => {
    const cycle = shortestCycle(graph, group);
    const name = (id: string) => graph.body(id).name;
    const first = cycle[0];
    let message: string;
    if (cycle.length === 1 && first) {
      message = `${name(first.from)} is recorded as accountable to itself, so no one holds it to account.`;
    } else {
      const chain = cycle.map((link) => name(link.to));
      message = `Accountability goes round in a circle: ${name(first?.from ?? '')} is accountable to ${chain.join(', which is accountable to ')}. Someone has to be accountable at the top.`;
    }
    const others = group.filter((id) => !cycle.some((link) => link.from === id));
    if (others.length > 0)
      message += ` Also caught in this loop: ${listInWords(others.map(name))}.`;
    const inGroup = new Set(group);
    const links = group.flatMap((id) =>
      graph.from(id, 'accountable-to').filter((link) => inGroup.has(link.to)),
    );
    return finding('accountability-cycle', message, [...group, ...links.map((link) => link.id)]);
  });
}
