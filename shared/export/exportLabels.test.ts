import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEMPLATES } from '../templates/templates.ts';
import { templateToDoc } from '../templates/templateToDoc.ts';
import { readMap } from '../ydoc/readMap.ts';
import { buildMapSvg } from './mapSvg.ts';
import { TEST_THEME } from './testTheme.ts';

interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The relationship labels of an exported SVG, read back from its markup: each label is a
 * rounded box (rx="4") followed by its bold text.
 */
function labelBoxes(svg: string): LabelBox[] {
  const found = svg.matchAll(
    /<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="4"[^>]*\/>\s*<text[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g,
  );
  return [...found].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    width: Number(match[3]),
    height: Number(match[4]),
    text: match[5] ?? '',
  }));
}

function covering(boxes: readonly LabelBox[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (across > 0 && down > 0) pairs.push(`“${a.text}” over “${b.text}”`);
    }
  }
  return pairs;
}

describe('relationship labels in an export', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    'cover no other label on the %s template',
    (_id, template) => {
      const doc = new Y.Doc();
      templateToDoc(template, doc);
      const snapshot = readMap(doc);
      const { svg } = buildMapSvg(snapshot, {
        theme: TEST_THEME,
        legend: [],
        size: { kind: 'scale', scale: 1 },
      });
      const boxes = labelBoxes(svg);
      expect(boxes).toHaveLength(snapshot.edges.length);
      expect(covering(boxes)).toEqual([]);
    },
  );
});
