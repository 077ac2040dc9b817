import { describe, expect, it } from 'vitest';
import { collaborativeTooSmall } from './collaborative-too-small.ts';
import { body, rel, subject } from './testSubject.ts';

const collab = body('collab-wyaat', 'provider-collaborative', { name: 'WYAAT', scale: 'at-scale' });
const leeds = body('trust-leedsth', 'nhs-trust', {
  name: 'Leeds Teaching Hospitals',
  sector: 'acute',
});
const bradford = body('trust-bradfordth', 'nhs-trust', {
  name: 'Bradford Teaching Hospitals',
  sector: 'acute',
});
const vcse = body('vcse-forumcentral', 'vcse', { name: 'Forum Central' });

describe('collaborative-too-small', () => {
  it('finds a collaborative with one trust', () => {
    const findings = collaborativeTooSmall(
      subject({
        bodies: [collab, leeds, vcse],
        relationships: [
          rel('member-of', leeds.id, collab.id),
          rel('member-of', vcse.id, collab.id),
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'WYAAT has only one NHS trust as a member (Leeds Teaching Hospitals); a provider collaborative at scale needs at least two NHS trusts.',
    );
    expect(findings[0]?.elements).toEqual([
      collab.id,
      leeds.id,
      `${leeds.id}__member-of__${collab.id}`,
    ]);
  });

  it('finds a collaborative with no trust', () => {
    const findings = collaborativeTooSmall(subject({ bodies: [collab] }));
    expect(findings[0]?.message).toContain('WYAAT has no NHS trust as a member');
  });

  it('leaves a collaborative at place, or of unrecorded scale, to have one trust', () => {
    for (const scale of ['at-place', undefined] as const) {
      const atPlace = { ...collab, scale };
      const findings = collaborativeTooSmall(
        subject({
          bodies: [atPlace, leeds],
          relationships: [rel('member-of', leeds.id, collab.id)],
        }),
      );
      expect(findings).toEqual([]);
    }
  });

  it('accepts two trusts', () => {
    const findings = collaborativeTooSmall(
      subject({
        bodies: [collab, leeds, bradford],
        relationships: [
          rel('member-of', leeds.id, collab.id),
          rel('member-of', bradford.id, collab.id),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
