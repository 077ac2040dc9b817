import { type NodeProps, NodeResizer, NodeToolbar, Position } from '@xyflow/react';
import { type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import { noteFontSize } from '../../shared/export/noteText.ts';
import { MAX_LABEL_LENGTH } from '../../shared/model/limits.ts';
import { NOTE_COLORS } from '../../shared/ydoc/noteRecord.ts';
import { useLockedForMe } from '../facilitate/useLockedForMe.ts';
import { useShownMap } from '../store/useShownMap.ts';
import { NOTE_COLOR } from '../theme/tokens.ts';
import { ElementBadges } from './badges/ElementBadges.tsx';
import { useRemoteSelectors } from './elementMarks.ts';
import { useWrapperLabel } from './hooks/useWrapperLabel.ts';
import { useMapActions } from './MapActions.ts';
import { NOTE_COLOR_NAME, type NoteFlowNode, noteName, WRITE_NOTE_EVENT } from './noteFlow.ts';
import './notes.css';

/**
 * A sticky note (coloured paper) or free text on the canvas. Double-click, Enter or F2
 * writes on it (Enter adds a line; Ctrl/Cmd+Enter, Tab or leaving it saves; Escape drops
 * the change). Selected, it can be resized by its corners and, as a sticky note, coloured.
 */
export const NoteNode = memo(function NoteNode({
  id,
  data,
  selected,
  width,
  height,
}: NodeProps<NoteFlowNode>) {
  const { readOnly, resized, writeNote, colorNote } = useMapActions();
  const locked = useLockedForMe().has(id);
  const text = useShownMap((state) => state.noteById.get(id)?.label) ?? '';
  const remoteColor = useRemoteSelectors(id)[0]?.color;
  const editable = !readOnly && !locked;
  const [draft, setDraft] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useWrapperLabel(root, '.react-flow__node', noteName(data.kind, text, locked));

  // The keyboard reaches a note through React Flow's wrapper, which has the focus; its menu's
  // "Write on it" through an event on the same wrapper.
  useEffect(() => {
    const wrapper = root.current?.closest<HTMLElement>('.react-flow__node');
    if (!wrapper || !editable) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.target !== wrapper || (event.key !== 'Enter' && event.key !== 'F2')) return;
      event.preventDefault();
      setDraft(text);
    };
    const onWrite = () => setDraft(text);
    wrapper.addEventListener('keydown', onKey);
    wrapper.addEventListener(WRITE_NOTE_EVENT, onWrite);
    return () => {
      wrapper.removeEventListener('keydown', onKey);
      wrapper.removeEventListener(WRITE_NOTE_EVENT, onWrite);
    };
  }, [editable, text]);

  function finish(save: boolean) {
    if (save && draft !== null) writeNote(id, draft);
    setDraft(null);
    // Back to the note, so the keyboard goes on from where it was.
    root.current?.closest<HTMLElement>('.react-flow__node')?.focus({ preventScroll: true });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') finish(false);
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) finish(true);
  }

  const paper = NOTE_COLOR[data.color];
  const isSticky = data.kind === 'note';
  const fontSize = isSticky ? noteFontSize('note', text, width ?? 200, height ?? 160) : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: React Flow's node wrapper is the focusable element; double-click is a pointer shortcut for writing
    <div
      ref={root}
      className={`note-node note-${data.kind}${selected ? ' is-selected' : ''}`}
      style={{
        ['--note-fill' as string]: paper.fill,
        ['--note-edge' as string]: paper.edge,
        fontSize,
        boxShadow: remoteColor ? `0 0 0 3px ${remoteColor}` : undefined,
      }}
      onDoubleClick={() => editable && setDraft(text)}
      data-testid="note-node"
      data-kind={data.kind}
      data-color={isSticky ? data.color : undefined}
    >
      <NodeResizer
        isVisible={selected && editable && draft === null}
        minWidth={isSticky ? 120 : 80}
        minHeight={isSticky ? 90 : 32}
        lineClassName="note-resize-line"
        handleClassName="note-resize-handle"
        onResizeEnd={(_event, params) => resized(id, params)}
      />
      {isSticky && editable && (
        <NodeToolbar isVisible={selected && draft === null} position={Position.Top} offset={8}>
          <fieldset className="note-colors" aria-label="Note colour">
            {NOTE_COLORS.map((color) => (
              <button
                key={color}
                type="button"
                className="note-color"
                style={{ background: NOTE_COLOR[color].fill, borderColor: NOTE_COLOR[color].edge }}
                aria-label={NOTE_COLOR_NAME[color]}
                aria-pressed={color === data.color}
                title={NOTE_COLOR_NAME[color]}
                onClick={() => colorNote(id, color)}
              />
            ))}
          </fieldset>
        </NodeToolbar>
      )}
      {draft === null ? (
        <div
          className={`note-text${text ? '' : ' is-empty'}`}
          title={editable ? 'Double-click or press Enter to write' : undefined}
        >
          {text || (editable ? 'Double-click or press Enter to write' : '')}
        </div>
      ) : (
        <textarea
          className="note-input nodrag nowheel nopan"
          aria-label={isSticky ? 'Sticky note text' : 'Text'}
          value={draft}
          maxLength={MAX_LABEL_LENGTH}
          // biome-ignore lint/a11y/noAutofocus: writing starts where the person asked to write
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => finish(true)}
        />
      )}
      <ElementBadges id={id} />
    </div>
  );
});
