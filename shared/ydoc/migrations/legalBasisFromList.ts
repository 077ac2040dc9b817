import * as Y from 'yjs';
import { LEGAL_BASIS_IDS, legalBasisFromText } from '../../model/legalBasis.ts';
import { mapDoc } from '../layout.ts';
import type { Migration } from './migration.ts';

/**
 * Schema 1 → 2: a relationship's `legalBasis` was free text and is now one of a fixed list
 * (docs/domain.md, "Legal bases"). Text that names one ("NHS Act 2006 s65Z5") becomes its id;
 * other text moves into the relationship's notes, so nothing anyone wrote is lost.
 */
export const legalBasisFromList: Migration = {
  from: 1,
  name: 'legal-basis-from-the-fixed-list',
  up(doc) {
    for (const edge of mapDoc(doc).edges.values()) {
      if (!(edge instanceof Y.Map)) continue;
      const attrs = edge.get('attrs');
      if (!(attrs instanceof Y.Map)) continue;
      const written = attrs.get('legalBasis');
      if (typeof written !== 'string' || (LEGAL_BASIS_IDS as string[]).includes(written)) continue;
      const basis = legalBasisFromText(written);
      if (basis) {
        attrs.set('legalBasis', basis);
        continue;
      }
      attrs.delete('legalBasis');
      const note = `Legal basis (as written before): ${written}`;
      const notes = attrs.get('notes');
      attrs.set('notes', typeof notes === 'string' && notes.trim() ? `${notes}\n${note}` : note);
    }
  },
};
