import { describe, expect, it } from 'vitest';
import { body, rel, subject } from './testSubject.ts';
import { trustOutsideCollaborative } from './trust-outside-collaborative.ts';

const collab = body('collab-wyaat', 'provider-collaborative', { name: 'WYAAT' });
const acute = body('trust-leedsth', 'nhs-trust', {
  name: 'Leeds Teaching Hospitals',
  sector: 'acute',
});
const mental = body('trust-leedsyork', 'nhs-trust', {
  name: 'Leeds and York Partnership',
  sector: 'mental-health',
});
const community = body('trust-leedscomm', 'nhs-trust', {
  name: 'Leeds Community Healthcare',
  sector: 'community',
});

describe('trust-outside-collaborative', () => {
  it('warns about acute and mental health trusts outside every collaborative', () => {
    const findings = trustOutsideCollaborative(subject({ bodies: [acute, mental, community] }));
    expect(findings.map((f) => f.elements)).toEqual([[acute.id], [mental.id]]);
    expect(findings[1]?.message).toContain(
      'Leeds and York Partnership is a mental health trust but is not a member of any provider collaborative',
    );
  });

  it('accepts a trust in a collaborative', () => {
    const findings = trustOutsideCollaborative(
      subject({ bodies: [collab, acute], relationships: [rel('member-of', acute.id, collab.id)] }),
    );
    expect(findings).toEqual([]);
  });
});
