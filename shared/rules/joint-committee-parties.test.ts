import { describe, expect, it } from 'vitest';
import { jointCommitteeParties } from './joint-committee-parties.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', { name: 'West Yorkshire ICB' });
const council = body('la-leedscity', 'local-authority', {
  name: 'Leeds City Council',
  tier: 'metropolitan-district',
});
const vcse = body('vcse-forumcentral', 'vcse', { name: 'Forum Central' });
const joint = body('cttee-leedsjoint', 'committee', {
  name: 'Leeds Joint Committee',
  committeeType: 'joint-committee',
});
const jointPlace = body('place-leedsplace', 'place-partnership', {
  name: 'Leeds Place',
  governance: { model: 'joint-committee' },
});

describe('joint-committee-parties', () => {
  it('finds a voting member that cannot vote, in a joint committee or a body run as one', () => {
    const findings = jointCommitteeParties(
      subject({
        bodies: [icb, vcse, joint, jointPlace],
        relationships: [
          rel('member-of', icb.id, joint.id),
          rel('member-of', vcse.id, joint.id),
          rel('member-of', vcse.id, jointPlace.id, { voting: true }),
        ],
      }),
    );
    expect(findings.map((f) => f.elements)).toEqual([
      [`${vcse.id}__member-of__${joint.id}`, vcse.id, joint.id],
      [`${vcse.id}__member-of__${jointPlace.id}`, vcse.id, jointPlace.id],
    ]);
    expect(findings[0]?.message).toBe(
      'Forum Central (voluntary, community or social enterprise) is a voting member of the joint committee Leeds Joint Committee, but only NHS England, ICBs, NHS trusts and local authorities can vote in a joint committee. Forum Central can attend without a vote.',
    );
  });

  it('accepts statutory parties and non-voting attendees', () => {
    const findings = jointCommitteeParties(
      subject({
        bodies: [icb, council, vcse, joint],
        relationships: [
          rel('member-of', icb.id, joint.id),
          rel('member-of', council.id, joint.id),
          rel('member-of', vcse.id, joint.id, { voting: false }),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
