import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../errors/formatZodIssues.ts';
import { parseSpec, parseSpecText } from './parseSpec.ts';

const TEXT = readFileSync('test/fixtures/ics-west-yorkshire.spec.json', 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: these tests break specs in ways no type allows.
type Spec = Record<string, any>;

/** A fresh copy of the fixture, changed by `edit`. */
function broken(edit: (spec: Spec) => void): unknown {
  const spec = JSON.parse(TEXT) as Spec;
  edit(spec);
  return spec;
}

function problemsOf(input: unknown): InputProblem[] {
  const parsed = parseSpec(input);
  if (parsed.ok) throw new Error('expected the spec to be refused');
  return parsed.problems;
}

function textProblems(text: string, maxBytes?: number): InputProblem[] {
  const parsed = parseSpecText(text, maxBytes);
  if (parsed.ok) throw new Error('expected the text to be refused');
  return parsed.problems;
}

/** Index of the first element of a list in the fixture with this id. */
function indexOf(list: 'footprints' | 'bodies' | 'relationships', id: string): number {
  const index = (JSON.parse(TEXT) as Spec)[list].findIndex((e: { id: string }) => e.id === id);
  if (index < 0) throw new Error(`no ${id} in the fixture`);
  return index;
}

const ICB = indexOf('bodies', 'icb-west-yorkshire');
const LEEDS = indexOf('footprints', 'fp-place-leeds');
const DELEGATION = indexOf('relationships', 'rel-icb-delegates-leeds-place');

describe('parseSpecText refuses what is not a spec file', () => {
  it('not JSON: says so with the parser’s message, at $', () => {
    const [problem, ...rest] = textProblems('{ "specVersion": 1, ');
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('$');
    expect(problem?.message).toMatch(/^is not JSON: .+/);
  });

  it('an empty file', () => {
    expect(textProblems('  \n')).toEqual([
      { path: '$', message: 'is empty: a governance spec is a JSON object' },
    ]);
  });

  it('a huge file, before parsing it', () => {
    const huge = `${' '.repeat(6 * 1024 * 1024)}not even JSON`;
    expect(textProblems(huge)).toEqual([
      {
        path: '$',
        message: 'is too large: the file is 6 MB, and a governance spec can be at most 5 MB',
      },
    ]);
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = JSON.stringify({ note: 'é'.repeat(600) });
    expect(text.length).toBeLessThan(1024);
    expect(textProblems(text, 1024)[0]?.message).toMatch(/^is too large/);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseSpecText(`\uFEFF${TEXT}`).ok).toBe(true);
  });
});

