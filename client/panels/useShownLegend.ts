import { useMemo } from 'react';
import type { LegendEntry } from '../../shared/export/legendEntry.ts';
import { buildLegend } from '../export/legend.ts';
import { useShownMap } from '../store/useShownMap.ts';

type Kinds = ReadonlyArray<{ kind: string }>;

/** The kinds a map uses, as one string: the same for two maps that use the same kinds. */
export function kindsKey(map: { nodes: Kinds; edges: Kinds }): string {
  const nodeKinds = new Set(map.nodes.map((node) => node.kind));
  const edgeKinds = new Set(map.edges.map((edge) => edge.kind));
  return `${[...nodeKinds].sort().join(',')}|${[...edgeKinds].sort().join(',')}`;
}

/** The legend of the maps whose kinds give this key. */
export function legendOfKey(key: string): LegendEntry[] {
  const [nodeKinds = '', edgeKinds = ''] = key.split('|');
  const kinds = (list: string) =>
    list
      .split(',')
      .filter(Boolean)
      .map((kind) => ({ kind }));
  return buildLegend({ nodes: kinds(nodeKinds), edges: kinds(edgeKinds) });
}

/**
 * The legend of the map on show. It is built again only when the set of kinds the map uses
 * changes (a body of a new kind, the last relationship of a kind deleted), not on a rename or
 * a move, and the component reading it re-renders only then.
 */
export function useShownLegend(): LegendEntry[] {
  const key = useShownMap((state) => kindsKey(state.snapshot));
  return useMemo(() => legendOfKey(key), [key]);
}
