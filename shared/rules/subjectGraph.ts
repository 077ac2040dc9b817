import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { SpecBody, SpecFootprint, SpecRelationship } from '../spec/specSchema.ts';
import type { RuleSubject } from './types.ts';

/**
 * A subject's bodies and its relationships whose ends are both bodies, indexed for the rules.
 * One is made for a whole validation run (withSubjectIndex) and shared by every rule.
 */
export interface SubjectGraph {
  /** Relationships whose two ends are bodies of the subject (dangling ones are left out). */
  links: readonly SpecRelationship[];
  /** The body `links[at]` starts at: `body(links[at].from)`, without looking its id up. */
  linkFrom(at: number): SpecBody;
  /** The body `links[at]` ends at: `body(links[at].to)`, without looking its id up. */
  linkTo(at: number): SpecBody;
  /** The relationships with an end that is not a body of the subject, in the subject's order. */
  dangling: readonly SpecRelationship[];
  /** The body with this id (only call with an end of a link). */
  body(id: string): SpecBody;
  /** The body with this id, or undefined when the subject has none. */
  find(id: string): SpecBody | undefined;
  /** The footprint with this id, or undefined when the subject has none. */
  area(id: string): SpecFootprint | undefined;
  /** Links of a kind that start at a body. */
  from(id: string, kind: RelationshipKind): readonly SpecRelationship[];
  /** Links of a kind that end at a body. */
  into(id: string, kind: RelationshipKind): readonly SpecRelationship[];
  /** Every link of a kind. */
  ofKind(kind: RelationshipKind): readonly SpecRelationship[];
  /**
   * Groups of bodies that links of a kind join in a loop (each reaches every other), and
   * bodies linked to themselves; each group's ids sorted, the groups in no set order.
   */
  loops(kind: RelationshipKind): readonly string[][];
  /** True when body `start` reaches body `goal` following links of a kind, one step or more. */
  reaches(kind: RelationshipKind, start: string, goal: string): boolean;
  /**
   * Which bodies reach one of `goals` by following links of a kind forwards, one step or more:
   * a question asked of every body at once.
   */
  reachers(kind: RelationshipKind, goals: Iterable<SpecBody>): (id: string) => boolean;
}

/** Makes the index of a subject (indexSubject, or a test's reference). */
export type GraphMaker = (subject: RuleSubject) => SubjectGraph;

/** Indexes made once for a whole validation run (withSubjectIndex), by the subject they index. */
const indexed = new WeakMap<RuleSubject, SubjectGraph>();

/**
 * The subject as a new object whose index every rule shares: a validation runs all the rules
 * on one subject, and indexing it once rather than once a rule makes it several times faster
 * on a whole system. A new object each run, so a spec changed between runs is re-indexed.
 */
export function withSubjectIndex(
  subject: RuleSubject,
  make: GraphMaker = indexSubject,
): RuleSubject {
  const view: RuleSubject = { ...subject };
  indexed.set(view, make(view));
  return view;
}

/** The subject's index: the one its validation run made, or a new one. */
export function subjectGraph(subject: RuleSubject): SubjectGraph {
  return indexed.get(subject) ?? indexSubject(subject);
}

const NONE: readonly SpecRelationship[] = [];

/**
 * Links of one kind as arrays of body positions, in compressed rows: the bodies linked from
 * body `i` are `to[start[i]]` to `to[start[i + 1] - 1]`. Graph searches over a whole system
 * walk these without a lookup or an allocation per step.
 */
interface Adjacency {
  start: Int32Array;
  to: Int32Array;
}

/**
 * What an index holds that depends only on the ids of the bodies, in order, and on the
 * relationships: the positions of bodies, the links between them and what is made of the links
 * when a rule first asks (links by end, adjacency, loops). Most edits (a rename, a field, a
 * vote) leave these as they were, so the findings worker's next check reuses them and indexes
 * only the bodies again.
 */
class LinkIndex {
  readonly links: SpecRelationship[] = [];
  readonly dangling: SpecRelationship[] = [];
  /** Where each link starts and ends, as body positions, by the link's place in `links`. */
  readonly ends: Int32Array;
  private readonly byKind = new Map<RelationshipKind, number[]>();
  private readonly linkLists = new Map<RelationshipKind, SpecRelationship[]>();
  private readonly byEnd = {
    from: new Map<RelationshipKind, Map<string, SpecRelationship[]>>(),
    to: new Map<RelationshipKind, Map<string, SpecRelationship[]>>(),
  };
  private readonly adjacencies = {
    forwards: new Map<RelationshipKind, Adjacency>(),
    backwards: new Map<RelationshipKind, Adjacency>(),
  };
  /** Marks of the last search, by body: a body is seen when its mark is that search's number. */
  private marks: Int32Array | undefined;
  private searches = 0;
  private readonly loopGroups = new Map<RelationshipKind, string[][]>();

