import { describe, expect, it } from 'vitest';
import { delegationToAdvisory } from './delegation-to-advisory.ts';
import { body, rel, subject } from './testSubject.ts';

const icb = body('icb-westyorks', 'icb', {
  name: 'West Yorkshire ICB',
  functions: ['Urgent care'],
});
const forum = body('place-leedsforum', 'place-partnership', {
  name: 'Leeds Forum',
  governance: { model: 'consultative-forum' },
});
const group = body('cttee-advisory', 'committee', {
  name: 'Clinical Advice',
  committeeType: 'advisory-group',
});
const joint = body('place-leedsjoint', 'place-partnership', {
  name: 'Leeds Joint Committee',
  governance: { model: 'joint-committee' },
});

describe('delegation-to-advisory', () => {
  it('finds delegation to an advisory model or an advisory committee', () => {
    const findings = delegationToAdvisory(
      subject({
        bodies: [icb, forum, group],
        relationships: [
          rel('delegates', icb.id, forum.id, { function: 'Urgent care' }),
          rel('delegates', icb.id, group.id),
        ],
      }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'West Yorkshire ICB delegates “Urgent care” to Leeds Forum, but Leeds Forum is a consultative forum: it can advise but cannot take delegated decisions.',
      'West Yorkshire ICB delegates decisions to Clinical Advice, but Clinical Advice is an advisory group: it can advise but cannot take delegated decisions.',
    ]);
  });

  it('accepts delegation to a joint committee', () => {
    const findings = delegationToAdvisory(
      subject({
        bodies: [icb, joint],
        relationships: [rel('delegates', icb.id, joint.id, { function: 'Urgent care' })],
      }),
    );
    expect(findings).toEqual([]);
  });
});
