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

function push(index: Map<string, SpecRelationship[]>, key: string, link: SpecRelationship): void {
  const list = index.get(key);
  if (list) list.push(link);
  else index.set(key, [link]);
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
  const bodies = new Map(subject.bodies.map((body) => [body.id, body]));
  const links = subject.relationships.filter((rel) => bodies.has(rel.from) && bodies.has(rel.to));
  const outgoing = new Map<string, SpecRelationship[]>();
  const incoming = new Map<string, SpecRelationship[]>();
  const byKind = new Map<string, SpecRelationship[]>();
  for (const link of links) {
    push(outgoing, `${link.kind} ${link.from}`, link);
    push(incoming, `${link.kind} ${link.to}`, link);
    push(byKind, link.kind, link);
  }
  return {
    bodies,
    links,
    body(id) {
      const body = bodies.get(id);
      if (!body) throw new Error(`No body ${id} in the subject`);
      return body;
    },
    from: (id, kind) => outgoing.get(`${kind} ${id}`) ?? NONE,
    into: (id, kind) => incoming.get(`${kind} ${id}`) ?? NONE,
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
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const link of graph.from(id, kind)) {
      if (target(graph.body(link.to))) return true;
      if (!seen.has(link.to)) {
        seen.add(link.to);
        queue.push(link.to);
      }
    }
  }
  return false;
}
