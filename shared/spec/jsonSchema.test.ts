import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonPath } from '../errors/formatZodIssues.ts';
import { TEMPLATES } from '../templates/templates.ts';
import { governanceSpecJsonSchema, governanceSpecJsonSchemaText } from './jsonSchema.ts';
import { migrateSpec } from './migrateSpec.ts';
import { parseSpec } from './parseSpec.ts';

const fixture = migrateSpec(
  JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8')),
).spec;

// Formats are not checked: ajv needs a plug-in for them, and every format the spec uses
// (date, date-time) also carries a pattern that ajv does check.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(governanceSpecJsonSchema());

// biome-ignore lint/suspicious/noExplicitAny: these tests break specs in ways no type allows.
type Spec = Record<string, any>;

/** Where an ajv error is, as the importer writes paths ($.bodies[2].sector). */
function ajvPath(error: ErrorObject): string {
  const parts: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  return jsonPath(parts);
}

/** The paths the JSON Schema refuses (its `if` wrappers only repeat their `then`'s errors). */
function schemaPaths(spec: unknown): string[] {
  if (validate(spec)) return [];
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  return [...new Set(errors.map(ajvPath))].sort();
}

function importerPaths(spec: unknown): string[] {
  const parsed = parseSpec(spec);
  return parsed.ok ? [] : [...new Set(parsed.problems.map((p) => p.path))].sort();
}

/** A small seeded generator (mulberry32), so every run tests the same specs. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values a field might be given: right and wrong types, choices of other fields, edge cases. */
const VALUES: unknown[] = [
  'acute',
  'at-scale',
  'integrated-health-organisation',
  's65z5-delegation',
  's75-pooled-fund',
  'gms',
  'joint-committee',
  'single-neighbourhood',
  'statutory-joint-committee',
  'district',
  'Leeds',
  '   ',
  '',
  'N'.repeat(501),
  '2026-04-01',
  '2026-02-30',
  '2026-04-01T09:00:00Z',
  'RR8',
  'not an ods code!',
  'E08000035',
  0,
  3,
  7,
  -5,
  2.5,
  1_250_000,
  true,
  false,
  null,
  [],
  ['primary-medical-services'],
  ['  '],
  {},
  { chair: 'Chair' },
  { agree: 1, disagree: 0, abstain: 2 },
];

/** Every property name a spec element can carry, of any kind, and one no kind has. */
const KEYS = [
  ...new Set(
    Object.values(governanceSpecJsonSchema().$defs as Record<string, { properties?: object }>)
      .flatMap((def) => Object.keys(def.properties ?? {}))
      .filter((key) => !['id', 'from', 'to', 'footprint', 'parent'].includes(key)),
  ),
  'colour',
];

/** A valid spec changed in 1–4 random ways that leave ids and references alone. */
function mutate(base: Spec, random: () => number): Spec {
  const spec = structuredClone(base);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const changes = 1 + Math.floor(random() * 4);
  for (let i = 0; i < changes; i++) {
    const list = pick(['bodies', 'relationships', 'footprints', 'bodies', 'map'] as const);
    const target: Spec = list === 'map' ? spec.map : pick(spec[list] as Spec[]);
    if (!target) continue;
    const key = list === 'map' ? pick(['title', 'exportedAt', 'includes', 'colour']) : pick(KEYS);
    const roll = random();
    if (roll < 0.1 && key !== 'kind') delete target[key];
    else if (roll < 0.2 && key === 'governance') target.governance = { [pick(KEYS)]: pick(VALUES) };
    else
      target[key] = key === 'kind' && roll < 0.6 ? pick(['icb', 'delegates', 'x']) : pick(VALUES);
  }
  return spec;
}

describe('the JSON Schema', () => {
  it('is what docs/governance-spec.v2.json holds (run scripts/generate-schema.ts if not)', () => {
    expect(readFileSync('docs/governance-spec.v2.json', 'utf8')).toBe(
      governanceSpecJsonSchemaText(),
    );
  });

  it('names itself and its draft, and has one definition per kind', () => {
    const schema = governanceSpecJsonSchema();
    expect(schema.$id).toBe('/schema/governance-spec.v2.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const defs = schema.$defs as Record<string, { properties: Record<string, unknown> }>;
    expect(defs['body-icb']?.properties).toHaveProperty('oversightSegment');
    // A field valid for a kind is in that kind's schema only.
    expect(defs['body-nhs-trust']?.properties).toHaveProperty('sector');
    expect(defs['body-icb']?.properties).not.toHaveProperty('sector');
    expect(defs['relationship-commissions']?.properties).toHaveProperty('contractType');
    expect(defs['relationship-delegates']?.properties).not.toHaveProperty('contractType');
  });

  it('accepts the (upgraded) West Yorkshire fixture and every template, as import does', () => {
    for (const spec of [fixture, ...TEMPLATES.map((template) => template.spec)]) {
      expect(schemaPaths(spec)).toEqual([]);
      expect(importerPaths(spec)).toEqual([]);
    }
  });

  it('accepts and refuses exactly what import does, with the same paths, on 600 generated specs', () => {
    const random = prng(20261201);
    const bases = [fixture as Spec, ...TEMPLATES.map((template) => template.spec as Spec)];
    let refused = 0;
    for (let n = 0; n < 600; n++) {
      const spec = mutate(bases[n % bases.length] as Spec, random);
      const expected = schemaPaths(spec);
      expect(importerPaths(spec), JSON.stringify(validate.errors?.slice(0, 3))).toEqual(expected);
      if (expected.length > 0) refused++;
    }
    // The generator must exercise both answers, or the agreement proves nothing.
    expect(refused).toBeGreaterThan(300);
    expect(refused).toBeLessThan(600);
  });
});
