import type { Node } from '@xyflow/react';
import type { NoteColor, NoteKind } from '../../shared/ydoc/noteRecord.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import type { Position } from '../../shared/ydoc/schema.ts';
import { placeFlowNode, samePlacement } from './flowPlacement.ts';
import { FAR_RAISED_Z } from './layers.ts';

/**
 * What React Flow holds of a sticky note or free text: what its minimap needs. Its words the
 * note reads from the map on show by its id (NoteNode.tsx), so writing on it makes no new
 * React Flow node.
 */
export type NoteNodeData = {
  kind: NoteKind;
  color: NoteColor;
};

/** A sticky note or free text on the canvas. */
export type NoteFlowNode = Node<NoteNodeData, 'note'>;

const KIND_WORD: Record<NoteKind, string> = { note: 'Sticky note', text: 'Text' };

/** What each sticky note colour is called, on its buttons and menu items. */
export const NOTE_COLOR_NAME: Record<NoteColor, string> = {
  yellow: 'Yellow',
  pink: 'Pink',
  green: 'Green',
  blue: 'Blue',
  orange: 'Orange',
  lilac: 'Lilac',
};

/** The event a note's node listens for to start writing on it (its menu's "Write on it"). */
export const WRITE_NOTE_EVENT = 'accord:write-note';

/** Asks the note `id`, drawn in `canvas`, to open for writing, as Enter on it does. */
export function writeOnNote(canvas: Element | null, id: string): void {
  canvas
    ?.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
    ?.dispatchEvent(new Event(WRITE_NOTE_EVENT));
}

/** What a screen reader says for a note: what it is and what it says. */
export function noteName(kind: NoteKind, words: string, locked: boolean): string {
  const text = words.trim().replace(/\s+/g, ' ');
  const said = text ? `${KIND_WORD[kind]}: ${text}` : `Empty ${KIND_WORD[kind].toLowerCase()}`;
  return locked ? `${said}, locked` : said;
}

/**
 * Turns the doc's notes into React Flow nodes, after the bodies and footprints (a note's
 * footprint comes first, as React Flow requires). Selection and an ongoing local drag or
 * resize carry over; unchanged notes keep their identity.
 */
export function toFlowNotes(
  snapshot: MapSnapshot,
  previous: readonly { id: string; type?: string }[],
  remote: { dragging: ReadonlyMap<string, Position> },
  lockedForMe: ReadonlySet<string>,
): NoteFlowNode[] {
  const notes = snapshot.notes ?? [];
  if (notes.length === 0) return [];
  const before = new Map<string, NoteFlowNode>();
  for (const node of previous) {
    if (node.type === 'note') before.set(node.id, node as NoteFlowNode);
  }
  const parents = new Set(snapshot.nodes.map((node) => node.id));
  return notes.map((record) => {
    const old = before.get(record.id);
    const placement = placeFlowNode(record, record.size, old, {
      dragging: remote.dragging,
      parents,
      lockedForMe,
    });
    const { draggable } = placement;
    const same = old?.data.kind === record.kind && old.data.color === record.color;
    if (old && same && samePlacement(old, placement)) return old;
    return {
      ...old,
      id: record.id,
      type: 'note',
      ...placement,
      // Over bodies, and over their painted blocks when zoomed out: a note annotates them.
      zIndex: FAR_RAISED_Z,
      deletable: draggable,
      className: `note-flow-node${draggable === false ? ' nopan is-locked' : ''}`,
      data: old && same ? old.data : { kind: record.kind, color: record.color },
    };
  });
}
