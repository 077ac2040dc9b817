import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/spec/specSchema.ts';
import type { MapSnapshot } from '../../../shared/ydoc/readMap.ts';
import { footprintFinder, groupFindings, ruleTitle } from './groupFindings.ts';

const snapshot: MapSnapshot = {
  title: 'Map',
  nodes: [
    {
      id: 'leeds',
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 0, y: 0 },
      status: 'agreed',
      attrs: {},
    },
    {
      id: 'gp-1',
      kind: 'gp-practice',
      label: 'GP 1',
      parentId: 'leeds',
      position: { x: 0, y: 0 },
      status: 'agreed',
      attrs: {},
    },
    {
      id: 'gp-2',
      kind: 'gp-practice',
      label: 'GP 2',
      parentId: 'leeds',
      position: { x: 0, y: 0 },
      status: 'agreed',
      attrs: {},
    },
    { id: 'icb', kind: 'icb', label: 'ICB', position: { x: 0, y: 0 }, status: 'agreed', attrs: {} },
  ],
  edges: [
    { id: 'rel-1', kind: 'delegates', source: 'gp-1', target: 'icb', status: 'agreed', attrs: {} },
  ],
  invalid: [],
  fieldProblems: [],
};

const finding = (
  rule: Finding['rule'],
  severity: Finding['severity'],
  elements: string[],
  message = `${rule} on ${elements[0]}`,
): Finding => ({
  rule,
  severity,
  message,
  elements,
});

const findings: Finding[] = [
  finding('unaccountable-body', 'warning', ['gp-1']),
  finding('unaccountable-body', 'warning', ['gp-2']),
  finding('unaccountable-body', 'warning', ['icb']),
  finding('delegation-without-holding', 'error', ['rel-1', 'gp-1', 'icb']),
];

describe('groupFindings', () => {
  it('groups by rule with counts, errors first, naming every element once', () => {
    const groups = groupFindings(findings, 'rule', footprintFinder(snapshot));
    expect(groups.map((g) => [g.title, g.findings.length, g.severity])).toEqual([
      ['Delegation without holding', 1, 'error'],
      ['Unaccountable body', 3, 'warning'],
    ]);
    expect(groups[1]?.elementIds).toEqual(['gp-1', 'gp-2', 'icb']);
  });

  it('groups by the footprint of the first element (a relationship by its source)', () => {
    const groups = groupFindings(findings, 'footprint', footprintFinder(snapshot));
    expect(groups.map((g) => [g.title, g.findings.length])).toEqual([
      ['Leeds', 3],
      ['Not in a footprint', 1],
    ]);
    expect(groups[0]?.elementIds).toEqual(['gp-1', 'gp-2', 'rel-1', 'icb']);
  });

  it('keeps only what the filter matches, by words or by rule', () => {
    const byWords = groupFindings(findings, 'rule', footprintFinder(snapshot), 'ON GP-2');
    expect(byWords.flatMap((g) => g.findings)).toEqual([findings[1]]);
    const byRule = groupFindings(findings, 'rule', footprintFinder(snapshot), 'delegation without');
    expect(byRule.map((g) => g.key)).toEqual(['delegation-without-holding']);
  });

  it('groups 5,000 findings into one group a rule', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding(i % 2 ? 'unaccountable-body' : 'no-non-executive', 'warning', [`body-${i}`]),
    );
    const groups = groupFindings(many, 'rule', () => null);
    expect(groups.map((g) => g.findings.length)).toEqual([2500, 2500]);
  });

  it('words a rule id for people', () => {
    expect(ruleTitle('icp-membership')).toBe('Icp membership');
  });
});
