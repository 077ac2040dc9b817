import type { ElementStatus } from '../model/status.ts';
import type { MapSnapshot } from '../ydoc/readMap.ts';
import { escapeXml } from './escapeXml.ts';
import {
  buildExportScene,
  CARD_METRICS as CARD,
  type ExportScene,
  exportLabelSize,
  FOOTPRINT_HEADER,
  footprintTitle,
  RELATIONSHIP_LABEL,
  type SceneBody,
  type SceneFootprint,
  type SceneNote,
  type SceneRelationship,
} from './exportScene.ts';
import type { ExportTheme } from './exportTheme.ts';
import type { LegendEntry } from './legendEntry.ts';
import { fitText, measureText, wrapText } from './measureText.ts';
import { NOTE_PADDING } from './noteText.ts';
import {
  type KeyEntry,
  layoutPage,
  MAP_MARGIN,
  MARKER_GAP,
  MARKER_WIDTH,
  PAGE_TEXT,
  type PageLayout,
  type PageSize,
} from './pageLayout.ts';
import { readableInk } from './readableInk.ts';

/** What to export and how. */
export interface MapSvgOptions {
  theme: ExportTheme;
  /** The key's body and relationship kinds (only those on the map). */
  legend: readonly LegendEntry[];
  /** The title on the page; the map's title by default. */
  title?: string;
  /** A line under the title, e.g. the date of the export. */
  subtitle?: string;
  size: PageSize;
  /** Sizes the canvas measured, by element id. */
  sizes?: ReadonlyMap<string, { width: number; height: number }>;
  /** The problems found, by element id: drawn only with `showProblems`. */
  flags?: ReadonlyMap<string, 'error' | 'warning'>;
  /** Draw red and amber problem highlights; a deliverable leaves them out by default. */
  showProblems?: boolean;
  /** The scene, when the caller has built it already (it does not depend on the page). */
  scene?: ExportScene;
  /** Scales the whole picture, title and key included: the document's width and height. */
  outputScale?: number;
  /**
   * Draws an overview: each body a block in its kind's colours with only its name, set at
   * this size (map units) so it stays readable in a picture too small for a card's details;
   * relationships as plain lines without labels. Whole systems of thousands of bodies are
   * drawn this way, quickly and legibly.
   */
  overviewNameSize?: number;
  /**
   * Sets the title, date and key this many times larger than on a page at 100%: a picture
   * that will be drawn smaller than its own size keeps them readable.
   */
  textScale?: number;
}

/** An exported map: the SVG document and how it was laid out. */
export interface MapSvg {
  svg: string;
  layout: PageLayout;
  scene: ExportScene;
  /** How tall a body's name is on the page, in page units: what legibility hangs on. */
  nameSize: number;
}

/** The key's status entries: what dashed, solid and red mean. */
export const STATUS_KEYS: readonly KeyEntry[] = [
  { kind: 'status', status: 'proposed', label: 'Proposed (dashed)' },
  { kind: 'status', status: 'agreed', label: 'Agreed (solid)' },
  { kind: 'status', status: 'disputed', label: 'Disputed (red)' },
];

/** Numbers short enough to keep a 2,000-body file small, exact enough to draw. */
const n = (value: number) => Math.round(value * 100) / 100;

