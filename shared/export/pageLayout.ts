import type { ElementStatus } from '../model/status.ts';
import type { LegendEntry } from './legendEntry.ts';
import { fitText, measureText } from './measureText.ts';

const PAGE_MARGIN = 24;
const MIN_PAGE_WIDTH = 560;
/** Title, date and key sizes on the page, in page units (px for images, pt for PDF). */
export const PAGE_TEXT = { title: 22, subtitle: 13, legend: 13, group: 12 } as const;
const LEGEND_ROW = 24;
const GROUP_LABEL_WIDTH = 110;
/** How wide each kind of key marker is. */
export const MARKER_WIDTH = { body: 16, relationship: 30, status: 26 } as const;
/** The gap between a key marker and its words. */
export const MARKER_GAP = 8;
const ITEM_GAP = 22;
/** White space around the map's outermost elements, in map units. */
export const MAP_MARGIN = 40;

/** A status in the key: how proposed, agreed and disputed elements are drawn. */
export interface StatusKey {
  kind: 'status';
  status: ElementStatus;
  label: string;
}

/** One entry of the exported key. */
export type KeyEntry = LegendEntry | StatusKey;

/** How big the map is drawn: at a scale (the page grows), or fitted to a fixed page. */
export type PageSize =
  | { kind: 'scale'; scale: number }
  | { kind: 'page'; width: number; height: number };

/** Where each part of an exported page goes. */
export interface PageLayout {
  width: number;
  height: number;
  title: { text: string; x: number; y: number };
  subtitle: { text: string; x: number; y: number } | null;
  /** The map's frame on the page, and the scale from map units to page units. */
  map: { x: number; y: number; width: number; height: number; scale: number };
  groups: Array<{ label: string; x: number; y: number }>;
  items: Array<{ entry: KeyEntry; x: number; y: number }>;
  /** How much larger than `PAGE_TEXT` the title, date and key are set (and their room). */
  textScale: number;
}

const GROUP_NAMES = { body: 'Bodies', relationship: 'Relationships', status: 'Status' } as const;

/**
 * Lays out the key's groups from `top`, wrapping each group's line to the page width, every
 * size `k` times its own.
 */
function layoutKey(legend: readonly KeyEntry[], width: number, top: number, k: number) {
  let y = top;
  const groups: PageLayout['groups'] = [];
  const items: PageLayout['items'] = [];
  const margin = PAGE_MARGIN * k;
  for (const kind of ['body', 'relationship', 'status'] as const) {
    const entries = legend.filter((entry) => entry.kind === kind);
    if (entries.length === 0) continue;
    y += LEGEND_ROW * k;
    groups.push({ label: GROUP_NAMES[kind], x: margin, y });
    const left = margin + GROUP_LABEL_WIDTH * k;
    const marker = (MARKER_WIDTH[kind] + MARKER_GAP) * k;
    let x = left;
    for (const entry of entries) {
      const room = width - margin - left - marker;
      const label = fitText(entry.label, PAGE_TEXT.legend * k, room);
      const itemWidth = marker + Math.ceil(measureText(label, PAGE_TEXT.legend * k));
      if (x > left && x + itemWidth > width - margin) {
        x = left;
        y += LEGEND_ROW * k;
      }
      items.push({ entry: { ...entry, label }, x, y });
      x += itemWidth + ITEM_GAP * k;
    }
  }
  return { groups, items, bottom: y };
}

/**
 * Lays out an exported page: the title and date on top, the map below them and the key
 * under the map (body kinds, relationship kinds, statuses; each wrapping to the page).
 * At a scale, the page is as large as the map needs; on a fixed page (PDF), the map is
 * scaled to the room the title and key leave, and centred in it.
 */
export function layoutPage(input: {
  title: string;
  subtitle?: string;
  legend: readonly KeyEntry[];
  /** The map's size in map units, margins included. */
  map: { width: number; height: number };
  size: PageSize;
  /**
   * Sets the title, date and key this many times larger: a picture that will be shown
   * smaller than drawn (a PNG overview of a whole system) keeps them readable.
   */
  textScale?: number;
}): PageLayout {
  const k = input.textScale ?? 1;
  const margin = PAGE_MARGIN * k;
  const fixed = input.size.kind === 'page' ? input.size : null;
  const naturalScale = input.size.kind === 'scale' ? input.size.scale : 1;
  const width = fixed
    ? fixed.width
    : Math.max(MIN_PAGE_WIDTH * k, Math.ceil(input.map.width * naturalScale));
  const textRoom = width - 2 * margin;
  let y = margin + PAGE_TEXT.title * k;
  const title = {
    text: fitText(input.title, PAGE_TEXT.title * k, textRoom, true),
    x: margin,
    y,
  };
  let subtitle: PageLayout['subtitle'] = null;
  if (input.subtitle) {
    y += (8 + PAGE_TEXT.subtitle) * k;
    subtitle = {
      text: fitText(input.subtitle, PAGE_TEXT.subtitle * k, textRoom),
      x: margin,
      y,
    };
  }
  y += 12 * k;
  const mapTop = y;
  // The key's height depends only on the page width, so a fixed page can leave room for it.
  const keyHeight = layoutKey(input.legend, width, 0, k).bottom;
  let scale = naturalScale;
  if (fixed) {
    const roomHeight = fixed.height - mapTop - keyHeight - margin;
    scale = Math.max(
      0.001,
      Math.min(textRoom / input.map.width, roomHeight / Math.max(1, input.map.height)),
    );
  }
  const mapWidth = input.map.width * scale;
  const mapHeight = input.map.height * scale;
  const map = { x: (width - mapWidth) / 2, y: mapTop, width: mapWidth, height: mapHeight, scale };
  const keyTop = fixed ? fixed.height - margin - keyHeight : mapTop + mapHeight;
  const key = layoutKey(input.legend, width, keyTop, k);
  const height = fixed ? fixed.height : Math.ceil(key.bottom + margin);
  return {
    width,
    height,
    title,
    subtitle,
    map,
    groups: key.groups,
    items: key.items,
    textScale: k,
  };
}
