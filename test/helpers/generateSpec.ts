import { BODY_KIND_INFO, type BodyKind } from '../../shared/model/bodyKinds.ts';
import type { RelationshipKind } from '../../shared/model/relationshipKinds.ts';
import type {
  GovernanceSpec,
  SpecBody,
  SpecFootprint,
  SpecRelationship,
} from '../../shared/spec/specSchema.ts';
import { specOf } from './specOf.ts';

/** A small seeded generator (mulberry32), so every run builds the same map. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACE_NAMES = [
  'Leeds',
  'Bradford',
  'Calderdale',
  'Kirklees',
  'Wakefield',
  'Sheffield',
  'Barnsley',
  'Rotherham',
  'Doncaster',
  'York',
  'Hull',
  'Harrogate',
];

/** Kinds that fill a neighbourhood, in the proportions a real system has them. */
const LOCAL_KINDS: BodyKind[] = ['gp-practice', 'gp-practice', 'gp-practice', 'vcse', 'pcn'];
const EXTRA_KINDS: RelationshipKind[] = ['commissions', 'funds', 'shares-data', 'subcontracts'];

/**
 * A whole integrated care system of `bodies` bodies and 1.5× as many relationships: one
 * system footprint with `places` places, each split into neighbourhoods of about 20 bodies;
 * the ICB and ICP at system level, a council, place partnership and trust in each place,
 * and GP practices, PCNs and VCSE partners in the neighbourhoods. Every body is accountable
 * to (or a member of) one above it; the rest of the relationships join random pairs.
 */
export function generateSpec(
  bodies: number,
  options: { places?: number; seed?: number } = {},
): GovernanceSpec {
  const random = seededRandom(options.seed ?? 1);
  const places = Math.max(1, Math.min(options.places ?? 10, PLACE_NAMES.length));
  const pad = (i: number) => String(i).padStart(6, '0');
  const footprints: SpecFootprint[] = [
    { id: 'fp-system', name: 'Generated integrated care system', level: 'system' },
  ];
  const list: SpecBody[] = [];
  const relationships: SpecRelationship[] = [];
  const body = (kind: BodyKind, name: string, footprint: string): SpecBody => {
    const made: SpecBody = {
      id: `body-${pad(list.length)}`,
      kind,
      name,
      footprint,
      statutory: BODY_KIND_INFO[kind].statutory,
      status: random() < 0.6 ? 'agreed' : 'proposed',
    };
    list.push(made);
    return made;
  };
  const relate = (kind: RelationshipKind, from: SpecBody, to: SpecBody) => {
    relationships.push({
      id: `rel-${pad(relationships.length)}`,
      kind,
      from: from.id,
      to: to.id,
      status: 'agreed',
    });
  };

  const icb = body('icb', 'Generated ICB', 'fp-system');
  if (bodies > 1) relate('accountable-to', body('icp', 'Generated ICP', 'fp-system'), icb);
  const perPlace = Math.max(0, Math.ceil((bodies - list.length) / places));
  const neighbourhoods = Math.max(1, Math.round(perPlace / 20));
  for (let p = 0; p < places && list.length < bodies; p++) {
    const placeName = PLACE_NAMES[p] ?? `Place ${p}`;
    const placeId = `fp-place-${p}`;
    footprints.push({ id: placeId, name: placeName, level: 'place', parent: 'fp-system' });
    const partnership = body('place-partnership', `${placeName} place partnership`, placeId);
    relate('accountable-to', partnership, icb);
    const anchors = [partnership];
    for (const kind of ['local-authority', 'nhs-trust'] as const) {
      if (list.length >= bodies) break;
      const made = body(kind, `${placeName} ${BODY_KIND_INFO[kind].label}`, placeId);
      relate('member-of', made, partnership);
      anchors.push(made);
    }
    const placeEnd = Math.min(bodies, list.length + perPlace - anchors.length);
    for (let n = 0; n < neighbourhoods && list.length < placeEnd; n++) {
      const hoodId = `fp-hood-${p}-${n}`;
      footprints.push({
        id: hoodId,
        name: `${placeName} neighbourhood ${n + 1}`,
        level: 'neighbourhood',
        parent: placeId,
      });
      const hoodEnd = Math.min(placeEnd, list.length + Math.ceil(perPlace / neighbourhoods));
      let i = 0;
      while (list.length < hoodEnd) {
        const kind = LOCAL_KINDS[i % LOCAL_KINDS.length] ?? 'gp-practice';
        const made = body(
          kind,
          `${placeName} ${BODY_KIND_INFO[kind].label} ${n + 1}.${++i}`,
          hoodId,
        );
        relate(kind === 'vcse' ? 'member-of' : 'accountable-to', made, partnership);
      }
    }
  }
  while (list.length < bodies)
    relate('accountable-to', body('vcse', `Partner ${list.length}`, 'fp-system'), icb);

  const target = Math.round(bodies * 1.5);
  for (let guard = 0; relationships.length < target && guard < target * 4; guard++) {
    const from = list[Math.floor(random() * list.length)];
    const to = list[Math.floor(random() * list.length)];
    if (!from || !to || from === to) continue;
    relate(EXTRA_KINDS[Math.floor(random() * EXTRA_KINDS.length)] ?? 'funds', from, to);
  }

  return specOf(
    { id: `generated-${bodies}`, title: `Generated system of ${bodies} bodies` },
    { footprints, bodies: list, relationships },
  );
}
