import type { Block } from './documentTypes.ts';
import { labelled } from './runs.ts';

/** The conflicts-of-interest clause: the map's words, or what is to be agreed. */
export function conflictsClause(conflicts: string | undefined): Block {
  return labelled('Conflicts of interest (how they are declared and managed)', conflicts);
}
