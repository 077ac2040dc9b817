/**
 * Selects exactly the wanted elements of a list; elements whose selection does not change
 * keep their identity, so React Flow redraws only those that do. The list itself is kept
 * when no selection changes, so React Flow is then handed nothing new.
 */
export function selectOnly<T extends { id: string; selected?: boolean }>(
  list: readonly T[],
  wanted: ReadonlySet<string>,
): T[] {
  let changed = false;
  const next = list.map((item) => {
    if ((item.selected ?? false) === wanted.has(item.id)) return item;
    changed = true;
    return { ...item, selected: wanted.has(item.id) };
  });
  return changed ? next : (list as T[]);
}

/**
 * Selects exactly the wanted nodes and edges (`'all'`: every one) of a flow at once, so one
 * gesture hands React Flow one update rather than one for the nodes and one for the edges.
 */
export function selectInFlow<
  N extends { id: string; selected?: boolean },
  E extends { id: string; selected?: boolean },
>(
  flow: { nodes: N[]; edges: E[] },
  wanted: ReadonlySet<string> | 'all',
): { nodes: N[]; edges: E[] } {
  const ids = (list: readonly { id: string }[]) =>
    wanted === 'all' ? new Set(list.map((item) => item.id)) : wanted;
  return {
    nodes: selectOnly(flow.nodes, ids(flow.nodes)),
    edges: selectOnly(flow.edges, ids(flow.edges)),
  };
}
