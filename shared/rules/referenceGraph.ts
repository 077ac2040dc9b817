import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { SpecBody, SpecRelationship } from '../spec/specSchema.ts';
import type { SubjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

const NONE: readonly SpecRelationship[] = [];

/**
 * The straightforward index, for tests to compare the rules' own with: plain maps of links by
 * kind and end, recursive Tarjan over the ids in order, and a breadth-first search from each
 * body that asks whether it reaches a goal. Slower on a whole system, and plain to check by eye.
 */
export function referenceGraph(subject: RuleSubject): SubjectGraph {
  const bodies = new Map(subject.bodies.map((body) => [body.id, body]));
  const areas = new Map(subject.footprints.map((area) => [area.id, area]));
  const links = subject.relationships.filter(
    (link) => bodies.has(link.from) && bodies.has(link.to),
  );
  const linked = new Set(links);
  const outgoing = new Map<string, SpecRelationship[]>();
  const incoming = new Map<string, SpecRelationship[]>();
  for (const link of links) {
    outgoing.set(`${link.kind} ${link.from}`, [
      ...(outgoing.get(`${link.kind} ${link.from}`) ?? []),
      link,
    ]);
    incoming.set(`${link.kind} ${link.to}`, [
      ...(incoming.get(`${link.kind} ${link.to}`) ?? []),
      link,
    ]);
  }
  const ofKind = (kind: RelationshipKind) => links.filter((link) => link.kind === kind);
  const from = (id: string, kind: RelationshipKind) => outgoing.get(`${kind} ${id}`) ?? NONE;
  const into = (id: string, kind: RelationshipKind) => incoming.get(`${kind} ${id}`) ?? NONE;
  const body = (id: string): SpecBody => {
    const found = bodies.get(id);
    if (!found) throw new Error(`No body ${id} in the subject`);
    return found;
  };

  const reaches = (start: string, kind: RelationshipKind, goal: (body: SpecBody) => boolean) => {
    const seen = new Set([start]);
    const queue = [start];
    for (let at = 0; at < queue.length; at++) {
      for (const link of from(queue[at] ?? '', kind)) {
        if (goal(body(link.to))) return true;
        if (!seen.has(link.to)) {
          seen.add(link.to);
          queue.push(link.to);
        }
      }
    }
    return false;
  };

  const loops = (kind: RelationshipKind): string[][] => {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const found: string[][] = [];
    const visit = (id: string): void => {
      index.set(id, index.size);
      low.set(id, index.size - 1);
      stack.push(id);
      for (const link of from(id, kind)) {
        if (!index.has(link.to)) {
          visit(link.to);
          low.set(id, Math.min(low.get(id) ?? 0, low.get(link.to) ?? 0));
        } else if (stack.includes(link.to)) {
          low.set(id, Math.min(low.get(id) ?? 0, index.get(link.to) ?? 0));
        }
      }
      if (low.get(id) !== index.get(id)) return;
      const group = stack.splice(stack.indexOf(id));
      const selfLoop = from(id, kind).some((link) => link.to === id);
      if (group.length > 1 || selfLoop) found.push(group.sort());
    };
    for (const id of [...bodies.keys()].sort()) if (!index.has(id)) visit(id);
    return found;
  };

  return {
    links,
    linkFrom: (at) => body(links[at]?.from ?? ''),
    linkTo: (at) => body(links[at]?.to ?? ''),
    dangling: subject.relationships.filter((link) => !linked.has(link)),
    body,
    find: (id) => bodies.get(id),
    area: (id) => areas.get(id),
    from,
    into,
    ofKind,
    loops,
    reaches: (kind, start, goal) => reaches(start, kind, (body) => body.id === goal),
    reachers: (kind, goals) => {
      const set = new Set(goals);
      return (id) => reaches(id, kind, (body) => set.has(body));
    },
  };
}
