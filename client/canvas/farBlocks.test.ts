import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import { FarBlocks, type ShownState } from './farBlocks.ts';
import { SHOW_ALL, type ViewFilter } from './toFlow.ts';

function record(id: string, label: string, patch: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id,
    kind: 'nhs-trust',
    label,
    status: 'proposed',
    position: { x: 0, y: 0 },
    attrs: {},
    ...patch,
  } as NodeRecord;
}

/** Blocks over a map whose records, filter and renames the test changes as it goes. */
function blocksOver(records: NodeRecord[]) {
  const world = {
    state: { nodeById: new Map(records.map((r) => [r.id, r])) } as unknown as ShownState,
    filter: SHOW_ALL as ViewFilter,
    renaming: new Set<string>(),
  };
  const made = new FarBlocks();
  // Each read a pass of its own, over the inputs as they are then.
  return { world, blocks: { get: (id: string) => made.at(world).get(id) } };
}

describe('FarBlocks', () => {
  it('reads a body’s block from its record, and none for a footprint or a missing id', () => {
    const { blocks } = blocksOver([
      record('a', 'Northshire Trust', { status: 'agreed' }),
      record('f', 'Place', { kind: 'footprint' } as Partial<NodeRecord>),
    ]);
    expect(blocks.get('a')).toEqual({
      label: 'Northshire Trust',
      kind: 'nhs-trust',
      status: 'agreed',
      dimmed: false,
      change: undefined,
      renaming: false,
    });
    expect(blocks.get('f')).toBeUndefined();
    expect(blocks.get('nobody')).toBeUndefined();
  });

  it('keeps a block while nothing of its body changed, and makes a new one when it did', () => {
    const { world, blocks } = blocksOver([record('a', 'Trust'), record('b', 'Council')]);
    const first = blocks.get('a');
    expect(blocks.get('a')).toBe(first);

    // Another body renamed: this one's block is the same object.
    world.state = {
      nodeById: new Map([
        ['a', world.state.nodeById.get('a') as NodeRecord],
        ['b', record('b', 'County council')],
      ]),
    } as unknown as ShownState;
    expect(blocks.get('a')).toBe(first);
    expect(blocks.get('b')?.label).toBe('County council');

    // Renamed itself.
    world.state = {
      nodeById: new Map([['a', record('a', 'Northshire Trust')]]),
    } as unknown as ShownState;
    const renamed = blocks.get('a');
    expect(renamed).not.toBe(first);
    expect(renamed?.label).toBe('Northshire Trust');

    // Faded by the filter, changed in a compared version, being renamed: each a new block.
    world.filter = { ...SHOW_ALL, shownStatuses: new Set(['agreed']) };
    const faded = blocks.get('a');
    expect(faded).toMatchObject({ dimmed: true });
    world.state = { ...world.state, changes: new Map([['a', 'changed']]) } as ShownState;
    const changed = blocks.get('a');
    expect(changed).not.toBe(faded);
    expect(changed?.change).toBe('changed');
    world.renaming = new Set(['a']);
    expect(blocks.get('a')).toMatchObject({ renaming: true, dimmed: true, change: 'changed' });
  });
});
