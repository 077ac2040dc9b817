import type { InvalidElement } from './readMap.ts';

/** An element of one collection as last read: its record (or why not) and its place. */
export interface ReadEntry<R> {
  /** Its place in the doc's map: a key set again keeps it, one removed and re-added does not. */
  order: number;
  read: R | InvalidElement;
  /** Attributes whose values do not fit their field (removed from `read`). */
  fieldProblems?: InvalidElement;
}

/** How an element shows in a snapshot: drawn (with or without field problems), or invalid. */
export interface Shown<R> {
  record?: R;
  invalid?: InvalidElement;
  problems?: InvalidElement;
}

const NOT_SHOWN: Shown<never> = {};

/**
 * One collection (nodes or edges) of a MapReader: its elements as read, and the three lists a
 * snapshot holds (drawn records, invalid elements, field problems) in the doc's order.
 * `refresh` re-derives the given ids only. A record changed in place is put into a copy of the
 * list of pointers, and an element that is new goes at its end; only removing one (or one
 * showing again) walks the collection. Untouched records keep their identity.
 */
export class ReadCollection<R extends { id: string }> {
  private readonly entries = new Map<string, ReadEntry<R>>();
  private nextOrder = 0;
  private records: R[] = [];
  private readonly position = new Map<string, number>();
  private readonly invalidById = new Map<string, InvalidElement>();
  private readonly problemsById = new Map<string, InvalidElement>();
  private invalidList: InvalidElement[] = [];
  private problemList: InvalidElement[] = [];

  /** `show` says how an entry shows; it may look at other collections (an edge's ends). */
  constructor(private readonly show: (entry: ReadEntry<R>) => Shown<R>) {}

  /** The drawn records, in the doc's order (a new array whenever one changes). */
  get list(): R[] {
    return this.records;
  }

  /** The elements that cannot be drawn, in the doc's order. */
  get invalid(): InvalidElement[] {
    return this.invalidList;
  }

  /** The drawn elements with attributes that do not fit, in the doc's order. */
  get problems(): InvalidElement[] {
    return this.problemList;
  }

  /** Sets an element as read (or, with undefined, removes it); `refresh` it afterwards. */
  set(id: string, read: Omit<ReadEntry<R>, 'order'> | undefined): void {
    if (!read) {
      this.entries.delete(id);
      return;
    }
    const order = this.entries.get(id)?.order ?? this.nextOrder++;
    this.entries.set(id, { ...read, order });
  }

  /** The element as read, if it is in the doc. */
  entry(id: string): ReadEntry<R> | undefined {
    return this.entries.get(id);
  }

  /** The drawn record of an id, if it is drawn. */
  record(id: string): R | undefined {
    const at = this.position.get(id);
    return at === undefined ? undefined : this.records[at];
  }

  /**
   * Re-derives how these ids show. Returns the ids whose drawn record changed (added,
   * replaced or gone), and whether the invalid or field-problem lists changed.
   */
  refresh(ids: Iterable<string>): { changed: string[]; invalid: boolean; problems: boolean } {
    const shown = new Map<string, Shown<R>>();
    for (const id of ids) {
      const entry = this.entries.get(id);
      shown.set(id, entry ? this.show(entry) : NOT_SHOWN);
    }
    const changed: string[] = [];
    const replaced: [number, R][] = [];
    const added: R[] = [];
    let walk = false;
    let invalid = false;
    let problems = false;
    for (const [id, now] of shown) {
      const at = this.position.get(id);
      const before = at === undefined ? undefined : this.records[at];
      if (now.record !== before) changed.push(id);
      if (now.record && at !== undefined) {
        if (now.record !== before) replaced.push([at, now.record]);
      } else if (now.record) added.push(now.record);
      else if (at !== undefined) walk = true;
      invalid = setOrDelete(this.invalidById, id, now.invalid) || invalid;
      problems = setOrDelete(this.problemsById, id, now.problems) || problems;
    }
    added.sort((a, b) => this.orderOf(a.id) - this.orderOf(b.id));
    const last = this.records[this.records.length - 1];
    // An element shown again goes back to its place in the doc's order, not to the end.
    if (added[0] && last && this.orderOf(added[0].id) < this.orderOf(last.id)) walk = true;
    if (walk) this.walk(shown);
    else if (replaced.length > 0 || added.length > 0) {
      const records = this.records.slice();
      for (const [at, record] of replaced) records[at] = record;
      for (const record of added) {
        this.position.set(record.id, records.length);
        records.push(record);
      }
      this.records = records;
    }
    if (invalid) this.invalidList = this.inOrder(this.invalidById);
    if (problems) this.problemList = this.inOrder(this.problemsById);
    return { changed, invalid, problems };
  }

  /** Lists the drawn records again from the whole collection. */
  private walk(shown: ReadonlyMap<string, Shown<R>>): void {
    const records: R[] = [];
    for (const id of this.entries.keys()) {
      const record = shown.has(id) ? shown.get(id)?.record : this.record(id);
      if (record) records.push(record);
    }
    this.position.clear();
    for (const [at, record] of records.entries()) this.position.set(record.id, at);
    this.records = records;
  }

  private orderOf(id: string): number {
    return this.entries.get(id)?.order ?? Number.POSITIVE_INFINITY;
  }

  private inOrder(byId: ReadonlyMap<string, InvalidElement>): InvalidElement[] {
    return [...byId.values()].sort((a, b) => this.orderOf(a.id) - this.orderOf(b.id));
  }
}

function setOrDelete<V>(map: Map<string, V>, id: string, value: V | undefined): boolean {
  const before = map.get(id);
  if (value === undefined) return map.delete(id);
  map.set(id, value);
  return before !== value;
}
