import type { InputProblem } from '../errors/formatZodIssues.ts';

/**
 * The parts of a spec that references use, read loosely: this runs on files that may be
 * broken elsewhere too, so that one answer holds every problem of a file.
 */
interface LooseSpec {
  footprints: Array<{ id: string; name: string; parent?: string }>;
  bodies: Array<{ id: string; name: string; footprint?: string }>;
  relationships: Array<{ id: string; from: string; to: string }>;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function entries(input: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const list = input[key];
  return Array.isArray(list)
    ? list.map(
        (item) =>
          (item !== null && typeof item === 'object' ? item : {}) as Record<string, unknown>,
      )
    : [];
}

/** Reads what references need from any input; missing ids read as "" and are skipped. */
function loose(input: unknown): LooseSpec {
  const spec = (input !== null && typeof input === 'object' ? input : {}) as Record<
    string,
    unknown
  >;
  const named = (item: Record<string, unknown>) => ({
    id: str(item.id) ?? '',
    name: str(item.name) ?? str(item.id) ?? '',
  });
  return {
    footprints: entries(spec, 'footprints').map((f) => ({ ...named(f), parent: str(f.parent) })),
    bodies: entries(spec, 'bodies').map((b) => ({ ...named(b), footprint: str(b.footprint) })),
    relationships: entries(spec, 'relationships').map((r) => ({
      id: str(r.id) ?? '',
      from: str(r.from) ?? '',
      to: str(r.to) ?? '',
    })),
  };
}

type Collection = 'footprints' | 'bodies' | 'relationships';

interface Place {
  collection: Collection;
  index: number;
  name: string;
}

const quoted = (name: string) => `“${name}”`;
const at = (place: Place) => `$.${place.collection}[${place.index}]`;

/** The ids of a spec and where each first appears; later uses of an id are problems. */
function indexIds(spec: LooseSpec, problems: InputProblem[]): Map<string, Place> {
  const ids = new Map<string, Place>();
  const add = (collection: Collection, index: number, id: string, name: string) => {
    if (id === '') return;
    const first = ids.get(id);
    const place = { collection, index, name };
    if (first) {
      problems.push({
        path: `${at(place)}.id`,
        message: `"${id}" is already the id of ${quoted(first.name)} (${at(first)}); every id must be different`,
      });
    } else ids.set(id, place);
  };
  for (const [i, f] of spec.footprints.entries()) add('footprints', i, f.id, f.name);
  for (const [i, b] of spec.bodies.entries()) add('bodies', i, b.id, b.name);
  for (const [i, r] of spec.relationships.entries()) {
    const from = ids.get(r.from)?.name ?? r.from;
    const to = ids.get(r.to)?.name ?? r.to;
    add('relationships', i, r.id, `${from} → ${to}`);
  }
  return ids;
}

/** Why an id is not one of `wanted`, in words. */
function notA(
  ids: Map<string, Place>,
  id: string,
  wanted: Collection,
  noun: string,
): string | undefined {
  const place = ids.get(id);
  if (place?.collection === wanted) return undefined;
  if (!place) return `"${id}" is not the id of any ${noun} in this spec`;
  const what =
    place.collection === 'footprints'
      ? 'a footprint'
      : place.collection === 'bodies'
        ? 'a body'
        : 'a relationship';
  return `"${id}" is ${quoted(place.name)}, ${what}, not a ${noun}`;
}

function checkFootprintParents(
  spec: LooseSpec,
  ids: Map<string, Place>,
  problems: InputProblem[],
): void {
  const parentOf = new Map(spec.footprints.map((f) => [f.id, f.parent]));
  const reported = new Set<string>();
  for (const [index, footprint] of spec.footprints.entries()) {
    const problem = parentProblem(footprint.id, footprint.parent, ids, parentOf, reported);
    if (problem) problems.push({ path: `$.footprints[${index}].parent`, message: problem });
  }
}

/** What is wrong with a footprint's parent: unknown, itself, or a loop (told once per loop). */
function parentProblem(
  id: string,
  parent: string | undefined,
  ids: Map<string, Place>,
  parentOf: ReadonlyMap<string, string | undefined>,
  reported: Set<string>,
): string | undefined {
  if (parent === undefined) return undefined;
  const wrong = notA(ids, parent, 'footprints', 'footprint');
  if (wrong) return wrong;
  if (parent === id) return 'is the footprint itself: a footprint cannot sit inside itself';
  const chain = [id];
  for (let up: string | undefined = parent; up !== undefined; up = parentOf.get(up)) {
    if (up === id) {
      if (chain.some((member) => reported.has(member))) return undefined;
      for (const member of chain) reported.add(member);
      const names = [...chain, id].map((member) => quoted(ids.get(member)?.name ?? member));
      return `puts this footprint inside itself: ${names.join(' inside ')}`;
    }
    if (chain.includes(up)) return undefined;
    chain.push(up);
  }
  return undefined;
}

/**
 * Checks what the schema cannot: ids are unique, references point at the right kind of
 * element, footprints do not nest in a loop and relationships join two different bodies.
 * Reads any input (an element the schema refuses is still indexed by its id), so that these
 * problems come in the same answer as the schema's. Every problem has the JSON path of the
 * bad value.
 */
export function checkSpecReferences(input: unknown): InputProblem[] {
  const spec = loose(input);
  const problems: InputProblem[] = [];
  const ids = indexIds(spec, problems);
  checkFootprintParents(spec, ids, problems);
  spec.bodies.forEach((body, index) => {
    const path = `$.bodies[${index}]`;
    if (body.footprint !== undefined) {
      const wrong = notA(ids, body.footprint, 'footprints', 'footprint');
      if (wrong) problems.push({ path: `${path}.footprint`, message: wrong });
    }
  });
  spec.relationships.forEach((relationship, index) => {
    const path = `$.relationships[${index}]`;
    for (const end of ['from', 'to'] as const) {
      if (relationship[end] === '') continue;
      const wrong = notA(ids, relationship[end], 'bodies', 'body');
      if (wrong) problems.push({ path: `${path}.${end}`, message: wrong });
    }
    if (relationship.from !== '' && relationship.from === relationship.to) {
      problems.push({
        path: `${path}.to`,
        message: 'is the same body as "from": a body cannot have a relationship with itself',
      });
    }
  });
  return problems;
}
