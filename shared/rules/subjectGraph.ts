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

/** The relationships' part of an index: which link, by kind and by each end. */
interface LinkIndexes {
  links: SpecRelationship[];
  outgoing: LinkIndex;
  incoming: LinkIndex;
  byKind: Map<string, SpecRelationship[]>;
}

/**
 * The last validation's link index, with what it was made from. The findings worker checks
 * the map after each edit, and most edits (a rename, a field, a vote) leave every
 * relationship and the set of bodies as they were: their link index is then reused, and only
 * the bodies are indexed again. Copies of the lists, so a list changed in place is noticed.
 */
let lastLinks:
  | { relationships: SpecRelationship[]; bodyIds: string[]; indexes: LinkIndexes }
  | undefined;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function linkIndexes(subject: RuleSubject, bodies: ReadonlyMap<string, SpecBody>): LinkIndexes {
  const bodyIds = subject.bodies.map((body) => body.id);
  if (
    lastLinks &&
    sameItems(lastLinks.relationships, subject.relationships) &&
    sameItems(lastLinks.bodyIds, bodyIds)
  ) {
    return lastLinks.indexes;
  }
  const indexes: LinkIndexes = {
    links: [],
    outgoing: new Map(),
    incoming: new Map(),
    byKind: new Map(),
  };
  for (const link of subject.relationships) {
    if (!bodies.has(link.from) || !bodies.has(link.to)) continue;
    indexes.links.push(link);
    push(indexes.outgoing, link.kind, link.from, link);
    push(indexes.incoming, link.kind, link.to, link);
    const ofKind = indexes.byKind.get(link.kind);
    if (ofKind) ofKind.push(link);
    else indexes.byKind.set(link.kind, [link]);
  }
  lastLinks = { relationships: [...subject.relationships], bodyIds, indexes };
  return indexes;
}

function indexSubject(subject: RuleSubject): SubjectGraph {
  const bodies = new Map<string, SpecBody>();
  for (const body of subject.bodies) bodies.set(body.id, body);
  const { links, outgoing, incoming, byKind } = linkIndexes(subject, bodies);
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
