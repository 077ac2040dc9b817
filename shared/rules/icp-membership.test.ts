import { describe, expect, it } from 'vitest';
import { icpMembership } from './icp-membership.ts';
import { body, footprint, rel, subject } from './testSubject.ts';

const system = footprint('area-westyorks', 'system');
const leedsArea = footprint('area-leedsplace', 'place', system.id);
const elsewhere = footprint('area-humber', 'system');
const icp = body('icp-westyorks', 'icp', { name: 'West Yorkshire ICP', footprint: system.id });
const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB', footprint: system.id });
const leeds = body('la-leedscity', 'local-authority', {
  name: 'Leeds City Council',
  tier: 'metropolitan-district',
  footprint: leedsArea.id,
});
const district = body('la-harrogate', 'local-authority', {
  name: 'Harrogate',
  tier: 'district',
  footprint: leedsArea.id,
});
const hull = body('la-hullcity', 'local-authority', {
  name: 'Hull City Council',
  tier: 'unitary',
  footprint: elsewhere.id,
});
const combined = body('la-wyca', 'local-authority', {
  name: 'West Yorkshire Combined Authority',
  tier: 'combined-authority',
  footprint: system.id,
});
const footprints = [system, leedsArea, elsewhere];

describe('icp-membership', () => {
  it('reports each missing ICB or upper-tier council of the system, nested places included', () => {
    const findings = icpMembership(
      subject({
        footprints,
        bodies: [icp, icb, leeds, district, combined, hull],
        relationships: [],
      }),
    );
    // Neither the district nor the combined authority (its own case) is required.
    expect(findings.map((f) => f.elements)).toEqual([
      [icp.id, icb.id],
      [icp.id, leeds.id],
    ]);
    expect(findings[1]?.message).toBe(
      'Leeds City Council is not a member of West Yorkshire ICP; an upper-tier council of its system must sit on the integrated care partnership.',
    );
  });

  it('accepts an ICP with its ICB and councils', () => {
    const findings = icpMembership(
      subject({
        footprints,
        bodies: [icp, icb, leeds, district, hull],
        relationships: [rel('member-of', icb.id, icp.id), rel('member-of', leeds.id, icp.id)],
      }),
    );
    expect(findings).toEqual([]);
  });

  it('checks an ICP with no footprint against the whole spec', () => {
    const findings = icpMembership(
      subject({
        footprints,
        bodies: [{ ...icp, footprint: undefined }, icb, leeds, hull],
        relationships: [rel('member-of', icb.id, icp.id), rel('member-of', leeds.id, icp.id)],
      }),
    );
    expect(findings.map((f) => f.elements)).toEqual([[icp.id, hull.id]]);
  });
});
