import type { LegendEntry } from './legend.ts';

const PAGE_MARGIN = 24;
const MIN_PAGE_WIDTH = 560;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 13;
const LEGEND_SIZE = 13;
const LEGEND_ROW = 24;
const GROUP_LABEL_WIDTH = 110;
const MARKER_WIDTH = { body: 16, relationship: 30 } as const;
const MARKER_GAP = 8;
const ITEM_GAP = 22;
// Text cannot be measured without a DOM; an average glyph width errs on the wide side.
const GLYPH_WIDTH = 0.56;
const FONT = 'Segoe UI, system-ui, -apple-system, Helvetica Neue, Arial, sans-serif';
const INK = '#212b32';
const GREY = '#425563';

/** Where each part of an exported image goes. */
export interface ExportLayout {
  width: number;
  height: number;
  title: { text: string; x: number; y: number };
  subtitle: { text: string; x: number; y: number } | null;
  map: { x: number; y: number; width: number; height: number };
  groups: Array<{ label: string; x: number; y: number }>;
  items: Array<{ entry: LegendEntry; x: number; y: number }>;
}

function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * GLYPH_WIDTH);
}

function fitText(text: string, size: number, width: number): string {
  const room = Math.floor(width / (size * GLYPH_WIDTH));
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

/**
 * Lays out the title on top, the map below it and the key under the map: body kinds on
 * one line (or more), relationship kinds on the next, each line wrapping to the page width.
 */
export function layoutExport(input: {
  title: string;
  subtitle?: string;
  legend: readonly LegendEntry[];
  map: { width: number; height: number };
}): ExportLayout {
  const width = Math.max(MIN_PAGE_WIDTH, input.map.width);
  const textRoom = width - 2 * PAGE_MARGIN;
  let y = PAGE_MARGIN + TITLE_SIZE;
  const title = { text: fitText(input.title, TITLE_SIZE, textRoom), x: PAGE_MARGIN, y };
  let subtitle: ExportLayout['subtitle'] = null;
  if (input.subtitle) {
    y += 8 + SUBTITLE_SIZE;
    subtitle = { text: fitText(input.subtitle, SUBTITLE_SIZE, textRoom), x: PAGE_MARGIN, y };
  }
  y += 12;
  const map = { x: Math.round((width - input.map.width) / 2), y, ...input.map };
  y += input.map.height;

  const groups: ExportLayout['groups'] = [];
  const items: ExportLayout['items'] = [];
  const groupNames = { body: 'Bodies', relationship: 'Relationships' } as const;
  for (const kind of ['body', 'relationship'] as const) {
    const entries = input.legend.filter((entry) => entry.kind === kind);
    if (entries.length === 0) continue;
    y += LEGEND_ROW;
    groups.push({ label: groupNames[kind], x: PAGE_MARGIN, y });
    const left = PAGE_MARGIN + GROUP_LABEL_WIDTH;
    let x = left;
    for (const entry of entries) {
      const label = fitText(entry.label, LEGEND_SIZE, width - PAGE_MARGIN - left);
      const itemWidth = MARKER_WIDTH[kind] + MARKER_GAP + textWidth(label, LEGEND_SIZE);
      if (x > left && x + itemWidth > width - PAGE_MARGIN) {
        x = left;
        y += LEGEND_ROW;
      }
      items.push({ entry: { ...entry, label }, x, y });
      x += itemWidth + ITEM_GAP;
    }
  }
  return { width, height: y + PAGE_MARGIN, title, subtitle, map, groups, items };
}

/** Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function marker({ entry, x, y }: ExportLayout['items'][number]): string {
  const color = escapeXml(entry.color);
  if (entry.kind === 'body') {
    return `<rect x="${x}" y="${y - 12}" width="16" height="16" rx="3" fill="${color}"/>`;
  }
  const dash = entry.dash ? ` stroke-dasharray="${escapeXml(entry.dash)}"` : '';
  const lineY = y - 4;
  return `<line x1="${x}" y1="${lineY}" x2="${x + MARKER_WIDTH.relationship}" y2="${lineY}" stroke="${color}" stroke-width="2.5"${dash}/>`;
}

/**
 * The exported image as one SVG document: white page, title and key as real text (sharp at
 * any zoom, searchable), and the map as an embedded image from `mapHref` (a data URL).
 */
export function composeSvg(layout: ExportLayout, mapHref: string): string {
  const text = (value: string, x: number, y: number, attrs: string) =>
    `<text x="${x}" y="${y}" ${attrs}>${escapeXml(value)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(
      layout.title.text,
      layout.title.x,
      layout.title.y,
      `font-size="${TITLE_SIZE}" font-weight="700" fill="${INK}"`,
    ),
  ];
  if (layout.subtitle) {
    const { text: value, x, y } = layout.subtitle;
    parts.push(text(value, x, y, `font-size="${SUBTITLE_SIZE}" fill="${GREY}"`));
  }
  const { map } = layout;
  parts.push(
    `<image x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" xlink:href="${escapeXml(mapHref)}"/>`,
  );
  for (const group of layout.groups) {
    parts.push(
      text(group.label, group.x, group.y, `font-size="12" font-weight="700" fill="${GREY}"`),
    );
  }
  for (const item of layout.items) {
    parts.push(marker(item));
    const labelX = item.x + MARKER_WIDTH[item.entry.kind] + MARKER_GAP;
    parts.push(text(item.entry.label, labelX, item.y, `font-size="${LEGEND_SIZE}" fill="${INK}"`));
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** An SVG document as a data URL, for an <img>, a download or another SVG's <image>. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