  constructor(
    readonly bodyIds: readonly string[],
    readonly relationships: readonly SpecRelationship[],
    readonly position: ReadonlyMap<string, number>,
  ) {
    this.ends = new Int32Array(relationships.length * 2);
    for (let i = 0; i < relationships.length; i++) {
      const link = relationships[i] as SpecRelationship;
      const from = position.get(link.from);
      const to = position.get(link.to);
      if (from === undefined || to === undefined) {
        this.dangling.push(link);
        continue;
      }
      const at = this.links.length;
      this.ends[2 * at] = from;
      this.ends[2 * at + 1] = to;
      this.links.push(link);
      const list = this.byKind.get(link.kind);
      if (list) list.push(at);
      else this.byKind.set(link.kind, [at]);
    }
  }

  ofKind(kind: RelationshipKind): readonly SpecRelationship[] {
    let list = this.linkLists.get(kind);
    if (!list) {
      list = (this.byKind.get(kind) ?? []).map((at) => this.links[at] as SpecRelationship);
      this.linkLists.set(kind, list);
    }
    return list;
  }

  /** Links of a kind by the id at one end, made the first time a rule asks. */
  atEnd(kind: RelationshipKind, end: 'from' | 'to'): ReadonlyMap<string, SpecRelationship[]> {
    let index = this.byEnd[end].get(kind);
    if (!index) {
      index = new Map();
      for (const link of this.ofKind(kind)) {
        const id = link[end];
        const list = index.get(id);
        if (list) list.push(link);
        else index.set(id, [link]);
      }
      this.byEnd[end].set(kind, index);
    }
    return index;
  }

  /** The adjacency of links of a kind, forwards or (`backwards`) from their ends to their starts. */
  adjacency(kind: RelationshipKind, backwards: boolean): Adjacency {
    const built = this.adjacencies[backwards ? 'backwards' : 'forwards'];
    let made = built.get(kind);
    if (!made) {
      const count = this.bodyIds.length;
      const links = this.byKind.get(kind) ?? [];
      const [out, into] = backwards ? [1, 0] : [0, 1];
      const start = new Int32Array(count + 1);
      for (const at of links) {
        const row = (this.ends[2 * at + out] as number) + 1;
        start[row] = (start[row] as number) + 1;
      }
      for (let i = 0; i < count; i++)
        start[i + 1] = (start[i + 1] as number) + (start[i] as number);
      // Counting sort: each link goes to the next free place in its body's row.
      const next = start.slice(0, count);
      const to = new Int32Array(links.length);
      for (const at of links) {
        const row = this.ends[2 * at + out] as number;
        const place = next[row] as number;
        next[row] = place + 1;
        to[place] = this.ends[2 * at + into] as number;
      }
      made = { start, to };
      built.set(kind, made);
    }
    return made;
  }

  /**
   * True when body `start` reaches body `goal` following links of a kind forwards, one step or
   * more. Breadth first, stopping at the goal: a delegate is most often accountable to its
   * delegator directly.
   */
  reaches(kind: RelationshipKind, start: number, goal: number): boolean {
    const { start: rows, to } = this.adjacency(kind, false);
    this.marks ??= new Int32Array(this.bodyIds.length);
    const marks = this.marks;
    const search = ++this.searches;
    const queue = [start];
    marks[start] = search;
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head] as number;
      for (let edge = rows[at] as number; edge < (rows[at + 1] as number); edge++) {
        const next = to[edge] as number;
        if (next === goal) return true;
        if (marks[next] !== search) {
          marks[next] = search;
          queue.push(next);
        }
      }
    }
    return false;
  }

  loops(kind: RelationshipKind): string[][] {
    let groups = this.loopGroups.get(kind);
    if (!groups) {
      groups = stronglyConnected(this.adjacency(kind, false)).map((group) =>
        group.map((at) => this.bodyIds[at] as string).sort(),
      );
      this.loopGroups.set(kind, groups);
    }
    return groups;
  }
}

/**
 * The last validation's link index. The findings worker checks the map after each edit, and
 * most edits leave every relationship and the set of bodies as they were: the index is then
 * reused. Reuse is decided by the identity of the relationships (spec elements are values, made
 * anew when their record changes) and the bodies' ids in order.
 */
let lastLinks: LinkIndex | undefined;

function sameLinks(index: LinkIndex, subject: RuleSubject): boolean {
  const { relationships, bodies } = subject;
  if (index.relationships.length !== relationships.length) return false;
  if (index.bodyIds.length !== bodies.length) return false;
  for (let i = 0; i < relationships.length; i++)
    if (index.relationships[i] !== relationships[i]) return false;
  for (let i = 0; i < bodies.length; i++) if (index.bodyIds[i] !== bodies[i]?.id) return false;
  return true;
}

function linkIndex(subject: RuleSubject): LinkIndex {
  if (lastLinks && sameLinks(lastLinks, subject)) return lastLinks;
  const bodyIds: string[] = new Array(subject.bodies.length);
  const position = new Map<string, number>();
  subject.bodies.forEach((body, at) => {
    bodyIds[at] = body.id;
    position.set(body.id, at);
  });
  // Copies, so that a list changed in place is not taken for the one indexed.
  lastLinks = new LinkIndex(bodyIds, [...subject.relationships], position);
  return lastLinks;
}