describe('parseSpec reports each problem at its JSON path', () => {
  const cases: Array<[string, unknown, InputProblem]> = [
    [
      'a number, not an object',
      5,
      { path: '$', message: 'should be an object, not a whole number' },
    ],
    [
      'an array at the top',
      [JSON.parse(TEXT)],
      { path: '$', message: 'should be an object, not a list' },
    ],
    ['null', null, { path: '$', message: 'should be an object, not null' }],
    [
      'missing specVersion',
      broken((s) => delete s.specVersion),
      {
        path: '$.specVersion',
        message:
          'must be 2: this is version 2 of the governance spec (version 1 files are upgraded when read)',
      },
    ],
    [
      'specVersion 3',
      broken((s) => (s.specVersion = 3)),
      {
        path: '$.specVersion',
        message:
          'must be 2: this is version 2 of the governance spec (version 1 files are upgraded when read)',
      },
    ],
    [
      'a name that is a number',
      broken((s) => (s.bodies[ICB].name = 5)),
      { path: `$.bodies[${ICB}].name`, message: 'should be text, not a whole number' },
    ],
    [
      'statutory "yes"',
      broken((s) => (s.bodies[ICB].statutory = 'yes')),
      {
        path: `$.bodies[${ICB}].statutory`,
        message: 'must be true: every integrated care board is a statutory body',
      },
    ],
    [
      'an unknown body kind',
      broken((s) => (s.bodies[ICB].kind = 'spaceship')),
      {
        path: `$.bodies[${ICB}].kind`,
        message: expect.stringMatching(
          /^is "spaceship", which is not one of: dhsc, nhs-england, .*icb, .*pooled-fund$/,
        ),
      },
    ],
    [
      'an unknown relationship kind',
      broken((s) => (s.relationships[0].kind = 'likes')),
      {
        path: '$.relationships[0].kind',
        message: expect.stringMatching(/^is "likes", which is not one of: member-of, /),
      },
    ],
    [
      'an unknown status',
      broken((s) => (s.bodies[ICB].status = 'maybe')),
      {
        path: `$.bodies[${ICB}].status`,
        message: 'is "maybe", which is not one of: proposed, agreed, disputed',
      },
    ],
    [
      'a missing id',
      broken((s) => delete s.footprints[LEEDS].id),
      { path: `$.footprints[${LEEDS}].id`, message: 'is missing' },
    ],
    [
      'an id that is not an id',
      broken((s) => (s.bodies[ICB].id = 'icb 1')),
      {
        path: `$.bodies[${ICB}].id`,
        message: 'is not an id (1–128 letters, digits, ".", "_", ":" or "-")',
      },
    ],
    [
      'a bad footprint level',
      broken((s) => (s.footprints[LEEDS].level = 'county')),
      {
        path: `$.footprints[${LEEDS}].level`,
        message: 'is "county", which is not one of: region, system, place, neighbourhood',
      },
    ],
    [
      'a negative amount',
      broken((s) => (s.relationships[DELEGATION].amountGBP = -100)),
      {
        path: `$.relationships[${DELEGATION}].amountGBP`,
        message: 'is negative',
      },
    ],
    [
      'a date that is not a date',
      broken((s) => (s.bodies[ICB].governance = { reviewDate: '2026-02-30' })),
      { path: `$.bodies[${ICB}].governance.reviewDate`, message: 'is not a date (YYYY-MM-DD)' },
    ],
    [
      'a date-time that is not one',
      broken((s) => (s.map.exportedAt = '15/01/2026')),
      { path: '$.map.exportedAt', message: 'is not an ISO 8601 date-time' },
    ],
    [
      'an unknown extra property',
      broken((s) => (s.bodies[ICB].colour = 'blue')),
      {
        path: `$.bodies[${ICB}].colour`,
        message: 'is not a field of an integrated care board',
      },
    ],
    [
      'a missing list',
      broken((s) => delete s.relationships),
      { path: '$.relationships', message: 'is missing' },
    ],
    [
      'a blank name',
      broken((s) => (s.footprints[LEEDS].name = '  ')),
      { path: `$.footprints[${LEEDS}].name`, message: 'is empty' },
    ],
    [
      'an oversight segment out of range',
      broken((s) => (s.bodies[indexOf('bodies', 'trust-airedale')].oversightSegment = 7)),
      {
        path: `$.bodies[${indexOf('bodies', 'trust-airedale')}].oversightSegment`,
        message: 'is above 5',
      },
    ],
    [
      'a finding with an unknown rule',
      broken((s) =>
        s.validation.errors.push({ rule: 'vibes', severity: 'error', message: 'x', elements: [] }),
      ),
      {
        path: '$.validation.errors[0].rule',
        message: expect.stringMatching(/^is "vibes", which is not one of: /),
      },
    ],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(problemsOf(input)).toContainEqual(expected);
  });
});

