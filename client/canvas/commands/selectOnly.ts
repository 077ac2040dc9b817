/**
 * Selects exactly the wanted elements of a list; elements whose selection does not change
 * keep their identity, so React Flow redraws only those that do.
 */
export function selectOnly<T extends { id: string; selected?: boolean }>(
  list: readonly T[],
  wanted: ReadonlySet<string>,
): T[] {
  return list.map((item) =>
    (item.selected ?? false) === wanted.has(item.id)
      ? item
      : { ...item, selected: wanted.has(item.id) },
  );
}
