import { describe, expect, it } from 'vitest';
import { danglingRelationship } from './dangling-relationship.ts';
import { body, footprint, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const committee = body('cttee-leedsctte', 'committee', { name: 'Leeds Committee' });
const leeds = { ...footprint('area-leedsplace', 'place'), name: 'Leeds' };

describe('dangling-relationship', () => {
  it('finds relationships whose ends are not bodies in the spec', () => {
    const findings = danglingRelationship(
      subject({
        footprints: [leeds],
        bodies: [icb],
        relationships: [
          rel('delegates', icb.id, 'cttee-missing'),
          rel('accountable-to', leeds.id, icb.id),
          rel('funds', 'gone-body1', 'gone-body2'),
        ],
      }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'A “delegates to” relationship from West Yorkshire ICB ends at a body that is not in this spec. Add the missing body or remove the relationship.',
      'An “accountable to” relationship to West Yorkshire ICB starts at Leeds, which is an area, not a body. Add the missing body or remove the relationship.',
      'A “funds” relationship joins two ends that are not bodies in this spec. Add the missing body or remove the relationship.',
    ]);
    expect(findings[0]?.elements).toEqual([
      `${icb.id}__delegates__cttee-missing`,
      icb.id,
      'cttee-missing',
    ]);
  });

  it('accepts relationships between bodies', () => {
    const findings = danglingRelationship(
      subject({
        bodies: [icb, committee],
        relationships: [rel('delegates', icb.id, committee.id)],
      }),
    );
    expect(findings).toEqual([]);
  });
});
