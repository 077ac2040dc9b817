import { describe, expect, it } from 'vitest';
import { accountabilityTree } from './accountabilityTree.ts';
import type { AccountabilityNode } from './reviewTypes.ts';
import { indexSpec } from './specIndex.ts';
import { body, rel, testSpec } from './testSpec.ts';

const tree = (parts: Parameters<typeof testSpec>[0]) => {
  const spec = testSpec(parts);
  return accountabilityTree(spec, indexSpec(spec));
};

/** The tree as indented lines: "name [loop] (stop)". */
function lines(nodes: readonly AccountabilityNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.name}${node.inCycle ? ' [loop]' : ''}${node.stop ? ` (${node.stop})` : ''}`,
    ...lines(node.children, depth + 1),
  ]);
}

const committee = (id: string) => body(id, 'committee', { name: `Committee ${id}` });

describe('accountabilityTree', () => {
  it('shows a loop nothing leads out of once, from one of its bodies, and marks it', () => {
    const result = tree({
      bodies: [committee('a'), committee('b'), committee('c'), committee('d')],
      relationships: [
        rel('accountable-to', 'a', 'b'),
        rel('accountable-to', 'b', 'c'),
        rel('accountable-to', 'c', 'a'),
        rel('accountable-to', 'd', 'b'),
      ],
    });
    expect(lines(result.roots)).toEqual([
      'Committee a [loop]',
      '  Committee c [loop]',
      '    Committee b [loop]',
      '      Committee a [loop] (loops-back)',
      '      Committee d',
    ]);
    expect(result.cycles).toEqual([['Committee a', 'Committee b', 'Committee c']]);
  });

  it('marks a body accountable to itself', () => {
    const result = tree({
      bodies: [committee('a')],
      relationships: [rel('accountable-to', 'a', 'a')],
    });
    expect(lines(result.roots)).toEqual([
      'Committee a [loop]',
      '  Committee a [loop] (loops-back)',
    ]);
    expect(result.cycles).toEqual([['Committee a']]);
  });

  it('shows a loop reached from two roots once, and points back to it the second time', () => {
    const result = tree({
      bodies: [committee('r1'), committee('r2'), committee('x'), committee('y')],
      relationships: [
        rel('accountable-to', 'x', 'r1'),
        rel('accountable-to', 'y', 'r2'),
        rel('accountable-to', 'x', 'y'),
        rel('accountable-to', 'y', 'x'),
      ],
    });
    expect(lines(result.roots)).toEqual([
      'Committee r1',
      '  Committee x [loop]',
      '    Committee y [loop]',
      '      Committee x [loop] (loops-back)',
      'Committee r2',
      '  Committee y [loop] (shown-above)',
    ]);
  });

  it('shows a body accountable to two bodies under both', () => {
    const result = tree({
      bodies: [body('icb', 'icb'), body('council', 'local-authority'), committee('joint')],
      relationships: [
        rel('accountable-to', 'joint', 'icb'),
        rel('accountable-to', 'joint', 'council'),
      ],
    });
    expect(lines(result.roots)).toEqual([
      'council',
      '  Committee joint',
      'icb',
      '  Committee joint',
    ]);
  });

  it('finishes on a long chain that ends in a loop', () => {
    const ids = Array.from({ length: 300 }, (_, n) => `body-${String(n).padStart(4, '0')}`);
    const result = tree({
      bodies: ids.map(committee),
      relationships: [
        ...ids.slice(1).map((id, n) => rel('accountable-to', id, ids[n] as string)),
        rel('accountable-to', ids[0] as string, ids[299] as string),
      ],
    });
    expect(result.cycles).toHaveLength(1);
    expect(result.cycles[0]).toHaveLength(300);
    expect(lines(result.roots)).toHaveLength(301);
  });

  it('lists bodies with no accountability line, and ignores edges to bodies not in the spec', () => {
    const result = tree({
      bodies: [committee('a'), body('trust', 'nhs-trust', { name: 'Leeds Teaching Hospitals' })],
      relationships: [rel('accountable-to', 'a', 'gone')],
    });
    expect(result.roots).toEqual([]);
    expect(result.unlinked.map((b) => b.name)).toEqual(['Committee a', 'Leeds Teaching Hospitals']);
  });
});
