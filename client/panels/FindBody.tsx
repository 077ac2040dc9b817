import { type FormEvent, memo, useMemo, useState } from 'react';
import { nodeKindLabel } from '../../shared/model/bodyKinds.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import { useShownMap } from '../store/useShownMap.ts';

const NO_NODES: readonly NodeRecord[] = [];

/**
 * A search box that finds a body or footprint of the map on show by name and zooms to it.
 * The map is read only while there is something to search for.
 */
export const FindBody = memo(function FindBody({ onFound }: { onFound: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const searching = query.trim() !== '';
  const nodes = useShownMap((state) => (searching ? state.snapshot.nodes : NO_NODES));
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return nodes
      .filter(
        (node) =>
          node.label.toLowerCase().includes(q) ||
          String(node.attrs.odsCode ?? '').toLowerCase() === q,
      )
      .slice(0, 8);
  }, [nodes, query]);

  function pick(id: string) {
    onFound(id);
    setOpen(false);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (matches[0]) pick(matches[0].id);
  }

  return (
    <form className="find-body" onSubmit={onSubmit}>
      <input
        type="search"
        aria-label="Find a body"
        placeholder="Find a body…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && query.trim() && (
        <ul className="popover find-results">
          {matches.length === 0 && <li className="muted">No body is called that.</li>}
          {matches.map((node) => (
            <li key={node.id}>
              <button type="button" onClick={() => pick(node.id)}>
                <strong>{node.label}</strong>{' '}
                <span className="muted">{nodeKindLabel(node.kind)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
});
