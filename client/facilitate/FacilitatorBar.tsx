import type { ReactNode } from 'react';
import type { MapSession } from '../collab/useMapSession.ts';
import { VoteLockControls } from './VoteLockControls.tsx';
import './facilitate.css';

/** What the facilitator's controls work on. */
export interface FacilitatorBarProps {
  session: MapSession;
  onNotice: (message: string) => void;
  /** More of the facilitator's controls, each its own section (see below). */
  children?: ReactNode;
}

/**
 * The "Facilitate" group of the top bar, shown to the map's owner only (the server refuses
 * these acts from anyone else). Each concern is its own section component, separated by a
 * rule (`FacilitatorSection`): votes and locks first; follow, summon and the timer after them.
 */
export function FacilitatorBar({ session, onNotice, children }: FacilitatorBarProps) {
  if (session.role !== 'owner') return null;
  return (
    <div className="toolbar facilitator-bar" role="toolbar" aria-label="Facilitate">
      <span className="facilitator-bar-label">Facilitate</span>
      <VoteLockControls session={session} onNotice={onNotice} />
      {/* Sections for follow, summon and the timer go here, each in its own component. */}
      {children}
    </div>
  );
}
