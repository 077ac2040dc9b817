import { type DragEvent, type SyntheticEvent, useEffect, useId, useRef, useState } from 'react';
import { BODY_KIND_GROUPS, BODY_KIND_INFO, BODY_KINDS } from '../../shared/model/bodyKinds.ts';
import { FOOTPRINT_LEVEL_IDS, FOOTPRINT_LEVELS } from '../../shared/model/footprints.ts';
import { BODY_STYLE } from '../canvas/kindStyles.ts';
import { encodePaletteItem, PALETTE_MIME, type PaletteItem } from '../canvas/paletteItem.ts';
import { COLOR, NOTE_COLOR } from '../theme/tokens.ts';

interface Entry {
  item: PaletteItem;
  label: string;
  short: string;
  description: string;
  color: string;
  ink: string;
}

const GROUPS: Array<{ label: string; entries: Entry[] }> = [
  {
    label: 'Notes',
    entries: [
      {
        item: { type: 'note', kind: 'note' },
        label: 'Sticky note',
        short: 'NOTE',
        description:
          'A coloured note for ideas, questions and decisions of the room. Not a body: the rules and the spec leave it out.',
        color: NOTE_COLOR.yellow.edge,
        ink: COLOR.ink,
      },
      {
        item: { type: 'note', kind: 'text' },
        label: 'Text',
        short: 'TEXT',
        description: 'Free text anywhere on the map: a heading, a place name, a remark.',
        color: COLOR.grey,
        ink: COLOR.ink,
      },
    ],
  },
  ...BODY_KIND_GROUPS.map((group) => ({
    label: group.label,
    entries: BODY_KINDS.filter((kind) => BODY_KIND_INFO[kind].group === group.id).map((kind) => ({
      item: { type: 'body', kind } as const,
      label: BODY_KIND_INFO[kind].label,
      short: BODY_KIND_INFO[kind].short,
      description: `${BODY_KIND_INFO[kind].description}${BODY_KIND_INFO[kind].statutory ? ' Statutory body.' : ''}`,
      color: BODY_STYLE[kind].color,
      ink: BODY_STYLE[kind].ink,
    })),
  })),
  {
    label: 'Footprints (areas)',
    entries: FOOTPRINT_LEVEL_IDS.map((level) => ({
      item: { type: 'footprint', level } as const,
      label: `${FOOTPRINT_LEVELS[level].label} footprint`,
      short: 'AREA',
      description: `An area that holds bodies: ${FOOTPRINT_LEVELS[level].typicalPopulation}. Drop bodies inside it.`,
      color: BODY_STYLE.footprint.color,
      ink: BODY_STYLE.footprint.ink,
    })),
  },
];

/** Pixels between the palette's edge and a kind's description. */
const DESCRIPTION_GAP = 8;
/** Room kept under a description's top, so a kind low on the screen has its description above. */
const DESCRIPTION_ROOM = 160;

const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function matches(entry: Entry, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || `${entry.label} ${entry.short} ${entry.description}`.toLowerCase().includes(q);
}

/**
 * Sticky notes, free text, every body kind and footprint level, grouped and searchable, to
 * click or drag onto the map.
 */
export function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  const [query, setQuery] = useState('');
  const ids = useId();
  const nav = useRef<HTMLElement>(null);

  // Escape puts away the description on show, wherever focus is; the next kind pointed at or
  // focused shows its own.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') nav.current?.classList.add('is-quiet');
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  /** Puts the kind's description beside the palette, level with the kind. */
  function placeDescription(event: SyntheticEvent<HTMLLIElement>) {
    const palette = nav.current;
    if (!palette) return;
    // Read before writing: a box read after the class changes makes the browser lay the page
    // out again there and then (a whole system's 2,000 cards), inside the pointer's event.
    const item = event.currentTarget.getBoundingClientRect();
    const left = palette.getBoundingClientRect().right + DESCRIPTION_GAP;
    palette.classList.remove('is-quiet');
    const top = Math.min(item.top, window.innerHeight - DESCRIPTION_ROOM);
    event.currentTarget.style.setProperty('--description-left', `${left}px`);
    event.currentTarget.style.setProperty('--description-top', `${Math.max(0, top)}px`);
    event.currentTarget.style.setProperty('--description-bridge', `${left - item.right}px`);
  }

  function onDragStart(event: DragEvent, item: PaletteItem) {
    event.dataTransfer.setData(PALETTE_MIME, encodePaletteItem(item));
    event.dataTransfer.effectAllowed = 'copy';
  }

  const groups = GROUPS.map((group) => ({
    ...group,
    entries: group.entries.filter((entry) => matches(entry, query)),
  })).filter((group) => group.entries.length > 0);

  return (
    <nav className="palette" aria-label="Add to the map" ref={nav}>
      <h2>Add to the map</h2>
      <input
        type="search"
        className="palette-search"
        placeholder="Search kinds…"
        aria-label="Search kinds"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {groups.length === 0 && <p className="muted">No kind matches “{query}”.</p>}
      {groups.map((group) => (
        <section key={group.label} className="palette-group">
          <h3>{group.label}</h3>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.label} onPointerEnter={placeDescription} onFocus={placeDescription}>
                <button
                  type="button"
                  className="palette-item"
                  style={{
                    ['--kind-color' as string]: entry.color,
                    ['--kind-ink' as string]: entry.ink,
                  }}
                  draggable
                  aria-describedby={`${ids}-${slug(entry.label)}`}
                  onDragStart={(event) => onDragStart(event, entry.item)}
                  onClick={() => onAdd(entry.item)}
                >
                  <span className="palette-short" aria-hidden="true">
                    {entry.short}
                  </span>
                  <span>{entry.label}</span>
                </button>
                {/* Shown beside the palette while the kind has focus or the pointer (and while the
                    pointer is on the description itself), read with the kind always. */}
                <span className="palette-description" id={`${ids}-${slug(entry.label)}`}>
                  {entry.description}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
