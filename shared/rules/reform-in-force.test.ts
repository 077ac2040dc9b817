import { describe, expect, it } from 'vitest';
import { REFORMS } from '../model/reforms.ts';
import { reformInForce, reformInForceWith } from './reform-in-force.ts';
import { subjectAt } from './subjectAt.ts';
import { body, rel, subject } from './testSubject.ts';
import { validateSpec } from './validateSpec.ts';

const icb = body('QWO', 'icb', { name: 'West Yorkshire ICB' });
const mayor = body('wyca', 'local-authority', {
  name: 'West Yorkshire Combined Authority',
  tier: 'mayoral-strategic-authority',
});
const leeds = body('la-leeds', 'local-authority', { name: 'Leeds City Council', tier: 'unitary' });
const healthwatch = body('hw-leeds', 'healthwatch', {
  name: 'Healthwatch Leeds',
  functions: ['patient-and-public-voice', 'social care voice'],
});

const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe('reform-in-force: mayors on ICB boards', () => {
  const seat = rel('member-of', mayor.id, icb.id);

  it('seats a mayor’s strategic authority on an ICB from the 10 Year Health Plan', () => {
    const map = subject({ bodies: [icb, mayor], relationships: [seat] });
    expect(reformInForce(map)).toEqual([]);
    expect(reformInForce(subjectAt(map, '2025-07-03'))).toEqual([]);
    expect(messages(reformInForce(subjectAt(map, '2025-04-01')))).toEqual([
      "West Yorkshire Combined Authority sits on West Yorkshire ICB on 2025-04-01, before mayors (or their representative) sitting on integrated care boards (10 Year Health Plan for England, 3 July 2025): check the ICB's constitution gave the mayor a seat then.",
    ]);
  });

  it('dates an undated check by the seat’s own start', () => {
    const early = rel('member-of', mayor.id, icb.id, { validFrom: '2024-04-01' });
    expect(reformInForce(subject({ bodies: [icb, mayor], relationships: [early] }))).toHaveLength(
      1,
    );
  });

  it('asks a council that is not a strategic authority to nominate instead', () => {
    const map = subject({
      bodies: [icb, leeds],
      relationships: [rel('member-of', leeds.id, icb.id)],
    });
    expect(messages(reformInForce(map))).toEqual([
      "Leeds City Council is drawn as a member of West Yorkshire ICB, but only a mayor's combined or strategic authority sits on an ICB board; a council's seat is the partner member it nominates (draw “nominates”), or record its tier if it is a strategic authority.",
    ]);
  });
});

describe('reform-in-force: Healthwatch’s functions', () => {
  const icbWithVoice = { ...icb, functions: ['Patient voice'] };
  const councilWithVoice = { ...leeds, functions: ['social-care-voice'] };
  const map = subject({ bodies: [healthwatch, icbWithVoice, councilWithVoice] });

  it('leaves them with local Healthwatch and its council while the Health Bill is not in force', () => {
    expect(messages(reformInForce(map))).toEqual([
      'West Yorkshire ICB holds “Patient and public voice in health (local Healthwatch functions)” before it moves to ICBs, which needs the abolition of Healthwatch (Health Bill 2026, a bill not yet in force; Dash review, July 2025); until then local Healthwatch and councils hold it.',
    ]);
  });

  it('moves them to ICBs and councils once the abolition applies, as at the date', () => {
    const enacted = reformInForceWith({
      ...REFORMS,
      'healthwatch-abolition': { ...REFORMS['healthwatch-abolition'], from: '2027-04-01' },
    });
    expect(enacted(subjectAt(map, '2027-03-31')).map((f) => f.elements)).toEqual([[icb.id]]);
    const after = enacted(subjectAt(map, '2027-04-01'));
    expect(after.map((f) => f.elements)).toEqual([
      [healthwatch.id],
      [healthwatch.id],
      [healthwatch.id],
    ]);
    expect(after[0]?.message).toMatch(/^Healthwatch Leeds holds .+, but since the abolition/);
    expect(after[2]?.message).toMatch(/is abolished with .+ “valid to” date/);
    const drawn = subject({
      bodies: [{ ...healthwatch, validTo: '2027-03-31' }, icbWithVoice, councilWithVoice],
      relationships: [rel('succeeded-by', healthwatch.id, icb.id)],
    });
    expect(enacted(subjectAt(drawn, '2027-04-01'))).toEqual([]);
  });

  it('runs among the rules as a warning', () => {
    const { errors, warnings } = validateSpec(map);
    expect(errors.filter((f) => f.rule === 'reform-in-force')).toEqual([]);
    expect(warnings.filter((f) => f.rule === 'reform-in-force')).toHaveLength(1);
  });
});
