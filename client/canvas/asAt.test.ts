import { describe, expect, it } from 'vitest';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../shared/ydoc/schema.ts';
import { answerCheck } from '../rules/findingsProtocol.ts';
import { bodyShown, type RemoteActivity, SHOW_ALL, toFlowEdges, toFlowNodes } from './toFlow.ts';

const none: RemoteActivity = { dragging: new Map(), selectors: new Map() };

function icb(id: string, attrs: Record<string, unknown>): NodeRecord {
  return { id, kind: 'icb', label: id, position: { x: 0, y: 0 }, status: 'agreed', attrs };
}

// A merger on 1 April 2026: two ICBs, each holding primary care, succeeded by one.
const north = icb('QHM', { validTo: '2026-03-31', functions: ['primary-medical-services'] });
const south = icb('QWO', { validTo: '2026-03-31', functions: ['primary-medical-services'] });
const merged = icb('QOQ', { validFrom: '2026-04-01', functions: ['primary-medical-services'] });
const succession: EdgeRecord = {
  id: 'QHM-succeeded-by-QOQ',
  kind: 'succeeded-by',
  source: 'QHM',
  target: 'QOQ',
  status: 'agreed',
  attrs: { validFrom: '2026-04-01' },
};
const map: MapSnapshot = {
  title: 'Merger',
  nodes: [
    {
      id: 'fp-ne',
      kind: 'footprint',
      label: 'North East',
      position: { x: 0, y: 0 },
      status: 'proposed',
      attrs: { level: 'system' },
    },
    { ...north, parentId: 'fp-ne' },
    { ...south, parentId: 'fp-ne' },
    { ...merged, parentId: 'fp-ne' },
  ],
  edges: [succession],
  invalid: [],
  fieldProblems: [],
};

describe('the map as at a date', () => {
  it('fades what is not in force then, or leaves it out', () => {
    const fading = { ...SHOW_ALL, asAt: '2026-01-01' };
    const faded = toFlowNodes(map, [], none, fading);
    expect(faded).toHaveLength(map.nodes.length);
    const dimmed = (id: string) => {
      const record = map.nodes.find((node) => node.id === id);
      return record ? !bodyShown(record, fading) : undefined;
    };
    expect([dimmed('fp-ne'), dimmed('QHM'), dimmed('QWO'), dimmed('QOQ')]).toEqual([
      false,
      false,
      false,
      true,
    ]);
    const after = { ...SHOW_ALL, asAt: '2026-06-01', dimInsteadOfHide: false };
    const shown = toFlowNodes(map, [], none, after).map((node) => node.id);
    expect(shown).toEqual(['fp-ne', 'QOQ']);
    // The succession is in force, but one of its ends is not: the canvas leaves it out too.
    expect(toFlowEdges(map, [], none, after, new Set(shown)).map((edge) => edge.id)).toEqual([]);
    const before = { ...SHOW_ALL, asAt: '2026-01-01', dimInsteadOfHide: false };
    expect(toFlowEdges(map, [], none, before).map((edge) => edge.id)).toEqual([]);
    expect(map.nodes.every((node) => bodyShown(node, SHOW_ALL))).toBe(true);
  });

  it('checks the rules as at the date: the merger is valid on each side of it', () => {
    const duplicates = (asAt?: string) => {
      const reply = answerCheck({
        type: 'check',
        id: 1,
        snapshot: map,
        mapId: 'm',
        ...(asAt ? { asAt } : {}),
      });
      if (reply.type !== 'findings') throw new Error(reply.message);
      return reply.findings.warnings.filter((f) => f.rule === 'duplicate-function');
    };
    expect(duplicates('2026-01-01').map((f) => f.elements)).toEqual([['QHM', 'QWO']]);
    expect(duplicates('2026-06-01')).toEqual([]);
  });
});
