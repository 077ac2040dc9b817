import { BODY_KINDS } from '../../model/bodyKinds.ts';
import { FOOTPRINT_LEVEL_IDS, FOOTPRINT_LEVELS } from '../../model/footprints.ts';
import { COMMITTEE_TYPES, governanceModelLabel } from '../../model/governance.ts';
import type { GovernanceSpec, SpecBody, SpecFootprint } from '../specSchema.ts';
import type { ReviewBody, ReviewFootprint, WhoDoesWhat } from './reviewTypes.ts';
import { byName, type SpecIndex } from './specIndex.ts';

/** Section (a): footprints as a tree, largest first, each with its bodies (national ones first). */
export function whoDoesWhat(spec: GovernanceSpec, index: SpecIndex): WhoDoesWhat {
  const footprints = new Map(spec.footprints.map((footprint) => [footprint.id, footprint]));
  const bodiesIn = new Map<string | undefined, SpecBody[]>();
  for (const body of [...spec.bodies].sort(byKindThenName)) {
    const key =
      body.footprint !== undefined && footprints.has(body.footprint) ? body.footprint : undefined;
    bodiesIn.set(key, [...(bodiesIn.get(key) ?? []), body]);
  }
  const rows = (key: string | undefined) =>
    (bodiesIn.get(key) ?? []).map((body) => reviewBody(body, index));

  const isRoot = (footprint: SpecFootprint) =>
    footprint.parent === undefined || !footprints.has(footprint.parent);
  const sorted = [...spec.footprints].sort(byLevelThenName);
  const shown = new Set<string>();
  const grow = (footprint: SpecFootprint, path: string[]): ReviewFootprint => {
    shown.add(footprint.id);
    const children = sorted.filter(
      (child) => child.parent === footprint.id && !isRoot(child) && !shown.has(child.id),
    );
    return {
      id: footprint.id,
      name: footprint.name,
      level: footprint.level,
      levelLabel: FOOTPRINT_LEVELS[footprint.level].label,
      ...(footprint.population !== undefined ? { population: footprint.population } : {}),
      path,
      bodies: rows(footprint.id),
      children: children.map((child) => grow(child, [...path, footprint.name])),
    };
  };
  const roots = sorted.filter(isRoot).map((footprint) => grow(footprint, []));
  // Footprints nested in a loop (A in B in A) have no root: the loop starts a tree of its own.
  for (const footprint of sorted) if (!shown.has(footprint.id)) roots.push(grow(footprint, []));
  return { footprints: roots, unplaced: rows(undefined) };
}

function reviewBody(body: SpecBody, index: SpecIndex): ReviewBody {
  const governance =
    body.governance?.model !== undefined
      ? governanceModelLabel(body.governance.model)
      : body.committeeType !== undefined
        ? COMMITTEE_TYPES[body.committeeType as keyof typeof COMMITTEE_TYPES]
        : undefined;
  return {
    ...index.ref(body),
    statutory: body.statutory,
    functions: body.functions ?? [],
    ...(governance !== undefined ? { governance } : {}),
  };
}

function byKindThenName(a: SpecBody, b: SpecBody): number {
  return BODY_KINDS.indexOf(a.kind) - BODY_KINDS.indexOf(b.kind) || byName(a, b);
}

function byLevelThenName(a: SpecFootprint, b: SpecFootprint): number {
  return (
    FOOTPRINT_LEVEL_IDS.indexOf(a.level) - FOOTPRINT_LEVEL_IDS.indexOf(b.level) || byName(a, b)
  );
}
