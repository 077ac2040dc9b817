import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStatus } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode, renameNode } from '../../shared/ydoc/nodes.ts';
import { selectedParents } from '../app/EditToolbar.tsx';
import { arrangedIds, nodeParents } from '../canvas/commands/arrangedIds.ts';
import { buildLegend } from '../export/legend.ts';
import { createMapStore } from '../store/mapStore.ts';
import { selectedRecords } from './inspector/inspectedElement.ts';
import { sameItems } from './useMapSlice.ts';
import { kindsKey, legendOfKey } from './useShownLegend.ts';

const origin = { kind: 'local', participantId: 'p1' } as const;

/** A map of a footprint holding a committee, and 50 trusts accountable to it. */
function smallMap() {
  const doc = new Y.Doc();
  const place = addNode(doc, origin, {
    kind: 'footprint',
    label: 'Leeds',
    position: { x: 0, y: 0 },
  });
  const committee = addNode(doc, origin, {
    kind: 'committee',
    label: 'Leeds Place Committee',
    position: { x: 10, y: 10 },
    parentId: place,
  });
  const trusts = Array.from({ length: 50 }, (_, i) =>
    addNode(doc, origin, { kind: 'nhs-trust', label: `Trust ${i}`, position: { x: i, y: 99 } }),
  );
  const connected = connect(doc, origin, {
    kind: 'accountable-to',
    source: trusts[0] ?? '',
    target: committee,
  });
  if (!connected.ok) throw new Error('the trust could not be connected');
  const edge = connected.id;
  return { doc, store: createMapStore(doc), place, committee, trusts, edge };
}

describe('what the panels select from the map', () => {
  it('the inspector’s selected records stay equal when another body is renamed', () => {
    const { doc, store, committee, trusts, edge } = smallMap();
    const selected = [committee, edge];
    const before = selectedRecords(store.getState(), selected);
    expect(before.map((entry) => entry.id)).toEqual(selected);
    renameNode(doc, origin, trusts[7] ?? '', 'Renamed trust');
    expect(sameItems(selectedRecords(store.getState(), selected), before)).toBe(true);
    renameNode(doc, origin, committee, 'Leeds Health and Care Committee');
    const after = selectedRecords(store.getState(), selected);
    expect(sameItems(after, before)).toBe(false);
    expect(after[0]?.node?.label).toBe('Leeds Health and Care Committee');
    store.destroy();
  });

  it('the legend’s key does not change on a rename or a status, only with the kinds used', () => {
    const { doc, store, trusts } = smallMap();
    const key = kindsKey(store.getState().snapshot);
    renameNode(doc, origin, trusts[3] ?? '', 'Renamed trust');
    setStatus(doc, origin, [{ collection: 'nodes', id: trusts[4] ?? '' }], 'agreed');
    expect(kindsKey(store.getState().snapshot)).toBe(key);
    addNode(doc, origin, { kind: 'icb', label: 'West Yorkshire ICB', position: { x: 0, y: 0 } });
    const now = store.getState().snapshot;
    expect(kindsKey(now)).not.toBe(key);
    expect(legendOfKey(kindsKey(now))).toEqual(buildLegend(now));
    store.destroy();
  });

  it('counts what Arrange moves as the whole map’s parents would', () => {
    const { store, place, committee, trusts } = smallMap();
    const state = store.getState();
    for (const chosen of [[place, committee], [committee, trusts[1] ?? ''], [trusts[2] ?? '']]) {
      expect(arrangedIds(chosen, selectedParents(state, chosen))).toEqual(
        arrangedIds(chosen, nodeParents(state.snapshot)),
      );
    }
    store.destroy();
  });
});
