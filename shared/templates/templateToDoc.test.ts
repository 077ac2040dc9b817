import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMap } from '../ydoc/readMap.ts';
import { TEMPLATES } from './templates.ts';
import { templateExplanation, templateToDoc } from './templateToDoc.ts';

describe('templateToDoc', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    '%s: its explanation is a sticky note left of the map, not a body’s hidden notes',
    (_id, template) => {
      const doc = new Y.Doc();
      templateToDoc(template, doc);
      const map = readMap(doc);
      const explanation = templateExplanation(template);
      expect(explanation).not.toBeNull();
      expect(map.notes).toEqual([
        expect.objectContaining({ kind: 'note', color: 'yellow', label: explanation?.text }),
      ]);
      expect(map.nodes.filter((node) => node.attrs.notes !== undefined)).toEqual([]);
      const note = map.notes?.[0];
      const topLevel = map.nodes.filter((node) => !node.parentId);
      const left = Math.min(...topLevel.map((node) => node.position.x));
      expect((note?.position.x ?? 0) + (note?.size?.w ?? 0)).toBeLessThan(left);
      expect(map.invalid).toEqual([]);
    },
  );
});
