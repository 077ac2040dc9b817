import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inflate, segmentCrossesBox } from '../layout/straightLines.ts';
import { edgeLabel } from '../model/edgeLabel.ts';
import type { Template } from '../templates/template.ts';
import { TEMPLATES } from '../templates/templates.ts';
import { templateToDoc } from '../templates/templateToDoc.ts';
import { readMap } from '../ydoc/readMap.ts';
import { escapeXml } from './escapeXml.ts';
import { exportLabelSize } from './exportScene.ts';
import { buildMapSvg } from './mapSvg.ts';
import { measureText } from './measureText.ts';
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

/** A body's card, or the level and name in a footprint's header. */
interface CardBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How tall a footprint's header is, down to the rule under its name. */
const FOOTPRINT_HEADER = 36;

function unescapeXml(value: string): string {
  return value
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/**
 * The body cards and footprint names of an exported SVG, read back from its markup: each
 * element is a group named by its id on a line of its own. A card's frame is a rect with
 * rx="8"; a footprint's frame one with rx="14", whose header is its top 36 px, and whose
 * name is set there in 17 px bold: its header counts from the frame's left edge to the end
 * of its name.
 */
function cardBoxes(svg: string): CardBox[] {
  const found = svg.matchAll(
    /<g data-id="([^"]+)">[^\n]*?<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="(8|14)"[^\n]*/g,
  );
  return [...found].map((match) => {
    const [line = '', id = '', x, y, width, height, rx] = match;
    const box = { id, x: Number(x), y: Number(y), width: Number(width), height: Number(height) };
    if (rx === '8') return box;
    const name = line.match(/<text x="([-\d.]+)"[^>]*font-size="17"[^>]*>([^<]*)<\/text>/);
    const end = name ? Number(name[1]) + measureText(unescapeXml(name[2] ?? ''), 17, true) : box.x;
    return { ...box, width: end - box.x, height: FOOTPRINT_HEADER };
  });
}

function overlap(a: Omit<LabelBox, 'text'>, b: Omit<LabelBox, 'text'>): boolean {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return across > 0 && down > 0;
}

function covering(boxes: readonly LabelBox[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (overlap(a, b)) pairs.push(`“${a.text}” over “${b.text}”`);
    }
  }
  return pairs;
}

function exported(template: Template) {
  const doc = new Y.Doc();
  templateToDoc(template, doc);
  const snapshot = readMap(doc);
  const { svg, scene } = buildMapSvg(snapshot, {
    theme: TEST_THEME,
    legend: [],
    size: { kind: 'scale', scale: 1 },
  });
  return { snapshot, svg, scene };
}

const EACH_TEMPLATE = TEMPLATES.map((template) => [template.id, template] as const);

describe('relationship labels in an export', () => {
  it.each(EACH_TEMPLATE)('cover no other label on the %s template', (_id, template) => {
    const { snapshot, svg } = exported(template);
    const boxes = labelBoxes(svg);
    expect(boxes).toHaveLength(snapshot.edges.length);
    expect(covering(boxes)).toEqual([]);
  });

  it.each(EACH_TEMPLATE)(
    'cover no card or footprint name but their own ends on the %s template',
    (_id, template) => {
      const { snapshot, svg } = exported(template);
      const labels = labelBoxes(svg);
      const cards = cardBoxes(svg);
      const names = new Map(snapshot.nodes.map((node) => [node.id, node.label]));
      expect(cards).toHaveLength(snapshot.nodes.length);
      // Labels are drawn in the order of the relationships.
      expect(labels.map(({ text }) => text)).toEqual(
        snapshot.edges.map((edge) => escapeXml(edgeLabel(edge))),
      );
      const hidden = snapshot.edges.flatMap((edge, i) => {
        const label = labels[i];
        if (!label) return [];
        return cards
          .filter((card) => card.id !== edge.source && card.id !== edge.target)
          .filter((card) => overlap(label, card))
          .map((card) => `“${label.text}” over “${names.get(card.id)}”`);
      });
      expect(hidden).toEqual([]);
    },
  );

  it.each(EACH_TEMPLATE)('stay by their lines on the %s template', (_id, template) => {
    const { snapshot, scene } = exported(template);
    const labels = scene.relationships.map((relationship) => {
      const { width, height } = exportLabelSize(relationship.label);
      const { x, y } = relationship.labelAt;
      return { x: x - width / 2, y: y - height / 2, w: width, h: height };
    });
    const cards = scene.bodies.map(({ id, box }) => ({ id, ...box }));
    const astray = scene.relationships.flatMap((relationship, i) => {
      const box = labels[i];
      if (!box) return [];
      const { start, end, control } = relationship.curve;
      const bend = control ?? { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
      const along = Array.from({ length: 17 }, (_, k) => {
        const t = k / 16;
        const u = 1 - t;
        return {
          x: u * u * start.x + 2 * u * t * bend.x + t * t * end.x,
          y: u * u * start.y + 2 * u * t * bend.y + t * t * end.y,
        };
      });
      const within = (by: number) =>
        along.some((from, k) => {
          const to = along[k + 1];
          return to !== undefined && segmentCrossesBox(from, to, inflate(box, by));
        });
      const leader = relationship.labelLeader;
      if (!leader) return within(8) ? [] : [`“${relationship.label}” is over 8 px from its line`];
      const edge = snapshot.edges.find(({ id }) => id === relationship.id);
      const crossed = [
        ...labels.filter((_, j) => j !== i),
        ...cards.filter(({ id }) => id !== edge?.source && id !== edge?.target),
      ].filter((other) => segmentCrossesBox(leader, relationship.labelAt, other));
      return [
        ...(within(120) ? [] : [`“${relationship.label}” is over 120 px from its line`]),
        ...(crossed.length ? [`“${relationship.label}”'s leader crosses ${crossed.length}`] : []),
      ];
    });
    expect(astray).toEqual([]);
  });
});
