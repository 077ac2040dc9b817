import { describe, expect, it } from 'vitest';
import { bodyFields, type FieldDef, FOOTPRINT_FIELDS } from '../../../shared/model/fields.ts';
import { formatValue, isEmptyValue } from './formatValue.ts';
import { parseValue, sameValue } from './parseValue.ts';

function field(kind: Parameters<typeof bodyFields>[0], key: string): FieldDef {
  const found = bodyFields(kind).find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key} on ${kind}`);
  return found;
}

const amount = field('pooled-fund', 'amountGBP');
const segment = field('nhs-trust', 'oversightSegment');
const foundation = field('nhs-trust', 'foundationTrust');
const sector = field('nhs-trust', 'sector');
const functions = field('icb', 'functions');
const chair = field('committee', 'governance.chair');
const notes = field('icb', 'notes');
const validFrom = field('icb', 'validFrom');
const population = FOOTPRINT_FIELDS.find((f) => f.key === 'population') as FieldDef;

describe('parseValue', () => {
  it('reads money with a pound sign, commas and spaces', () => {
    expect(parseValue(amount, '£1,250,000')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseValue(amount, ' 1,250,000 ')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseValue(amount, '£ 2 500.50')).toEqual({ ok: true, value: 2500.5 });
  });

  it('reads money written with k, m or bn', () => {
    expect(parseValue(amount, '£1.2m')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseValue(amount, '250k')).toEqual({ ok: true, value: 250_000 });
    expect(parseValue(amount, '1.1bn')).toEqual({ ok: true, value: 1_100_000_000 });
  });

  it('refuses money and numbers that are not numbers, naming the field', () => {
    expect(parseValue(amount, 'a lot')).toEqual({
      ok: false,
      message: 'Amount (£) is not a number',
    });
    expect(parseValue(amount, '1,2,3m4')).toMatchObject({ ok: false });
    expect(parseValue(segment, 'three')).toEqual({
      ok: false,
      message: 'Oversight segment is not a number',
    });
    // Suffixes are for money only.
    expect(parseValue(population, '800k')).toMatchObject({ ok: false });
  });

  it('reads numbers, with thousands separators, without rounding them', () => {
    expect(parseValue(segment, '3')).toEqual({ ok: true, value: 3 });
    expect(parseValue(population, '812,000')).toEqual({ ok: true, value: 812_000 });
    // Left for setAttr to refuse as "not a whole number", rather than silently rounded.
    expect(parseValue(segment, '2.001')).toEqual({ ok: true, value: 2.001 });
  });

  it('reads a list one entry per line, trimmed, without blanks', () => {
    expect(
      parseValue(functions, '  primary medical services commissioning \n\n\r\nestates\n  '),
    ).toEqual({ ok: true, value: ['primary medical services commissioning', 'estates'] });
  });

  it('reads booleans from the tri-state select', () => {
    expect(parseValue(foundation, 'yes')).toEqual({ ok: true, value: true });
    expect(parseValue(foundation, 'no')).toEqual({ ok: true, value: false });
    expect(parseValue(foundation, '')).toEqual({ ok: true, value: undefined });
  });

  it('reads text, choices and dates trimmed', () => {
    expect(parseValue(chair, '  ICB non-executive member ')).toEqual({
      ok: true,
      value: 'ICB non-executive member',
    });
    expect(parseValue(sector, 'acute')).toEqual({ ok: true, value: 'acute' });
    expect(parseValue(validFrom, '2026-04-01')).toEqual({ ok: true, value: '2026-04-01' });
  });

  it('reads blank input of every type as "clear it"', () => {
    for (const f of [amount, segment, foundation, sector, functions, chair, notes, validFrom]) {
      expect(parseValue(f, '   ')).toEqual({ ok: true, value: undefined });
    }
    expect(parseValue(functions, '\n \n')).toEqual({ ok: true, value: undefined });
  });
});

describe('formatValue', () => {
  it('shows money and numbers with thousands separators', () => {
    expect(formatValue(amount, 1_250_000)).toBe('1,250,000');
    expect(formatValue(amount, 2500.5)).toBe('2,500.5');
    expect(formatValue(segment, 3)).toBe('3');
  });

  it('shows lists one per line and booleans as the select values', () => {
    expect(formatValue(functions, ['a', 'b'])).toBe('a\nb');
    expect(formatValue(foundation, true)).toBe('yes');
    expect(formatValue(foundation, false)).toBe('no');
  });

  it('shows nothing for missing values or values of the wrong shape', () => {
    expect(formatValue(chair, undefined)).toBe('');
    expect(formatValue(amount, 'lots')).toBe('');
    expect(formatValue(functions, 'not a list')).toBe('');
    expect(formatValue(chair, { nested: true })).toBe('');
  });

  it('round-trips through parseValue', () => {
    const cases: Array<[FieldDef, unknown]> = [
      [amount, 1_250_000],
      [population, 812_000],
      [functions, ['x', 'y']],
      [foundation, false],
      [sector, 'mental-health'],
      [validFrom, '2026-04-01'],
      [notes, 'Line one\nLine two'],
    ];
    for (const [f, value] of cases) {
      expect(parseValue(f, formatValue(f, value))).toEqual({ ok: true, value });
    }
  });
});

describe('sameValue and isEmptyValue', () => {
  it('compares stored values by content', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue(undefined, undefined)).toBe(true);
    expect(sameValue(1, '1')).toBe(false);
  });

  it('treats undefined, blank and empty lists as empty, and false or 0 as set', () => {
    expect([undefined, null, '', []].map(isEmptyValue)).toEqual([true, true, true, true]);
    expect([false, 0, 'x', ['x']].map(isEmptyValue)).toEqual([false, false, false, false]);
  });
});
