import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { SpecBody, SpecRelationship } from '../spec/specSchema.ts';
import type { RuleSubject } from './types.ts';

/** A subject's bodies and its relationships whose ends are both bodies, indexed for the rules. */
export interface SubjectGraph {
  /** Bodies by id. */
  bodies: ReadonlyMap<string, SpecBody>;
  /** Relationships whose two ends are bodies of the subject (dangling ones are left out). */
  links: readonly SpecRelationship[];
  /** The body with this id (only call with an end of a link). */
  body(id: string): SpecBody;
  /** Links of a kind that start at a body. */
  from(id: string, kind: RelationshipKind): readonly SpecRelationship[];
  /** Links of a kind that end at a body. */
  into(id: string, kind: RelationshipKind): readonly SpecRelationship[];
  /** Every link of a kind. */
  ofKind(kind: RelationshipKind): readonly SpecRelationship[];
}

const NONE: readonly SpecRelationship[] = [];

/** Links by kind, then by the body at one end: two lookups, no key built per question. */
type LinkIndex = Map<string, Map<string, SpecRelationship[]>>;

function push(index: LinkIndex, kind: string, id: string, link: SpecRelationship): void {
  let byId = index.get(kind);
  if (!byId) {
    byId = new Map();
    index.set(kind, byId);
  }
  const list = byId.get(id);
  if (list) list.push(link);
  else byId.set(id, [link]);
}

/** Indexes made once for a whole validation run (withSubjectIndex), by the subject they index. */
const indexed = new WeakMap<RuleSubject, SubjectGraph>();

/**
 * The subject as a new object whose index every rule shares: a validation runs all the rules
 * on one subject, and indexing it once rather than once a rule makes it several times faster
 * on a whole system. A new object each run, so a spec changed between runs is re-indexed.
 */
export function withSubjectIndex(subject: RuleSubject): RuleSubject {
  const view: RuleSubject = { ...subject };
  indexed.set(view, indexSubject(view));
  return view;
}

/** Indexes a subject: bodies by id, links by kind and by each end. */
export function subjectGraph(subject: RuleSubject): SubjectGraph {
  return indexed.get(subject) ?? indexSubject(subject);
}

function indexSubject(subject: RuleSubject): SubjectGraph {
  const bodies = new Map<string, SpecBody>();
  for (const body of subject.bodies) bodies.set(body.id, body);
  const links: SpecRelationship[] = [];
  const outgoing: LinkIndex = new Map();
  const incoming: LinkIndex = new Map();
  const byKind = new Map<string, SpecRelationship[]>();
  for (const link of subject.relationships) {
    if (!bodies.has(link.from) || !bodies.has(link.to)) continue;
    links.push(link);
    push(outgoing, link.kind, link.from, link);
    push(incoming, link.kind, link.to, link);
    const ofKind = byKind.get(link.kind);
    if (ofKind) ofKind.push(link);
    else byKind.set(link.kind, [link]);
  }
  return {
    bodies,
    links,
    body(id) {
      const body = bodies.get(id);
      if (!body) throw new Error(`No body ${id} in the subject`);
      return body;
    },
    from: (id, kind) => outgoing.get(kind)?.get(id) ?? NONE,
    into: (id, kind) => incoming.get(kind)?.get(id) ?? NONE,
    ofKind: (kind) => byKind.get(kind) ?? NONE,
  };
}

/**
 * True when `start` reaches a body that passes `target` by following links of `kind`
 * forwards (one step or more).
 */
export function reaches(
  graph: SubjectGraph,
  start: string,
  kind: RelationshipKind,
  target: (body: SpecBody) => boolean,
): boolean {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    for (const link of graph.from(queue[at] ?? '', kind)) {
      if (target(graph.body(link.to))) return true;
      if (!seen.has(link.to)) {
        seen.add(link.to);
        queue.push(link.to);
      }
    }
  }
  return false;
}
