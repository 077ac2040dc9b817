import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { governanceSpecJsonSchema, governanceSpecJsonSchemaText } from './jsonSchema.ts';
import { parseSpec } from './parseSpec.ts';

const fixture = JSON.parse(readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8'));

// Formats are not checked: ajv needs a plug-in for them, and every format the spec uses
// (date, date-time) also carries a pattern that ajv does check.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(governanceSpecJsonSchema());

// biome-ignore lint/suspicious/noExplicitAny: these tests break specs in ways no type allows.
type Spec = Record<string, any>;

/** Malformed specs that the JSON Schema alone can tell are wrong. */
const MALFORMED: Array<[string, (spec: Spec) => unknown]> = [
  ['not an object', () => 'a governance spec'],
  ['missing specVersion', (s) => ({ ...s, specVersion: undefined })],
  ['specVersion 2', (s) => ({ ...s, specVersion: 2 })],
  [
    'a name that is a number',
    (s) => {
      s.bodies[0].name = 5;
      return s;
    },
  ],
  [
    'a blank name',
    (s) => {
      s.bodies[0].name = '   ';
      return s;
    },
  ],
  [
    'statutory "yes"',
    (s) => {
      s.bodies[0].statutory = 'yes';
      return s;
    },
  ],
  [
    'an unknown body kind',
    (s) => {
      s.bodies[0].kind = 'spaceship';
      return s;
    },
  ],
  [
    'an unknown relationship kind',
    (s) => {
      s.relationships[0].kind = 'likes';
      return s;
    },
  ],
  [
    'an unknown status',
    (s) => {
      s.bodies[0].status = 'maybe';
      return s;
    },
  ],
  [
    'an id that is too short',
    (s) => {
      s.bodies[0].id = 'abc';
      return s;
    },
  ],
  [
    'a negative amount',
    (s) => {
      s.relationships[0].amountGBP = -5;
      return s;
    },
  ],
  [
    'a date that is not a date',
    (s) => {
      s.bodies[0].validFrom = '31/03/2026';
      return s;
    },
  ],
  [
    'an unknown property',
    (s) => {
      s.footprints[0].colour = 'blue';
      return s;
    },
  ],
  [
    'a bad footprint level',
    (s) => {
      s.footprints[0].level = 'county';
      return s;
    },
  ],
  [
    'a bad exportedAt',
    (s) => {
      s.map.exportedAt = 'yesterday';
      return s;
    },
  ],
];

describe('the JSON Schema', () => {
  it('is what docs/governance-spec.v1.json holds (run scripts/generate-schema.ts if not)', () => {
    expect(readFileSync('docs/governance-spec.v1.json', 'utf8')).toBe(
      governanceSpecJsonSchemaText(),
    );
  });

  it('names itself and its draft', () => {
    const schema = governanceSpecJsonSchema();
    expect(schema.$id).toBe('/schema/governance-spec.v1.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/governance spec/);
  });

  it('accepts the West Yorkshire fixture', () => {
    expect(validate(fixture), JSON.stringify(validate.errors)).toBe(true);
    expect(parseSpec(fixture).ok).toBe(true);
  });

  it.each(MALFORMED)('rejects %s, and so does parseSpec', (_name, breakIt) => {
    const bad = breakIt(structuredClone(fixture));
    const input = JSON.parse(JSON.stringify(bad));
    expect(validate(input)).toBe(false);
    expect(parseSpec(input).ok).toBe(false);
  });
});
