import type { Finding, SpecRelationship } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { type SubjectGraph, subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { listInWords } from './words.ts';

/** Groups of bodies that are accountable to each other in a loop (Tarjan's algorithm). */
function loops(graph: SubjectGraph): string[][] {
  const ids = [...graph.bodies.keys()].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (id: string): void => {
    index.set(id, index.size);
    low.set(id, index.get(id) ?? 0);
    stack.push(id);
    onStack.add(id);
    for (const link of graph.from(id, 'accountable-to')) {
      if (!index.has(link.to)) {
        visit(link.to);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(link.to) ?? 0));
      } else if (onStack.has(link.to)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(link.to) ?? 0));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      group.push(member);
      if (member === id) break;
    }
    const selfLoop = graph.from(id, 'accountable-to').some((link) => link.to === id);
    if (group.length > 1 || selfLoop) found.push(group.sort());
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return found;
}

/** The shortest way round the loop from its first body, as links (breadth first). */
function shortestCycle(graph: SubjectGraph, group: readonly string[]): SpecRelationship[] {
  const start = group[0] ?? '';
  const inGroup = new Set(group);
  const via = new Map<string, SpecRelationship>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
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
  return loops(graph).map((group) => {
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