describe('parseSpec checks references between elements', () => {
  it('duplicate ids: at the second use, naming the first', () => {
    const body = indexOf('bodies', 'trust-airedale');
    const problems = problemsOf(broken((s) => (s.bodies[body].id = 'fp-place-leeds')));
    expect(problems).toContainEqual({
      path: `$.bodies[${body}].id`,
      message: `"fp-place-leeds" is already the id of “Leeds” ($.footprints[${LEEDS}]); every id must be different`,
    });
  });

  it('a relationship to an unknown body: a problem of the file, at .from or .to', () => {
    const problems = problemsOf(broken((s) => (s.relationships[DELEGATION].to = 'nobody-at-all')));
    expect(problems).toEqual([
      {
        path: `$.relationships[${DELEGATION}].to`,
        message: '"nobody-at-all" is not the id of any body in this spec',
      },
    ]);
  });

  it('a relationship to a footprint, or from a body to itself', () => {
    const problems = problemsOf(
      broken((s) => {
        s.relationships[0].from = 'fp-place-leeds';
        s.relationships[DELEGATION].to = s.relationships[DELEGATION].from;
      }),
    );
    expect(problems).toContainEqual({
      path: '$.relationships[0].from',
      message: '"fp-place-leeds" is “Leeds”, a footprint, not a body',
    });
    expect(problems).toContainEqual({
      path: `$.relationships[${DELEGATION}].to`,
      message: 'is the same body as "from": a body cannot have a relationship with itself',
    });
  });

  it('a footprint parent that is unknown, the footprint itself, or a loop', () => {
    const system = indexOf('footprints', 'fp-west-yorkshire');
    const region = indexOf('footprints', 'fp-north-east-yorkshire');
    expect(problemsOf(broken((s) => (s.footprints[LEEDS].parent = 'fp-atlantis')))).toEqual([
      {
        path: `$.footprints[${LEEDS}].parent`,
        message: '"fp-atlantis" is not the id of any footprint in this spec',
      },
    ]);
    expect(problemsOf(broken((s) => (s.footprints[LEEDS].parent = 'fp-place-leeds')))).toEqual([
      {
        path: `$.footprints[${LEEDS}].parent`,
        message: 'is the footprint itself: a footprint cannot sit inside itself',
      },
    ]);
    const loop = problemsOf(broken((s) => (s.footprints[region].parent = 'fp-place-leeds')));
    expect(loop).toHaveLength(1);
    expect(loop[0]?.path).toMatch(/^\$\.footprints\[\d\]\.parent$/);
    expect(loop[0]?.message).toMatch(
      /^puts this footprint inside itself: “.+” inside .* inside “.+”$/,
    );
    expect([LEEDS, system, region].map((i) => `$.footprints[${i}].parent`)).toContain(
      loop[0]?.path,
    );
  });

  it('a body footprint that is unknown, or is a body', () => {
    const problems = problemsOf(
      broken((s) => {
        s.bodies[ICB].footprint = 'fp-atlantis';
        s.bodies[0].footprint = 'icb-west-yorkshire';
      }),
    );
    expect(problems).toContainEqual({
      path: `$.bodies[${ICB}].footprint`,
      message: '"fp-atlantis" is not the id of any footprint in this spec',
    });
    expect(problems).toContainEqual({
      path: '$.bodies[0].footprint',
      message:
        '"icb-west-yorkshire" is “NHS West Yorkshire Integrated Care Board”, a body, not a footprint',
    });
  });

  it('statutory disagreeing with the kind', () => {
    const fund = indexOf('bodies', 'fund-leeds-bcf');
    const problems = problemsOf(
      broken((s) => {
        s.bodies[ICB].statutory = false;
        s.bodies[fund].statutory = true;
      }),
    );
    expect(problems).toEqual([
      {
        path: `$.bodies[${fund}].statutory`,
        message: 'must be false: no pooled fund is a statutory body',
      },
      {
        path: `$.bodies[${ICB}].statutory`,
        message: 'must be true: every integrated care board is a statutory body',
      },
    ]);
  });

  it('a field the kind does not have, or a value the map cannot hold', () => {
    const trust = indexOf('bodies', 'trust-airedale');
    const problems = problemsOf(
      broken((s) => {
        s.bodies[ICB].sector = 'acute';
        s.bodies[trust].governance = { model: 'joint-committee' };
        s.relationships[DELEGATION].voting = true;
        s.bodies[ICB].name = 'N'.repeat(501);
      }),
    );
    expect(problems).toEqual([
      { path: `$.bodies[${ICB}].name`, message: 'is over 500 characters' },
      { path: `$.bodies[${ICB}].sector`, message: 'is not a field of an integrated care board' },
      {
        path: `$.bodies[${trust}].governance.model`,
        message: 'is not part of a governance spec (unknown property)',
      },
      {
        path: `$.relationships[${DELEGATION}].voting`,
        message: 'is not a field of a “delegates to” relationship',
      },
    ]);
  });
});

describe('parseSpec reports every problem at once', () => {
  it('schema problems across the whole file, each with its path', () => {
    const problems = problemsOf(
      broken((s) => {
        s.specVersion = 3;
        s.bodies[0].kind = 'spaceship';
        s.bodies[1].status = 'maybe';
        s.footprints[0].level = 'county';
        s.relationships[0].amountGBP = -1;
        s.map.title = '';
        s.extra = true;
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        '$.specVersion',
        '$.bodies[0].kind',
        '$.bodies[1].status',
        '$.footprints[0].level',
        '$.relationships[0].amountGBP',
        '$.map.title',
        '$.extra',
        // An unknown version is not upgraded, so version 1's free-text legal bases stay wrong.
        '$.relationships[15].legalBasis',
        '$.relationships[16].legalBasis',
      ].sort(),
    );
  });

  it('structure, fields and references together, in one answer', () => {
    const problems = problemsOf(
      broken((s) => {
        s.bodies[0].kind = 'spaceship';
        s.bodies[ICB].sector = 'acute';
        s.relationships[0].to = 'nobody-at-all';
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      '$.bodies[0].kind',
      `$.bodies[${ICB}].sector`,
      '$.relationships[0].to',
    ]);
  });

  it('every broken reference, in file order', () => {
    const problems = problemsOf(
      broken((s) => {
        s.footprints[LEEDS].parent = 'fp-atlantis';
        s.bodies[ICB].footprint = 'fp-atlantis';
        s.bodies[ICB].statutory = false;
        s.relationships[0].to = 'nobody-at-all';
        s.relationships[1].from = 'nobody-either';
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      `$.footprints[${LEEDS}].parent`,
      `$.bodies[${ICB}].footprint`,
      `$.bodies[${ICB}].statutory`,
      '$.relationships[0].to',
      '$.relationships[1].from',
    ]);
  });
});
