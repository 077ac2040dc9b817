import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addNode, mapDoc, readMap, setAttr } from '../../shared/ydoc/index.ts';
import { testSession } from '../helpers/session.ts';
import { waitFor } from '../helpers/startServer.ts';

const { server, client } = testSession();

const alicesOrigin = { kind: 'local', participantId: 'alice' } as const;
const bobsOrigin = { kind: 'local', participantId: 'bob' } as const;

/** A node's attributes as a reader sees them (validated, as the inspector gets them). */
function attrsOf(doc: Y.Doc, id: string): Record<string, unknown> | undefined {
  return readMap(doc).nodes.find((n) => n.id === id)?.attrs;
}

describe('editing fields of one body together', () => {
  it('keeps every edit when two people set different fields at the same time', async () => {
    const s = await server();
    const map = await s.createMap('Fields');
    const alice = await client(s, map.id, map.tokens.owner);
    const bob = await client(s, map.id, map.tokens.editor);
    const trust = addNode(alice.doc, alicesOrigin, {
      kind: 'nhs-trust',
      label: 'Leeds Teaching Hospitals',
      position: { x: 0, y: 0 },
    });
    await waitFor(() => mapDoc(bob.doc).nodes.has(trust), 5_000, 'the trust at Bob');
    const ref = { collection: 'nodes', id: trust } as const;

    // All four writes happen in one turn of the event loop: neither has seen the other's.
    const results = [
      setAttr(alice.doc, alicesOrigin, ref, 'sector', 'acute'),
      setAttr(alice.doc, alicesOrigin, ref, 'governance.chair', 'Trust chair'),
      setAttr(bob.doc, bobsOrigin, ref, 'governance.quorum', '4, including 2 non-executives'),
      setAttr(bob.doc, bobsOrigin, ref, 'notes', 'Agreed at the March workshop'),
    ];
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: true }]);
    expect(attrsOf(alice.doc, trust)).not.toHaveProperty('notes');
    expect(attrsOf(bob.doc, trust)).not.toHaveProperty('sector');

    const all = {
      sector: 'acute',
      'governance.chair': 'Trust chair',
      'governance.quorum': '4, including 2 non-executives',
      notes: 'Agreed at the March workshop',
    };
    await waitFor(
      () =>
        Object.keys(attrsOf(alice.doc, trust) ?? {}).length === 4 &&
        Object.keys(attrsOf(bob.doc, trust) ?? {}).length === 4,
      5_000,
      'both clients to have all four fields',
    );
    expect(attrsOf(alice.doc, trust)).toEqual(all);
    expect(attrsOf(bob.doc, trust)).toEqual(all);

    const carol = await client(s, map.id, map.tokens.viewer);
    expect(attrsOf(carol.doc, trust)).toEqual(all);
  });

  it('never sends a refused value to anyone', async () => {
    const s = await server();
    const map = await s.createMap('Refused');
    const alice = await client(s, map.id, map.tokens.editor);
    const bob = await client(s, map.id, map.tokens.editor);
    const fund = addNode(alice.doc, alicesOrigin, {
      kind: 'pooled-fund',
      label: 'Better Care Fund',
      position: { x: 0, y: 0 },
    });
    const ref = { collection: 'nodes', id: fund } as const;
    expect(setAttr(alice.doc, alicesOrigin, ref, 'amountGBP', 1_250_000)).toEqual({ ok: true });
    await waitFor(() => attrsOf(bob.doc, fund)?.amountGBP === 1_250_000, 5_000, 'the amount');

    const before = alice.doc.store.clients.get(alice.doc.clientID)?.length;
    const refused = [
      setAttr(alice.doc, alicesOrigin, ref, 'amountGBP', -5),
      setAttr(alice.doc, alicesOrigin, ref, 'fundType', 'piggy-bank'),
      setAttr(alice.doc, alicesOrigin, ref, 'governance.nonExecutiveMembers', 1.5),
      setAttr(alice.doc, alicesOrigin, ref, 'noSuchField', 'x'),
    ];
    for (const result of refused) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toBe('');
    }
    expect(refused[0]).toEqual({ ok: false, message: 'Amount (£) is negative' });
    // Nothing was written locally, so there is nothing to send.
    expect(alice.doc.store.clients.get(alice.doc.clientID)?.length).toBe(before);

    // A later accepted edit arrives after anything sent before it: once Bob has it, he would
    // also have any refused value had it been sent.
    setAttr(alice.doc, alicesOrigin, ref, 'fundType', 's75');
    await waitFor(() => attrsOf(bob.doc, fund)?.fundType === 's75', 5_000, 'the fund type');
    const raw = mapDoc(bob.doc).nodes.get(fund)?.get('attrs') as Y.Map<unknown>;
    expect(raw.toJSON()).toEqual({ amountGBP: 1_250_000, fundType: 's75' });
    expect(readMap(bob.doc).fieldProblems).toEqual([]);
  });

  it('clears a field for everyone, and refuses to clear a required one', async () => {
    const s = await server();
    const map = await s.createMap('Clearing');
    const alice = await client(s, map.id, map.tokens.editor);
    const bob = await client(s, map.id, map.tokens.editor);
    const place = addNode(alice.doc, alicesOrigin, {
      kind: 'footprint',
      label: 'Leeds',
      position: { x: 0, y: 0 },
      attrs: { level: 'place' },
    });
    const ref = { collection: 'nodes', id: place } as const;
    setAttr(alice.doc, alicesOrigin, ref, 'population', 812_000);
    await waitFor(() => attrsOf(bob.doc, place)?.population === 812_000, 5_000, 'population');

    expect(setAttr(bob.doc, bobsOrigin, ref, 'population', undefined)).toEqual({ ok: true });
    expect(setAttr(bob.doc, bobsOrigin, ref, 'level', '')).toEqual({
      ok: false,
      message: 'Level is required.',
    });
    await waitFor(() => !('population' in (attrsOf(alice.doc, place) ?? {})), 5_000, 'cleared');
    expect(attrsOf(alice.doc, place)).toEqual({ level: 'place' });
  });
});
