import type { NodeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { sameCardProps } from './sameCardProps.ts';

const card: NodeProps = {
  id: 'icb',
  type: 'body',
  data: { kind: 'icb' },
  selected: false,
  isConnectable: true,
  selectable: true,
  draggable: true,
  deletable: true,
  dragging: false,
  zIndex: 0,
  positionAbsoluteX: 10,
  positionAbsoluteY: 20,
};

describe('sameCardProps', () => {
  it('draws a card again for a new id, selection or connecting', () => {
    expect(sameCardProps(card, { ...card, id: 'trust' })).toBe(false);
    expect(sameCardProps(card, { ...card, selected: true })).toBe(false);
    expect(sameCardProps(card, { ...card, isConnectable: false })).toBe(false);
  });

  it('does not for its measured size, its place, its stacking or a drag', () => {
    expect(sameCardProps(card, { ...card, width: 220, height: 96 })).toBe(true);
    expect(sameCardProps(card, { ...card, positionAbsoluteX: 400, positionAbsoluteY: -3 })).toBe(
      true,
    );
    expect(sameCardProps(card, { ...card, zIndex: 1000, dragging: true })).toBe(true);
  });
});
