import { newId } from '../../shared/model/ids.ts';

/** Who this browser is in a map: remembered across visits in localStorage. */
export interface Identity {
  id: string;
  name: string;
  color: string;
}

/** Cursor colours with enough contrast on white, for names drawn beside cursors. */
export const PARTICIPANT_COLORS = [
  '#d5281b',
  '#007f3b',
  '#005eb8',
  '#7c2855',
  '#ed8b00',
  '#330072',
  '#00a499',
  '#ae2573',
  '#425563',
  '#8a1538',
];

const KEYS = { id: 'accord:participantId', name: 'accord:name', color: 'accord:color' };

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage; the identity then lasts for this page only.
  }
}

/** The remembered identity, or null when this browser has not given a name yet. */
export function loadIdentity(): Identity | null {
  const name = stored(KEYS.name);
  if (!name) return null;
  let id = stored(KEYS.id);
  if (!id) {
    id = newId();
    store(KEYS.id, id);
  }
  let color = stored(KEYS.color);
  if (!color) {
    color = PARTICIPANT_COLORS[Math.floor(Math.random() * PARTICIPANT_COLORS.length)] ?? '#005eb8';
    store(KEYS.color, color);
  }
  return { id, name, color };
}

/** Remembers the participant's name and returns the full identity. */
export function saveName(name: string): Identity {
  store(KEYS.name, name.trim());
  const identity = loadIdentity();
  return identity ?? { id: newId(), name: name.trim(), color: PARTICIPANT_COLORS[0] ?? '#005eb8' };
}
