import type * as Y from 'yjs';

/** A named, never-edited step that upgrades a doc from `from` to `from + 1`. */
export interface Migration {
  from: number;
  name: string;
  up: (doc: Y.Doc) => void;
}