function text(value: string, x: number, y: number, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(value)}</text>`;
}

const BORDER_DASH: Record<ElementStatus, string> = {
  proposed: ' stroke-dasharray="6 4"',
  agreed: '',
  disputed: '',
};

/**
 * A footprint's frame, and its level and name in its header; an overview leaves the words to
 * overviewFootprintNamesSvg, which sets them as large as the bodies' names.
 */
function footprintSvg(
  footprint: SceneFootprint,
  theme: ExportTheme,
  problems: boolean,
  overview: boolean,
): string {
  const { x, y, w, h } = footprint.box;
  const look = theme.footprint[footprint.level];
  const parts = [
    `<g data-id="${escapeXml(footprint.id)}">`,
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="14" fill="${look.fill}" fill-opacity="0.5" stroke="${look.stroke}" stroke-width="2" stroke-dasharray="8 5"/>`,
    `<line x1="${n(x)}" y1="${n(y + FOOTPRINT_HEADER)}" x2="${n(x + w)}" y2="${n(y + FOOTPRINT_HEADER)}" stroke="${theme.grey}" stroke-opacity="0.25"/>`,
  ];
  if (problems && footprint.flag) {
    const color = footprint.flag === 'error' ? theme.red : theme.amber;
    parts.push(
      `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="${n(w + 8)}" height="${n(h + 8)}" rx="16" fill="none" stroke="${color}" stroke-width="3"/>`,
    );
  }
  if (overview) return [...parts, '</g>'].join('');
  const title = footprintTitle(footprint);
  parts.push(
    text(
      title.level,
      x + title.levelX,
      y + 24,
      `font-size="11" font-weight="700" fill="${theme.grey}"`,
    ),
    text(
      title.name,
      x + title.nameX,
      y + 24,
      `font-size="17" font-weight="700" fill="${theme.ink}"`,
    ),
    '</g>',
  );
  return parts.join('');
}

