import type { GovernanceSpec } from '../specSchema.ts';
import type { AccountabilityNode, AccountabilityReview } from './reviewTypes.ts';
import { byName, type SpecIndex } from './specIndex.ts';
import { strongLoops } from './strongLoops.ts';

/**
 * Section (b): the tree of `accountable-to` lines. Roots are bodies accountable to nobody;
 * a body's children are the bodies accountable to it. A loop is shown once: the branch that
 * comes back to a body above it stops there, marked `loops-back`, and later meetings with the
 * same loop stop at once, marked `shown-above`.
 */
export function accountabilityTree(spec: GovernanceSpec, index: SpecIndex): AccountabilityReview {
  const edges = index
    .edges('accountable-to')
    .filter((edge) => index.body(edge.from) && index.body(edge.to));
  const answersTo = new Map<string, Set<string>>();
  const answeredBy = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    answersTo.set(from, (answersTo.get(from) ?? new Set()).add(to));
    answeredBy.set(to, (answeredBy.get(to) ?? new Set()).add(from));
  }
  const loops = strongLoops([...new Set(edges.flatMap((e) => [e.from, e.to]))], answersTo);
  const loopOf = new Map(loops.flatMap((loop, n) => loop.map((id) => [id, n] as const)));

  const bodiesByName = [...spec.bodies].sort(byName);
  const expandedLoops = new Set<number>();
  const visited = new Set<string>();
  const grow = (id: string, path: string[]): AccountabilityNode => {
    visited.add(id);
    const body = index.body(id);
    const loop = loopOf.get(id);
    const node: AccountabilityNode = {
      ...(body ? index.ref(body) : { id, name: index.name(id), kindLabel: '' }),
      inCycle: loop !== undefined,
      children: [],
    };
    if (path.includes(id)) return { ...node, stop: 'loops-back' };
    const insideOwnLoop = path.some((above) => loopOf.get(above) === loop);
    if (loop !== undefined && expandedLoops.has(loop) && !insideOwnLoop) {
      return { ...node, stop: 'shown-above' };
    }
    if (loop !== undefined) expandedLoops.add(loop);
    const below = bodiesByName.filter((other) => answeredBy.get(id)?.has(other.id));
    node.children = below.map((other) => grow(other.id, [...path, id]));
    return node;
  };

  const roots = bodiesByName
    .filter((body) => answeredBy.has(body.id) && !answersTo.has(body.id))
    .map((body) => grow(body.id, []));
  // Whatever is still unvisited answers, through some chain, into a loop nothing leads out of.
  for (const body of bodiesByName) {
    if (loopOf.has(body.id) && !visited.has(body.id)) roots.push(grow(body.id, []));
  }
  const unlinked = bodiesByName
    .filter((body) => !answersTo.has(body.id) && !answeredBy.has(body.id))
    .map((body) => index.ref(body));
  const cycles = loops
    .map((loop) => loop.map((id) => index.name(id)).sort((a, b) => a.localeCompare(b, 'en-GB')))
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '', 'en-GB'));
  return { roots, cycles, unlinked };
}
