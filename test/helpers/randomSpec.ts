import { BODY_KIND_INFO, BODY_KINDS, type BodyKind } from '../../shared/model/bodyKinds.ts';
import { bodyFields, type FieldDef, relationshipFields } from '../../shared/model/fields.ts';
import { FOOTPRINT_LEVEL_IDS } from '../../shared/model/footprints.ts';
import {
  CATALOGUE_FUNCTION_IDS,
  FUNCTION_CATALOGUE,
} from '../../shared/model/functionCatalogue.ts';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '../../shared/model/relationshipKinds.ts';
import type {
  GovernanceSpec,
  SpecBody,
  SpecFootprint,
  SpecRelationship,
} from '../../shared/spec/specSchema.ts';
import { seededRandom } from './generateSpec.ts';
import { specOf } from './specOf.ts';

/** Functions as maps write them: catalogue ids, their names, other spellings and free text. */
const FUNCTIONS = [
  ...CATALOGUE_FUNCTION_IDS,
  ...CATALOGUE_FUNCTION_IDS.map((id) => FUNCTION_CATALOGUE[id].label),
  ' Primary Medical Services ',
  'Estates',
  'Urgent care',
];
const TEXTS = ['ICB non-executive member', 'Terms of reference, 2025', '4, one from each partner'];
const DATES = ['2024-04-01', '2025-07-03', '2026-01-01', '2027-04-01'];

/** The relationship kinds the rules read most, several times over, then every kind once. */
const LINK_KINDS: readonly RelationshipKind[] = [
  ...Array<RelationshipKind>(6).fill('accountable-to'),
  ...Array<RelationshipKind>(4).fill('member-of'),
  ...Array<RelationshipKind>(4).fill('delegates'),
  'funds',
  'hosts',
  ...RELATIONSHIP_KINDS,
];

/**
 * A seeded map where every rule has something to find: `bodies` bodies of every kind with
 * fields filled in at random, footprints nested at random, and twice as many relationships of
 * every kind, with their fields, dates, loops of accountability and a few ends that are an area
 * or no element at all. For tests that run the rules two ways and compare what they find.
 */
export function randomSpec(bodies: number, seed = 1): GovernanceSpec {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const value = (field: FieldDef): unknown => {
    if (field.options) return pick(field.options).value;
    switch (field.type) {
      case 'boolean':
        return random() < 0.5;
      case 'number':
      case 'money':
        return Math.floor(random() * 3);
      case 'date':
        return pick(DATES);
      case 'list':
        return Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(FUNCTIONS));
      default:
        return field.key === 'function' ? pick(FUNCTIONS) : pick(TEXTS);
    }
  };
  // Each field set on about `share` of elements, nested as the spec nests `governance.chair`.
  const fields = (defs: readonly FieldDef[], share: number): Record<string, unknown> => {
    const out: Record<string, Record<string, unknown> | unknown> = {};
    for (const field of defs) {
      if (random() >= share) continue;
      const [head, sub] = field.key.split('.') as [string, string | undefined];
      if (sub === undefined) out[head] = value(field);
      else out[head] = { ...(out[head] as Record<string, unknown>), [sub]: value(field) };
    }
    return out;
  };

  const footprints: SpecFootprint[] = [];
  for (let i = 0; i < Math.max(1, Math.round(bodies / 15)); i++) {
    const parent = i > 0 && random() < 0.9 ? footprints[Math.floor(random() * i)] : undefined;
    footprints.push({
      id: `area-${i}`,
      name: `Area ${i}`,
      level: pick(FOOTPRINT_LEVEL_IDS),
      ...(parent ? { parent: parent.id } : {}),
    });
  }

  const list: SpecBody[] = [];
  for (let i = 0; i < bodies; i++) {
    const kind: BodyKind = pick(BODY_KINDS);
    const area = random() < 0.9 ? pick(footprints) : undefined;
    list.push({
      id: `body-${String(i).padStart(5, '0')}`,
      kind,
      name: `${BODY_KIND_INFO[kind].label} ${i}`,
      ...(area ? { footprint: area.id } : {}),
      statutory: BODY_KIND_INFO[kind].statutory,
      status: pick(['agreed', 'agreed', 'proposed', 'disputed'] as const),
      ...fields(bodyFields(kind), 0.3),
    } as SpecBody);
  }

  const relationships: SpecRelationship[] = [];
  const end = (near: number): string => {
    const roll = random();
    if (roll < 0.01) return pick(footprints).id;
    if (roll < 0.02) return `missing-${Math.floor(random() * 10)}`;
    // Mostly a body near the other end, so that chains close into loops now and then.
    const index = roll < 0.6 ? near + Math.floor(random() * 9) - 4 : Math.floor(random() * bodies);
    return list[Math.min(bodies - 1, Math.max(0, index))]?.id ?? 'missing';
  };
  for (let i = 0; i < bodies * 2; i++) {
    const kind = pick(LINK_KINDS);
    const near = Math.floor(random() * bodies);
    relationships.push({
      id: `link-${String(i).padStart(5, '0')}`,
      kind,
      from: end(near),
      to: end(near),
      status: pick(['agreed', 'proposed'] as const),
      ...fields(relationshipFields(kind), 0.5),
    } as SpecRelationship);
  }

  return specOf(
    { id: `random-${bodies}-${seed}`, title: `Random map of ${bodies} bodies` },
    { footprints, bodies: list, relationships },
  );
}