/** The three corners of the arrowhead at a relationship's end. */
function arrowCorners(relationship: SceneRelationship, width: number): number[][] {
  const { end, start, control } = relationship.curve;
  const from = control ?? start;
  const dx = end.x - from.x;
  const dy = end.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const size = 8 + width * 1.5;
  const half = size * 0.45;
  const bx = end.x - ux * size;
  const by = end.y - uy * size;
  return [
    [end.x, end.y],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
}

/** The arrowhead at a relationship's end, as a filled triangle (no SVG markers: not every reader draws them). */
function arrowhead(relationship: SceneRelationship, color: string, width: number): string {
  const points = arrowCorners(relationship, width);
  return `<polygon points="${points.map(([px, py]) => `${n(px ?? 0)},${n(py ?? 0)}`).join(' ')}" fill="${color}"/>`;
}

function curveD({ start, end, control }: SceneRelationship['curve']): string {
  return control
    ? `M${n(start.x)},${n(start.y)} Q${n(control.x)},${n(control.y)} ${n(end.x)},${n(end.y)}`
    : `M${n(start.x)},${n(start.y)} L${n(end.x)},${n(end.y)}`;
}

function relationshipSvg(
  relationship: SceneRelationship,
  theme: ExportTheme,
  problems: boolean,
): string {
  const look = theme.relationship[relationship.kind];
  const d = curveD(relationship.curve);
  const parts = [`<g data-id="${escapeXml(relationship.id)}">`];
  const halo =
    relationship.status === 'disputed'
      ? theme.red
      : problems && relationship.flag
        ? relationship.flag === 'error'
          ? theme.red
          : theme.amber
        : null;
  if (halo) {
    parts.push(
      `<path d="${d}" fill="none" stroke="${halo}" stroke-opacity="0.35" stroke-width="${look.width + 8}"/>`,
    );
  }
  const dash = look.dash ? ` stroke-dasharray="${look.dash}"` : '';
  const opacity = relationship.status === 'proposed' ? ' stroke-opacity="0.7"' : '';
  parts.push(
    `<path d="${d}" fill="none" stroke="${look.color}" stroke-width="${look.width}"${dash}${opacity}/>`,
    arrowhead(relationship, look.color, look.width),
    '</g>',
  );
  return parts.join('');
}

const LABEL_SIZE = RELATIONSHIP_LABEL.size;

function relationshipLabelSvg(relationship: SceneRelationship, theme: ExportTheme): string {
  const { x, y } = relationship.labelAt;
  const { width, height } = exportLabelSize(relationship.label);
  const background = relationship.status === 'disputed' ? theme.disputedTint : theme.paper;
  const leader = relationship.labelLeader;
  return [
    // A label set clear of its line, by a card, is joined to it by a dotted line of its colour.
    ...(leader
      ? [
          `<line x1="${n(leader.x)}" y1="${n(leader.y)}" x2="${n(x)}" y2="${n(y)}" stroke="${theme.relationship[relationship.kind].color}" stroke-width="1.5" stroke-dasharray="2 2"/>`,
        ]
      : []),
    `<rect x="${n(x - width / 2)}" y="${n(y - height / 2)}" width="${n(width)}" height="${n(height)}" rx="4" fill="${background}" fill-opacity="0.92"/>`,
    // Dark text, not the kind's colour: several kinds' colours are too light to read as text.
    text(
      relationship.label,
      x,
      y + LABEL_SIZE * 0.35,
      `font-size="${LABEL_SIZE}" font-weight="700" text-anchor="middle" fill="${theme.ink}"`,
    ),
  ].join('');
}

function bodySvg(body: SceneBody, theme: ExportTheme, problems: boolean): string {
  const { x, y, w, h } = body.box;
  const look = theme.body[body.kind];
  const border = body.status === 'disputed' ? theme.red : look.color;
  const parts = [`<g data-id="${escapeXml(body.id)}">`];
  if (body.status === 'disputed') {
    parts.push(
      `<rect x="${n(x - 3)}" y="${n(y - 3)}" width="${n(w + 6)}" height="${n(h + 6)}" rx="10" fill="${theme.disputedHalo}"/>`,
    );
  }
  if (problems && body.flag) {
    const color = body.flag === 'error' ? theme.red : theme.amber;
    parts.push(
      `<rect x="${n(x - 5)}" y="${n(y - 5)}" width="${n(w + 10)}" height="${n(h + 10)}" rx="12" fill="none" stroke="${color}" stroke-width="3"/>`,
    );
  }
  parts.push(
    `<rect x="${n(x + 1)}" y="${n(y + 1)}" width="${n(w - 2)}" height="${n(h - 2)}" rx="8" fill="${look.tint}" stroke="${border}" stroke-width="2"${BORDER_DASH[body.status]}/>`,
    // The kind-coloured band down the left side, as on the canvas.
    `<path d="M${n(x + 8)},${n(y)} V${n(y + h)} A8,8 0 0 1 ${n(x)},${n(y + h - 8)} V${n(y + 8)} A8,8 0 0 1 ${n(x + 8)},${n(y)} Z" fill="${look.color}"/>`,
  );
  const left = x + CARD.left;
  let line = y + CARD.top;
  const badgeWidth = measureText(body.short, 9.5, true) + 10;
  parts.push(
    `<rect x="${n(left)}" y="${n(line + 1)}" width="${n(badgeWidth)}" height="14" rx="3" fill="${look.color}"/>`,
    text(
      body.short,
      left + 5,
      line + 11.5,
      `font-size="9.5" font-weight="700" fill="${readableInk(look.color, theme.ink)}"`,
    ),
  );
  const room = w - CARD.left - CARD.right;
  const statutoryWidth = body.statutory ? 12 : 0;
  parts.push(
    text(
      fitText(body.kindLabel.toUpperCase(), 10.5, room - badgeWidth - 6 - statutoryWidth, true),
      left + badgeWidth + 6,
      line + 12,
      `font-size="10.5" font-weight="700" fill="${theme.grey}"`,
    ),
  );
  if (body.statutory) {
    parts.push(
      text(
        '§',
        x + w - CARD.right - 8,
        line + 12,
        `font-size="13" font-weight="700" fill="${theme.ink}"`,
      ),
    );
  }
  line += CARD.head + CARD.name.gap;
  for (const nameLine of body.name) {
    parts.push(
      text(
        nameLine,
        left,
        line + 15,
        `font-size="${CARD.name.size}" font-weight="700" fill="${theme.ink}"`,
      ),
    );
    line += CARD.name.line;
  }
  if (body.governance.length > 0) line += CARD.governance.gap;
  for (const governanceLine of body.governance) {
    parts.push(
      text(
        governanceLine,
        left,
        line + 12,
        `font-size="${CARD.governance.size}" fill="${theme.ink}"`,
      ),
    );
    line += CARD.governance.line;
  }
  if (body.facts.length > 0) line += CARD.facts.gap;
  for (const factLine of body.facts) {
    parts.push(
      text(factLine, left, line + 11, `font-size="${CARD.facts.size}" fill="${theme.grey}"`),
    );
    line += CARD.facts.line;
  }
  if (body.status !== 'proposed') {
    const word = body.status === 'agreed' ? 'AGREED' : 'DISPUTED';
    const color = body.status === 'agreed' ? theme.green : theme.red;
    const flagWidth = measureText(word, 10, true) + 12;
    const fx = x + w - 8 - flagWidth;
    const fy = y + h - 10;
    parts.push(
      `<rect x="${n(fx)}" y="${n(fy)}" width="${n(flagWidth)}" height="16" rx="4" fill="${theme.paper}" stroke="${color}" stroke-width="1.5"/>`,
      text(word, fx + 6, fy + 12, `font-size="10" font-weight="700" fill="${color}"`),
    );
  }
  parts.push('</g>');
  return parts.join('');
}

function noteSvg(note: SceneNote, theme: ExportTheme): string {
  const { x, y, w, h } = note.box;
  const pad = NOTE_PADDING[note.kind];
  const parts = [`<g data-id="${escapeXml(note.id)}">`];
  if (note.kind === 'note') {
    const paper = theme.note[note.color];
    parts.push(
      `<rect x="${n(x + 2)}" y="${n(y + 4)}" width="${n(w)}" height="${n(h)}" rx="3" fill="${theme.ink}" fill-opacity="0.12"/>`,
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="3" fill="${paper.fill}" stroke="${paper.edge}"/>`,
    );
  }
  const weight = note.kind === 'text' ? ' font-weight="700"' : '';
  note.lines.forEach((line, i) => {
    const baseline =
      y + pad.y + note.size + i * note.lineHeight - (note.lineHeight - note.size) / 2;
    parts.push(
      text(line, x + pad.x, baseline, `font-size="${note.size}"${weight} fill="${theme.ink}"`),
    );
  });
  parts.push('</g>');
  return parts.join('');
}

/** The most lines of a name an overview block holds. */
const OVERVIEW_LINES = 3;

/**
 * An overview's bodies: each its kind's block with its name alone, large. Blocks and bands
 * of one look are one path, and the names one group, so a whole system draws quickly.
 */
function overviewBodiesSvg(
  bodies: readonly SceneBody[],
  theme: ExportTheme,
  size: number,
): string[] {
  const pad = Math.round(size * 0.35);
  const band = Math.max(8, Math.round(size * 0.3));
  const line = Math.round(size * 1.15);
  const stroke = n(size / 8);
  const blocks = new Map<string, string[]>();
  const bands = new Map<string, string[]>();
  const names: string[] = [];
  for (const body of bodies) {
    const { x, y, w } = body.box;
    const look = theme.body[body.kind];
    const border = body.status === 'disputed' ? theme.red : look.color;
    const name = wrapText(body.name.join(' '), size, w - band - 2 * pad, {
      bold: true,
      maxLines: OVERVIEW_LINES,
    });
    // The block grows downwards when the name needs more lines than the card had.
    const h = Math.max(body.box.h, name.length * line + 2 * pad);
    const blockKey = `fill="${look.tint}" stroke="${border}" stroke-width="${stroke}"${BORDER_DASH[body.status]}`;
    const block = blocks.get(blockKey) ?? [];
    block.push(`M${n(x)},${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`);
    blocks.set(blockKey, block);
    const kindBand = bands.get(look.color) ?? [];
    kindBand.push(`M${n(x)},${n(y)}h${band}v${n(h)}h${-band}Z`);
    bands.set(look.color, kindBand);
    name.forEach((value, i) => {
      names.push(text(value, x + band + pad, y + pad + size * 0.92 + i * line, ''));
    });
  }
  return [
    ...[...blocks].map(([look, d]) => `<path d="${d.join('')}" ${look}/>`),
    ...[...bands].map(([color, d]) => `<path d="${d.join('')}" fill="${color}"/>`),
    `<g font-size="${n(size)}" font-weight="700" fill="${theme.ink}">${names.join('')}</g>`,
  ];
}

/**
 * An overview's footprint names: each footprint's level and name across its top, the name half
 * as large again as the bodies' (as the canvas does zoomed out), drawn over everything
 * with a halo of the paper's colour so that lines and blocks beneath do not hide them.
 */
function overviewFootprintNamesSvg(
  footprints: readonly SceneFootprint[],
  theme: ExportTheme,
  size: number,
): string {
  const inset = Math.round(size * 0.4);
  const type = { level: Math.round(size * 0.75), name: Math.round(size * 1.5), inset, gap: inset };
  const names = footprints.map((footprint) => {
    const { box } = footprint;
    const title = footprintTitle(footprint, type);
    const baseline = box.y + inset + type.name * 0.85;
    return [
      text(
        title.level,
        box.x + title.levelX,
        baseline,
        `font-size="${type.level}" fill="${theme.grey}"`,
      ),
      text(title.name, box.x + title.nameX, baseline, `font-size="${type.name}"`),
    ].join('');
  });
  const halo = `stroke="${theme.paper}" stroke-width="${n(size / 4)}" stroke-linejoin="round" paint-order="stroke"`;
  return `<g font-weight="700" fill="${theme.ink}" ${halo}>${names.join('')}</g>`;
}

/**
 * An overview's relationships: plain lines in their kind's colour (red when disputed), with
 * arrowheads, one path per colour and width, since thousands of separate paths are what
 * makes a whole system slow to draw.
 */
function overviewRelationshipsSvg(
  relationships: readonly SceneRelationship[],
  theme: ExportTheme,
): string[] {
  const groups = new Map<
    string,
    { color: string; width: number; lines: string[]; heads: string[] }
  >();
  for (const relationship of relationships) {
    const look = theme.relationship[relationship.kind];
    const color = relationship.status === 'disputed' ? theme.red : look.color;
    const key = `${color} ${look.width}`;
    const group = groups.get(key) ?? { color, width: look.width, lines: [], heads: [] };
    group.lines.push(curveD(relationship.curve));
    const corners = arrowCorners(relationship, look.width);
    group.heads.push(`M${corners.map(([px, py]) => `${n(px ?? 0)},${n(py ?? 0)}`).join(' L')} Z`);
    groups.set(key, group);
  }
  return [...groups.values()].map(
    ({ color, width, lines, heads }) =>
      `<path d="${lines.join(' ')}" fill="none" stroke="${color}" stroke-width="${width}"/><path d="${heads.join(' ')}" fill="${color}"/>`,
  );
}

/** A key entry's marker, drawn at its own size with its baseline at 0, from its left edge. */
function keyMarkerShape(entry: KeyEntry, theme: ExportTheme): string {
  switch (entry.kind) {
    case 'body':
      return `<rect x="0" y="-12" width="16" height="16" rx="3" fill="${escapeXml(entry.color)}"/>`;
    case 'relationship': {
      const dash = entry.dash ? ` stroke-dasharray="${escapeXml(entry.dash)}"` : '';
      return `<line x1="0" y1="-4" x2="${MARKER_WIDTH.relationship}" y2="-4" stroke="${escapeXml(entry.color)}" stroke-width="2.5"${dash}/>`;
    }
    case 'status': {
      const stroke = entry.status === 'disputed' ? theme.red : theme.grey;
      return `<rect x="1" y="-13" width="${MARKER_WIDTH.status - 2}" height="16" rx="3" fill="${theme.paper}" stroke="${stroke}" stroke-width="2"${BORDER_DASH[entry.status]}/>`;
    }
    default: {
      const never: never = entry;
      return never;
    }
  }
}

function keyMarker(item: PageLayout['items'][number], theme: ExportTheme, k: number): string {
  const place =
    k === 1
      ? `translate(${n(item.x)} ${n(item.y)})`
      : `translate(${n(item.x)} ${n(item.y)}) scale(${k})`;
  return `<g transform="${place}">${keyMarkerShape(item.entry, theme)}</g>`;
}

/** Today as people write it, for the line under an export's title. */
export function exportedOn(date: Date): string {
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `Exported from Accord on ${day}`;
}

/** Lays out the page around a scene: title, date, the map at its scale or fitted, the key. */
export function layoutMapPage(
  scene: ExportScene,
  options: Pick<MapSvgOptions, 'legend' | 'subtitle' | 'size' | 'textScale'> & { title: string },
): PageLayout {
  return layoutPage({
    title: options.title,
    ...(options.subtitle ? { subtitle: options.subtitle } : {}),
    ...(options.textScale ? { textScale: options.textScale } : {}),
    legend: [...options.legend, ...STATUS_KEYS],
    map: {
      width: Math.max(1, scene.bounds.w) + 2 * MAP_MARGIN,
      height: Math.max(1, scene.bounds.h) + 2 * MAP_MARGIN,
    },
    size: options.size,
  });
}

/**
 * The map as a standalone SVG document of plain shapes and text (rect, path, polygon, text;
 * no embedded HTML or images), built from the doc's records rather than from the screen,
 * so that Inkscape, LibreOffice, PowerPoint and PDF converters all read it and its words
 * stay searchable. A white page with the title and date on top and the key underneath.
 */
export function buildMapSvg(snapshot: MapSnapshot, options: MapSvgOptions): MapSvg {
  const { theme } = options;
  const problems = options.showProblems === true;
  const scene =
    options.scene ??
    buildExportScene(snapshot, {
      ...(options.sizes ? { sizes: options.sizes } : {}),
      ...(options.flags ? { flags: options.flags } : {}),
    });
  const title = options.title ?? snapshot.title;
  const layout = layoutMapPage(scene, { ...options, title });
  const { map, textScale: k } = layout;
  const outputScale = options.outputScale ?? 1;
  const originX = map.x + (MAP_MARGIN - scene.bounds.x) * map.scale;
  const originY = map.y + (MAP_MARGIN - scene.bounds.y) * map.scale;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(layout.width * outputScale)}" height="${n(layout.height * outputScale)}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" font-family="${escapeXml(theme.font)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${n(layout.width)}" height="${n(layout.height)}" fill="${theme.paper}"/>`,
    text(
      layout.title.text,
      layout.title.x,
      layout.title.y,
      `font-size="${n(PAGE_TEXT.title * k)}" font-weight="700" fill="${theme.ink}"`,
    ),
  ];
  if (layout.subtitle) {
    const { text: value, x, y } = layout.subtitle;
    parts.push(text(value, x, y, `font-size="${n(PAGE_TEXT.subtitle * k)}" fill="${theme.grey}"`));
  }
  parts.push(`<g transform="translate(${n(originX)} ${n(originY)}) scale(${map.scale})">`);
  const overview = options.overviewNameSize;
  for (const footprint of scene.footprints) {
    parts.push(footprintSvg(footprint, theme, problems, overview !== undefined));
  }
  if (overview) {
    parts.push(...overviewRelationshipsSvg(scene.relationships, theme));
    parts.push(...overviewBodiesSvg(scene.bodies, theme, overview));
    parts.push(overviewFootprintNamesSvg(scene.footprints, theme, overview));
  } else {
    for (const relationship of scene.relationships) {
      parts.push(relationshipSvg(relationship, theme, problems));
    }
    for (const body of scene.bodies) parts.push(bodySvg(body, theme, problems));
    // Labels last: one with no free place beside its line is read over a body, not lost.
    for (const relationship of scene.relationships) {
      parts.push(relationshipLabelSvg(relationship, theme));
    }
  }
  for (const note of scene.notes) parts.push(noteSvg(note, theme));
  parts.push('</g>');
  for (const group of layout.groups) {
    parts.push(
      text(
        group.label,
        group.x,
        group.y,
        `font-size="${n(PAGE_TEXT.group * k)}" font-weight="700" fill="${theme.grey}"`,
      ),
    );
  }
  for (const item of layout.items) {
    parts.push(keyMarker(item, theme, k));
    const labelX = item.x + (MARKER_WIDTH[item.entry.kind] + MARKER_GAP) * k;
    parts.push(
      text(
        item.entry.label,
        labelX,
        item.y,
        `font-size="${n(PAGE_TEXT.legend * k)}" fill="${theme.ink}"`,
      ),
    );
  }
  parts.push('</svg>');
  const nameSize = (overview ?? CARD.name.size) * map.scale;
  return { svg: parts.join('\n'), layout, scene, nameSize };
}
