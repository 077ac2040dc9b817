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
  it('finds a party that cannot be one, in a joint committee or a body run as one', () => {
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
      'Forum Central (voluntary, community or social enterprise) is recorded as a party to the joint committee Leeds Joint Committee, but only NHS England, ICBs, NHS trusts and local authorities can be parties. Forum Central can be a member that is not a party (and vote, if the terms of reference allow).',
    );
  });

  it('lets a member that is not a party vote, and asks for each delegating body to be a party', () => {
    const findings = jointCommitteeParties(
      subject({
        bodies: [icb, council, vcse, joint],
        relationships: [
          rel('member-of', icb.id, joint.id, { party: true }),
          rel('member-of', vcse.id, joint.id, { party: false, voting: true }),
          rel('delegates', icb.id, joint.id, { function: 'adult-social-care' }),
          rel('delegates', council.id, joint.id, { function: 'adult-social-care' }),
        ],
      }),
    );
    expect(findings.map((f) => f.elements)).toEqual([
      [`${council.id}__delegates__${joint.id}`, council.id, joint.id],
    ]);
    expect(findings[0]?.message).toContain('is not recorded as one of its parties');
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
