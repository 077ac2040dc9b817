import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../shared/versions/diffSnapshots.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';
import { withGhosts } from './withGhosts.ts';

function node(id: string, fields: Partial<NodeRecord> = {}): NodeRecord {
  return {
    id,
    kind: 'nhs-trust',
    label: id,
    position: { x: 0, y: 0 },
    status: 'proposed',
    attrs: {},
    ...fields,
  };
}

function edge(id: string, source: string, target: string): EdgeRecord {
  return { id, kind: 'accountable-to', source, target, status: 'proposed', attrs: {} };
}

function snapshot(nodes: NodeRecord[], edges: EdgeRecord[] = []): MapSnapshot {
  return { title: 'Leeds', nodes, edges, invalid: [], fieldProblems: [] };
}

const ICB = 'icb-west-yorkshire';
const PLACE = 'footprint-leeds';
const TRUST = 'trust-leeds-teaching';
const PCN = 'pcn-leeds-central';

describe('withGhosts', () => {
  it('adds what was removed, where it was, to the map now', () => {
    const before = snapshot(
      [
        node(ICB, { kind: 'icb' }),
        node(PLACE, { kind: 'footprint', attrs: { level: 'place' } }),
        node(TRUST, { parentId: PLACE, position: { x: 40, y: 60 } }),
      ],
      [edge('edge-trust-icb', TRUST, ICB)],
    );
    const now = snapshot([node(ICB, { kind: 'icb' }), node(PCN, { kind: 'pcn' })]);
    const shown = withGhosts(now, diffSnapshots(before, now));
    expect(shown.nodes.map((n) => n.id)).toEqual([ICB, PCN, PLACE, TRUST]);
    // A ghost body keeps its ghost footprint, and its place inside it.
    expect(shown.nodes.find((n) => n.id === TRUST)).toMatchObject({
      parentId: PLACE,
      position: { x: 40, y: 60 },
    });
    expect(shown.edges.map((e) => e.id)).toEqual(['edge-trust-icb']);
    expect(shown.title).toBe('Leeds');
  });

  it('returns the map now itself when nothing was removed', () => {
    const before = snapshot([node(ICB)]);
    const now = snapshot([node(ICB), node(PCN)]);
    expect(withGhosts(now, diffSnapshots(before, now))).toBe(now);
  });

  it('leaves out a ghost relationship whose end cannot be drawn', () => {
    const before = snapshot([node(ICB), node(TRUST)], [edge('edge-trust-icb', TRUST, ICB)]);
    const now = snapshot([node(ICB)]);
    const diff = diffSnapshots(before, now);
    // As if the trust could not be read now: it is neither on the map nor a ghost.
    const withoutTrust = { ...diff, elements: diff.elements.filter((e) => e.id !== TRUST) };
    expect(withGhosts(now, withoutTrust).edges).toEqual([]);
  });
});
