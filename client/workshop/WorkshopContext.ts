import { createContext, useContext } from 'react';
import type { OpenVote } from '../../shared/ydoc/votes.ts';
import type { MapSession } from '../collab/useMapSession.ts';

/** How an element differs from the version it is compared with. */
export type ElementChange = 'added' | 'changed' | 'removed';

/**
 * What the workshop knows about each element besides its own fields: locks, open votes,
 * comment threads and a version comparison. Kept in a context so the canvas's nodes and
 * edges can show badges without props threaded through React Flow.
 */
export interface Workshop {
  session: MapSession | null;
  /** This participant's id (for votes and comment authorship). */
  participantId: string;
  participantName: string;
  /** Every locked element, including bodies inside locked footprints. */
  locked: ReadonlySet<string>;
  votes: ReadonlyMap<string, OpenVote>;
  /** Open comment threads per element. */
  threadCounts: ReadonlyMap<string, number>;
  /** While comparing with a version: how each element differs. */
  changes: ReadonlyMap<string, ElementChange>;
  /** Opens the comment threads of an element. */
  openThreads: (elementId: string) => void;
}

const EMPTY = new Map<string, never>();

/** The workshop of the map this component is drawn in. */
export const WorkshopContext = createContext<Workshop>({
  session: null,
  participantId: '',
  participantName: '',
  locked: new Set(),
  votes: EMPTY,
  threadCounts: EMPTY,
  changes: EMPTY,
  openThreads: () => {},
});

/** The workshop state of the map this component is drawn in. */
export function useWorkshop(): Workshop {
  return useContext(WorkshopContext);
}
