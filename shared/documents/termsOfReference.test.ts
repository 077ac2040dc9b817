import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../spec/review/testSpec.ts';
import { sectionText } from './sectionText.ts';
import { mustBuild, WEST_YORKSHIRE, withFindings } from './testDocuments.ts';

describe('terms of reference', () => {
  const document = mustBuild(WEST_YORKSHIRE, 'terms-of-reference', 'committee-wy-mh-joint');

  it('puts each of the map’s values in its section', () => {
    expect(document.title).toBe('Terms of reference: West Yorkshire Mental Health Joint Committee');
    expect(sectionText(document, 'Constitution and statutory basis')).toContain(
      'Statutory basis: National Health Service Act 2006, section 65Z5.',
    );
    const delegated = sectionText(document, 'Delegated functions and limits');
    expect(delegated).toContain(
      'adult secure mental health services commissioning | NHS West Yorkshire Integrated Care Board | Joint exercise of functions (NHS Act 2006 s65Z5) | £60,000,000',
    );
    const members = sectionText(document, 'Membership and voting');
    // The fixture marks no parties: the Party column says so rather than guessing.
    expect(members).toContain('Member | Kind of body | Party | Voting');
    expect(members).toContain(
      'Leeds and York Partnership NHS Foundation Trust | NHS trust | [to be agreed] | Yes',
    );
    expect(members).toContain('Non-executive members: 3.');
    expect(sectionText(document, 'Chair')).toContain(
      'Chair: Independent chair appointed by the members.',
    );
    expect(sectionText(document, 'Quorum')).toBe('Quorum: One voting member from each party.');
    expect(sectionText(document, 'Reporting')).toContain(
      'reports to NHS West Yorkshire Integrated Care Board',
    );
    expect(sectionText(document, 'Review')).toContain('by 31 March 2026.');
  });

  it('has the sections the issue lists, in order, ending with open findings', () => {
    expect(document.sections.map((section) => section.heading)).toEqual([
      'Constitution and statutory basis',
      'Delegated functions and limits',
      'Reserved matters',
      'Membership and voting',
      'Chair',
      'Quorum',
      'Decision making',
      'Conflicts of interest',
      'Reporting',
      'Review',
      'Open findings',
    ]);
  });

  it('marks what the map does not say as to be agreed', () => {
    // The joint committee's reserved matters are not on the map.
    expect(sectionText(document, 'Reserved matters')).toContain('[to be agreed]');
    const bare = testSpec({ bodies: [body('committee-bare', 'committee')] });
    const empty = mustBuild(bare, 'terms-of-reference', 'committee-bare');
    for (const heading of ['Chair', 'Quorum', 'Conflicts of interest', 'Review']) {
      expect(sectionText(empty, heading), heading).toContain('[to be agreed]');
    }
    expect(sectionText(empty, 'Membership and voting')).toContain(
      'The members of the committee: [to be agreed].',
    );
  });

  it('lists the findings that name the committee or a relationship it draws on, and no others', () => {
    const spec = withFindings(
      testSpec({
        bodies: [
          body('icb-a', 'icb', { functions: ['acute services commissioning'] }),
          body('vcse-a', 'vcse'),
          body('committee-a', 'committee', { committeeType: 'joint-committee' }),
          body('committee-b', 'committee', { committeeType: 'board-committee' }),
        ],
        relationships: [
          rel('member-of', 'vcse-a', 'committee-a', { voting: true }),
          rel('member-of', 'icb-a', 'committee-a', { voting: true }),
          rel('delegates', 'icb-a', 'committee-a', {
            function: 'community services commissioning',
          }),
          rel('accountable-to', 'committee-b', 'icb-a'),
        ],
      }),
    );
    const findings = sectionText(
      mustBuild(spec, 'terms-of-reference', 'committee-a'),
      'Open findings',
    );
    expect(findings).toContain('(delegation-without-holding)');
    expect(findings).toContain('Error');
    const other = sectionText(
      mustBuild(spec, 'terms-of-reference', 'committee-b'),
      'Open findings',
    );
    expect(other).toBe('No open findings of the agreed map affect this document.');
  });

  it('says a committee in common decides for its own organisation only', () => {
    const collab = mustBuild(WEST_YORKSHIRE, 'terms-of-reference', 'collab-wy-acute');
    expect(sectionText(collab, 'Constitution and statutory basis')).toContain(
      'each decides for its own organisation only',
    );
    expect(sectionText(collab, 'Reserved matters')).toContain('Capital investment over £10m');
  });

  it('gives an integrated care partnership its statutory basis and its councils as parties', () => {
    const icp = mustBuild(WEST_YORKSHIRE, 'terms-of-reference', 'icp-west-yorkshire');
    const basis = sectionText(icp, 'Constitution and statutory basis');
    expect(basis).toContain(
      'Statutory basis: Local Government and Public Involvement in Health Act 2007, section 116ZA.',
    );
    expect(basis).toContain(
      'of Calderdale Council, City of Bradford Metropolitan District Council,',
    );
    expect(sectionText(icp, 'Decision making')).toContain('integrated care strategy');
  });

  it('takes a joint committee’s parties from the members marked as parties', () => {
    const spec = testSpec({
      bodies: [
        body('icb-a', 'icb', { name: 'ICB A' }),
        body('council-a', 'local-authority', { name: 'Council A' }),
        body('trust-a', 'nhs-trust', { name: 'Trust A' }),
        body('committee-a', 'committee', { committeeType: 'joint-committee', name: 'Joint A' }),
      ],
      relationships: [
        rel('member-of', 'icb-a', 'committee-a', { party: true, voting: true }),
        rel('member-of', 'council-a', 'committee-a', { party: true, voting: true }),
        rel('member-of', 'trust-a', 'committee-a', { party: false, voting: false }),
      ],
    });
    const joint = mustBuild(spec, 'terms-of-reference', 'committee-a');
    expect(sectionText(joint, 'Constitution and statutory basis')).toContain(
      'Joint A is a joint committee of Council A and ICB A.',
    );
    expect(sectionText(joint, 'Membership and voting')).toContain('Trust A | NHS trust | No | No');
  });
});
