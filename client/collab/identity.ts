import { newId } from '../../shared/model/ids.ts';
import { NHS, PARTICIPANT_COLORS } from '../theme/tokens.ts';

/** Who this browser is in a map: remembered across visits in localStorage. */
export interface Identity {
  id: string;
  name: string;
  color: string;
}

/** Cursor colours: white names on each reach 4.5:1 (tokens.test.ts). */
export { PARTICIPANT_COLORS };

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
    color = PARTICIPANT_COLORS[Math.floor(Math.random() * PARTICIPANT_COLORS.length)] ?? NHS.blue;
    store(KEYS.color, color);
  }
  return { id, name, color };
}

/** Remembers the participant's name and returns the full identity. */
export function saveName(name: string): Identity {
  store(KEYS.name, name.trim());
  const identity = loadIdentity();
  return identity ?? { id: newId(), name: name.trim(), color: PARTICIPANT_COLORS[0] ?? NHS.blue };
}
