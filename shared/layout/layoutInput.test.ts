import { describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../ydoc/schema.ts';
import { toLayoutEdges, toLayoutNodes, UNMEASURED_BODY_SIZE } from './layoutInput.ts';

const record = (id: string, extra: Partial<NodeRecord> = {}): NodeRecord => ({
  id,
  kind: 'icb',
  label: id,
  position: { x: 1, y: 2 },
  status: 'proposed',
  attrs: {},
  ...extra,
});

const relationship = (id: string, kind: EdgeRecord['kind']): EdgeRecord => ({
  id,
  kind,
  source: 'junior',
  target: 'senior',
  status: 'proposed',
  attrs: {},
});

describe('toLayoutNodes', () => {
  it('prefers the measured size, then the given size, then a typical card', () => {
    const nodes = toLayoutNodes(
      [record('measured'), record('sized'), record('hidden', { parentId: 'fp' })],
      [
        { id: 'measured', measured: { width: 240, height: 96 }, width: 10, height: 10 },
        { id: 'sized', width: 180, height: 60 },
      ],
    );
    expect(nodes.map(({ width, height }) => [width, height])).toEqual([
      [240, 96],
      [180, 60],
      [UNMEASURED_BODY_SIZE.width, UNMEASURED_BODY_SIZE.height],
    ]);
    expect(nodes[2]).toMatchObject({ parentId: 'fp', position: { x: 1, y: 2 } });
    expect(nodes[0]).not.toHaveProperty('parentId');
  });

  it('gives an unmeasured footprint its stored size, or its level’s default', () => {
    const nodes = toLayoutNodes(
      [
        record('stored', { kind: 'footprint', size: { w: 900, h: 500 } }),
        record('system', { kind: 'footprint', attrs: { level: 'system' } }),
        record('odd', { kind: 'footprint', attrs: { level: 'galaxy' } }),
      ],
      [],
    );
    expect(nodes.map(({ width, height }) => [width, height])).toEqual([
      [900, 500],
      [1100, 700],
      [860, 460],
    ]);
  });
});

describe('toLayoutEdges', () => {
  it('puts the senior body first for relationships drawn upwards', () => {
    const edges = toLayoutEdges([
      relationship('a', 'accountable-to'),
      relationship('m', 'member-of'),
      relationship('d', 'delegates'),
    ]);
    expect(edges).toEqual([
      { id: 'a', source: 'senior', target: 'junior' },
      { id: 'm', source: 'senior', target: 'junior' },
      { id: 'd', source: 'junior', target: 'senior' },
    ]);
  });
});
