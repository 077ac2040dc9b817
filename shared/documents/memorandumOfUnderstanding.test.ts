import { describe, expect, it } from 'vitest';
import { body, rel, testSpec } from '../spec/review/testSpec.ts';
import { sectionText } from './sectionText.ts';
import { mustBuild, WEST_YORKSHIRE } from './testDocuments.ts';

describe('memorandum of understanding', () => {
  const document = mustBuild(
    WEST_YORKSHIRE,
    'memorandum-of-understanding',
    'place-leeds-partnership',
  );

  it('has the sections the issue lists', () => {
    expect(document.sections.map((section) => section.heading)).toEqual([
      'Parties',
      'Purpose',
      'Principles',
      'Scope',
      'Governance',
      'Information sharing',
      'Resources',
      'Duration',
      'Review and exit',
      'Legal status',
      'Open findings',
    ]);
  });

  it('fills parties, scope, governance and information sharing from the map', () => {
    const parties = sectionText(document, 'Parties');
    expect(parties).toContain('Leeds City Council | Local authority | Yes');
    expect(parties).toContain('Healthwatch Leeds | Healthwatch | No');
    expect(sectionText(document, 'Scope')).toContain('covers Leeds, where 812,000 people live.');
    const governance = sectionText(document, 'Governance');
    expect(governance).toContain('works as an ICB committee.');
    expect(governance).toContain(
      'Leader of the partnership: Place lead for Leeds (ICB executive).',
    );
    expect(governance).toContain('answers to NHS West Yorkshire Integrated Care Board.');
    expect(sectionText(document, 'Information sharing')).toContain(
      'Leeds Teaching Hospitals NHS Trust | Leeds City Council | Leeds Care Record data-sharing agreement',
    );
    expect(sectionText(document, 'Review and exit')).toContain('31 March 2026');
    expect(sectionText(document, 'Legal status')).toContain('not legally binding');
  });

  it('leaves purpose, principles and what the map lacks to be agreed', () => {
    expect(sectionText(document, 'Purpose')).toContain('[to be agreed]');
    expect(sectionText(document, 'Principles')).toContain('[to be agreed]');
    const bare = mustBuild(
      testSpec({ bodies: [body('collab-a', 'provider-collaborative', { scale: 'at-scale' })] }),
      'memorandum-of-understanding',
      'collab-a',
    );
    expect(sectionText(bare, 'Parties')).toBe('The parties to this memorandum: [to be agreed].');
    expect(sectionText(bare, 'Scope')).toContain('at scale');
    expect(sectionText(bare, 'Governance')).toContain('The partnership works as [to be agreed].');
    expect(sectionText(bare, 'Duration')).toContain('from [to be agreed]');
  });

  it('writes an ICB cluster’s memorandum: the ICBs as parties, their shared roles, no legal body', () => {
    const spec = testSpec({
      bodies: [
        body('icb-a', 'icb', { name: 'ICB A' }),
        body('icb-b', 'icb', { name: 'ICB B' }),
        body('cluster-a', 'icb-cluster', {
          name: 'Cluster A',
          sharedRoles: ['Joint chair', 'Joint chief executive'],
        }),
      ],
      relationships: [
        rel('member-of', 'icb-a', 'cluster-a'),
        rel('member-of', 'icb-b', 'cluster-a'),
      ],
    });
    const cluster = mustBuild(spec, 'memorandum-of-understanding', 'cluster-a');
    expect(sectionText(cluster, 'Parties')).toContain('ICB B | Integrated care board');
    const governance = sectionText(cluster, 'Governance');
    expect(governance).toContain('Each ICB keeps its own board');
    expect(governance).toContain('Joint chief executive');
    expect(sectionText(cluster, 'Legal status')).toContain('The ICB cluster is not a legal body');
  });
});
