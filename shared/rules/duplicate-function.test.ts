import { describe, expect, it } from 'vitest';
import { duplicateFunction } from './duplicate-function.ts';
import { body, footprint, rel, subject } from './testSubject.ts';

const leeds = { ...footprint('area-leedsplace', 'place'), name: 'Leeds' };
const fn = 'Community services commissioning';
const icb = body('icb-westyorks', 'icb', {
  name: 'West Yorkshire ICB',
  footprint: leeds.id,
  functions: [fn],
});
const council = body('la-leedscity', 'local-authority', {
  name: 'Leeds City Council',
  footprint: leeds.id,
  functions: [` ${fn.toLowerCase()}`],
});
const joint = body('cttee-leedsjoint', 'committee', {
  name: 'Leeds Joint Committee',
  committeeType: 'joint-committee',
});

describe('duplicate-function', () => {
  it('warns when two bodies in one footprint hold the same function', () => {
    const findings = duplicateFunction(subject({ footprints: [leeds], bodies: [icb, council] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.elements).toEqual([icb.id, council.id].sort());
    expect(findings[0]?.message).toContain('both hold “Community services commissioning” in Leeds');
  });

  it('accepts a delegation between them, a shared joint committee, or different footprints', () => {
    const delegated = subject({
      footprints: [leeds],
      bodies: [icb, council],
      relationships: [rel('delegates', icb.id, council.id, { function: fn })],
    });
    const sharedCommittee = subject({
      footprints: [leeds],
      bodies: [icb, council, joint],
      relationships: [rel('member-of', icb.id, joint.id), rel('member-of', council.id, joint.id)],
    });
    const apart = subject({ bodies: [icb, { ...council, footprint: undefined }] });
    expect(duplicateFunction(delegated)).toEqual([]);
    expect(duplicateFunction(sharedCommittee)).toEqual([]);
    expect(duplicateFunction(apart)).toEqual([]);
  });
});
