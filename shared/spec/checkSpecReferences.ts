import type { InputProblem } from '../errors/formatZodIssues.ts';
import { BODY_KIND_INFO } from '../model/bodyKinds.ts';
import type { GovernanceSpec } from './specSchema.ts';
import { lowerFirst } from './words.ts';

type Collection = 'footprints' | 'bodies' | 'relationships';

interface Place {
  collection: Collection;
  index: number;
  name: string;
}

const quoted = (name: string) => `“${name}”`;
const at = (place: Place) => `$.${place.collection}[${place.index}]`;

/** The ids of a spec and where each first appears; later uses of an id are problems. */
function indexIds(spec: GovernanceSpec, problems: InputProblem[]): Map<string, Place> {
  const ids = new Map<string, Place>();
  const add = (collection: Collection, index: number, id: string, name: string) => {
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
  spec: GovernanceSpec,
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
 * element, footprints do not nest in a loop, relationships join two different bodies and
 * `statutory` matches each body's kind. Every problem has the JSON path of the bad value.
 */
export function checkSpecReferences(spec: GovernanceSpec): InputProblem[] {
  const problems: InputProblem[] = [];
  const ids = indexIds(spec, problems);
  checkFootprintParents(spec, ids, problems);
  spec.bodies.forEach((body, index) => {
    const path = `$.bodies[${index}]`;
    if (body.footprint !== undefined) {
      const wrong = notA(ids, body.footprint, 'footprints', 'footprint');
      if (wrong) problems.push({ path: `${path}.footprint`, message: wrong });
    }
    const info = BODY_KIND_INFO[body.kind];
    if (body.statutory !== info.statutory) {
      problems.push({
        path: `${path}.statutory`,
        message: `must be ${info.statutory}: ${info.statutory ? 'every' : 'no'} ${lowerFirst(info.label)} is a statutory body`,
      });
    }
  });
  spec.relationships.forEach((relationship, index) => {
    const path = `$.relationships[${index}]`;
    for (const end of ['from', 'to'] as const) {
      const wrong = notA(ids, relationship[end], 'bodies', 'body');
      if (wrong) problems.push({ path: `${path}.${end}`, message: wrong });
    }
    if (relationship.from === relationship.to) {
      problems.push({
        path: `${path}.to`,
        message: 'is the same body as "from": a body cannot have a relationship with itself',
      });
    }
  });
  return problems;
}