/**
 * Indexes a subject: bodies by id (the last of any two with one id, as a map keeps it), links by
 * kind and by each end, and graph searches over them, in time linear in the subject's size.
 */
export function indexSubject(subject: RuleSubject): SubjectGraph {
  const index = linkIndex(subject);
  const { position, ends } = index;
  const bodies = subject.bodies;
  let areas: Map<string, SpecFootprint> | undefined;
  const find = (id: string): SpecBody | undefined => {
    const at = position.get(id);
    return at === undefined ? undefined : bodies[at];
  };
  return {
    links: index.links,
    linkFrom: (at) => bodies[ends[2 * at] as number] as SpecBody,
    linkTo: (at) => bodies[ends[2 * at + 1] as number] as SpecBody,
    dangling: index.dangling,
    find,
    body(id) {
      const body = find(id);
      if (!body) throw new Error(`No body ${id} in the subject`);
      return body;
    },
    area(id) {
      areas ??= new Map(subject.footprints.map((area) => [area.id, area]));
      return areas.get(id);
    },
    from: (id, kind) => index.atEnd(kind, 'from').get(id) ?? NONE,
    into: (id, kind) => index.atEnd(kind, 'to').get(id) ?? NONE,
    ofKind: (kind) => index.ofKind(kind),
    loops: (kind) => index.loops(kind),
    reaches(kind, start, goal) {
      const from = position.get(start);
      const to = position.get(goal);
      return from !== undefined && to !== undefined && index.reaches(kind, from, to);
    },
    reachers(kind, goals) {
      const seeds: number[] = [];
      for (const goal of goals) {
        const at = position.get(goal.id);
        // A body another with its id hides (the map keeps the last) is not one links reach.
        if (at !== undefined && bodies[at] === goal) seeds.push(at);
      }
      const reached = reachersOf(index.adjacency(kind, true), seeds);
      return (id) => {
        const at = position.get(id);
        return at !== undefined && reached[at] === 1;
      };
    },
  };
}

/**
 * Marks every body with a path of one step or more to a goal: a breadth-first search backwards
 * from the goals, so each body and link is visited once, however many bodies ask.
 */
function reachersOf(backwards: Adjacency, goals: readonly number[]): Uint8Array {
  const { start, to } = backwards;
  const reached = new Uint8Array(start.length - 1);
  const queue = new Int32Array(start.length - 1);
  let tail = 0;
  const reach = (at: number) => {
    for (let edge = start[at] as number; edge < (start[at + 1] as number); edge++) {
      const before = to[edge] as number;
      if (reached[before] === 0) {
        reached[before] = 1;
        queue[tail++] = before;
      }
    }
  };
  for (const goal of goals) reach(goal);
  for (let head = 0; head < tail; head++) reach(queue[head] as number);
  return reached;
}

/**
 * Tarjan's strongly connected components, with an explicit stack rather than recursion (a long
 * chain of accountability would overflow the call stack): the groups of more than one body, and
 * the bodies linked to themselves.
 */
function stronglyConnected({ start, to }: Adjacency): number[][] {
  const count = start.length - 1;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack = new Int32Array(count);
  const calls = new Int32Array(count);
  const nextEdge = new Int32Array(count);
  let depth = 0;
  let counter = 0;
  let top = 0;
  const groups: number[][] = [];
  const enter = (at: number) => {
    order[at] = low[at] = counter++;
    stack[top++] = at;
    onStack[at] = 1;
    nextEdge[at] = start[at] as number;
    calls[depth++] = at;
  };
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    enter(root);
    while (depth > 0) {
      const at = calls[depth - 1] as number;
      const edge = nextEdge[at] as number;
      if (edge < (start[at + 1] as number)) {
        nextEdge[at] = edge + 1;
        const next = to[edge] as number;
        if (order[next] === -1) enter(next);
        else if (onStack[next] === 1) low[at] = Math.min(low[at] as number, order[next] as number);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = calls[depth - 1] as number;
        low[parent] = Math.min(low[parent] as number, low[at] as number);
      }
      if (low[at] !== order[at]) continue;
      // Most bodies are a group of one: no list is made for them.
      if (stack[top - 1] === at) {
        top--;
        onStack[at] = 0;
        if (linksToItself(start, to, at)) groups.push([at]);
        continue;
      }
      const group: number[] = [];
      let member: number;
      do {
        member = stack[--top] as number;
        onStack[member] = 0;
        group.push(member);
      } while (member !== at);
      groups.push(group);
    }
  }
  return groups;
}

function linksToItself(start: Int32Array, to: Int32Array, at: number): boolean {
  for (let edge = start[at] as number; edge < (start[at + 1] as number); edge++)
    if (to[edge] === at) return true;
  return false;
}
