import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../ydoc/schema.ts';
import { bodyFacts, formatGBP, governanceOf } from './describeBody.ts';

function node(kind: NodeRecord['kind'], attrs: Record<string, unknown>): NodeRecord {
  return { id: 'node-0001', kind, label: 'X', position: { x: 0, y: 0 }, status: 'proposed', attrs };
}

describe('bodyFacts', () => {
  it('says what kind of trust or council a body is', () => {
    expect(
      bodyFacts(node('nhs-trust', { sector: 'acute', foundationTrust: true, odsCode: 'RR8' })),
    ).toEqual(['Acute', 'Foundation trust', 'ODS RR8']);
    expect(bodyFacts(node('local-authority', { tier: 'metropolitan-district' }))).toEqual([
      'Metropolitan district',
    ]);
    expect(bodyFacts(node('pooled-fund', { amountGBP: 12_500_000 }))).toEqual(['£12.5m']);
  });
});

describe('governanceOf', () => {
  it('names the governance model', () => {
    expect(governanceOf(node('place-partnership', { 'governance.model': 'joint-committee' }))).toBe(
      'Joint committee',
    );
    expect(governanceOf(node('icb', {}))).toBeNull();
  });
});

describe('formatGBP', () => {
  it('writes amounts the way finance papers do', () => {
    expect(formatGBP(950)).toBe('£950');
    expect(formatGBP(950_000)).toBe('£950k');
    expect(formatGBP(1_200_000)).toBe('£1.2m');
    expect(formatGBP(250_000_000)).toBe('£250m');
    expect(formatGBP(2_500_000_000)).toBe('£2.5bn');
  });
});
