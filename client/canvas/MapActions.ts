import { createContext, useContext } from 'react';
import type { NoteColor } from '../../shared/ydoc/noteRecord.ts';

/** What nodes may ask of the map: kept in a context so nodes need no props threaded through. */
export interface MapActions {
  readOnly: boolean;
  rename: (id: string, label: string) => boolean;
  /** A footprint was resized to this box (position relative to its parent). */
  resized: (id: string, box: { x: number; y: number; width: number; height: number }) => void;
  /** Writes a sticky note's or free text's words (several lines, blank allowed). */
  writeNote: (id: string, text: string) => boolean;
  colorNote: (id: string, color: NoteColor) => void;
}

/** The map's actions for the nodes drawn inside it. */
export const MapActionsContext = createContext<MapActions>({
  readOnly: true,
  rename: () => false,
  resized: () => {},
  writeNote: () => false,
  colorNote: () => {},
});

/** The actions of the map this component is drawn in. */
export function useMapActions(): MapActions {
  return useContext(MapActionsContext);
}
