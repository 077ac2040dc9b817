import type { InternalNode } from '@xyflow/react';
import { boxesMeet } from '../../shared/layout/boxesOverlap.ts';
import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import { COLOR, SPACE, TEXT } from '../theme/tokens.ts';
import type { FarBlock, FarBlockSource } from './farBlocks.ts';
import { FAR_CARD, FAR_NAME_INSET, FAR_NAME_LINE } from './farCard.ts';
import { BODY_STYLE } from './kindStyles.ts';
import type { LaidOutBox } from './paintedLayout.ts';
import { barWidths, measureByWords, wrapName } from './wrapName.ts';

/** Where the flow is on screen and the canvas's size, in CSS pixels. */
export interface FarView {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  /** Device pixels to a CSS pixel. */
  ratio: number;
}

// The zoomed-out card's look (farCard.ts), in flow pixels.
const BORDER = FAR_CARD.border;
const INSET = FAR_NAME_INSET;
const NAME_SIZE = FAR_CARD.nameSize;
const NAME_LINE = FAR_NAME_LINE;
const NAME_LINES = FAR_CARD.nameLines;
const FLAG_SIZE = TEXT['4xl'];
const FLAG_HEIGHT = FLAG_SIZE * 1.45 + 5;
const FLAG_PADDING = SPACE[3];
/** A status flag hangs this far below the block, at this distance from its right edge. */
const FLAG_BELOW = 20;
const FLAG_RIGHT = 8;
/**
 * Under this many CSS pixels a line of text cannot be read: a name is drawn as a bar as long
 * as its line, which costs a rectangle instead of its letters on every frame of a pan.
 */
const READABLE_PX = 5;
/**
 * Under this many CSS pixels a name's bars and a block's border are not painted (a region's
 * map fitted, at 2%): the block's colour is what shows, and 10,000 blocks cost a rectangle
 * each. A red border (disputed, breaking a rule) is painted however thin.
 */
const VISIBLE_PX = 0.5;
/** Under this zoom a dash would be a pixel or less: a proposed body's border is drawn plain. */
const DASHED_FROM_ZOOM = 0.25;
const DASH = [12, 8];
const WRAPPED_KEPT = 20_000;
/** A name of the usual letters, to find the name font's average letter. */
const SAMPLE_NAME = 'Leeds Teaching Hospitals NHS Trust, Primary Care Network 12';

const STATUS_FLAG = {
  agreed: { text: '✓ AGREED', color: COLOR.green },
  disputed: { text: '⚠ DISPUTED', color: COLOR.red },
} as const;

interface Wrapped {
  lines: string[];
  widths: number[];
}

/**
 * Paints the zoomed-out view's bodies on one canvas: each a block in its kind's colour with
 * its name and agreed or disputed flag, as the zoomed-out card looked in the page, for the
 * bodies on screen. Names are wrapped once per name and width, so a frame of a pan only
 * fills rectangles and text.
 */
export class FarPainter {
  private readonly wrapped = new Map<string, Wrapped>();
  /** The name font's width of each word and of the space, for wrapping. */
  private readonly wordWidths = new Map<string, number>();
  private readonly flagWidths = new Map<string, number>();
  private readonly nameFont: string;
  private readonly flagFont: string;
  /**
   * The context's fill, stroke and opacity as last set in this paint: each is set again only
   * when it changes, since a canvas parses a colour on every assignment (a fitted whole
   * system set them some ten thousand times a paint).
   */
  private pen = { fill: '', stroke: '', alpha: -1 };

  constructor(
    private readonly context: CanvasRenderingContext2D,
    fontFamily: string,
  ) {
    this.nameFont = `700 ${NAME_SIZE}px ${fontFamily}`;
    this.flagFont = `800 ${FLAG_SIZE}px ${fontFamily}`;
  }

  /**
   * Everything a body at `box` may paint: its block, and a status flag hanging below it,
   * which can be wider than a narrow block (with room to spare for the font's own measure).
   */
  private extent(box: LaidOutBox): LaidOutBox {
    if (this.widestFlag === undefined) {
      const context = this.context;
      const font = context.font;
      context.font = this.flagFont;
      this.widestFlag = Math.max(
        ...Object.values(STATUS_FLAG).map(({ text }) => context.measureText(text).width),
      );
      context.font = font;
    }
    const flag = this.widestFlag * 1.25 + 2 * FLAG_PADDING + 3;
    const left = Math.min(box.x, box.x + box.w - BORDER - FLAG_RIGHT - flag);
    return { x: left, y: box.y, w: box.x + box.w - left, h: box.h + FLAG_BELOW };
  }

  private widestFlag: number | undefined;

  /**
   * Paints the bodies on screen, each edged in red if `flags` has an error for it (`dirty`
   * given: only inside those boxes, in the flow's coordinates, where bodies came, went, moved
   * or changed; the rest of the canvas is kept).
   */
  paint(
    view: FarView,
    order: readonly { id: string }[],
    lookup: ReadonlyMap<string, InternalNode>,
    blocks: FarBlockSource,
    flags: ReadonlyMap<string, 'error' | 'warning'>,
    dirty?: readonly LaidOutBox[],
  ): void {
    const context = this.context;
    context.setTransform(1, 0, 0, 1, 0, 0);
    let areas: LaidOutBox[] | undefined;
    if (dirty) {
      areas = dirty.map((box) => this.extent(box));
      // In the canvas's own pixels, out to whole pixels and one more for anti-aliasing.
      const rects = areas.map((area) => {
        const left = Math.floor((area.x * view.zoom + view.x) * view.ratio) - 1;
        const top = Math.floor((area.y * view.zoom + view.y) * view.ratio) - 1;
        const right = Math.ceil(((area.x + area.w) * view.zoom + view.x) * view.ratio) + 1;
        const bottom = Math.ceil(((area.y + area.h) * view.zoom + view.y) * view.ratio) + 1;
        return { x: left, y: top, w: right - left, h: bottom - top };
      });
      context.save();
      context.beginPath();
      for (const rect of rects) context.rect(rect.x, rect.y, rect.w, rect.h);
      context.clip();
      for (const rect of rects) context.clearRect(rect.x, rect.y, rect.w, rect.h);
      // What those pixels reach in the flow, so every body painted into them is painted.
      const margin = 2 / (view.zoom * view.ratio);
      areas = areas.map((area) => ({
        x: area.x - margin,
        y: area.y - margin,
        w: area.w + 2 * margin,
        h: area.h + 2 * margin,
      }));
    } else {
      context.clearRect(0, 0, context.canvas.width, context.canvas.height);
    }
    try {
      this.paintBodies(view, order, lookup, blocks, flags, areas);
    } finally {
      if (dirty) context.restore();
    }
  }

  private paintBodies(
    view: FarView,
    order: readonly { id: string }[],
    lookup: ReadonlyMap<string, InternalNode>,
    blocks: FarBlockSource,
    flags: ReadonlyMap<string, 'error' | 'warning'>,
    areas: readonly LaidOutBox[] | undefined,
  ): void {
    const context = this.context;
    const scale = view.zoom * view.ratio;
    context.setTransform(scale, 0, 0, scale, view.x * view.ratio, view.y * view.ratio);
    const left = -view.x / view.zoom;
    const top = -view.y / view.zoom;
    const right = left + view.width / view.zoom;
    const bottom = top + view.height / view.zoom;
    const readable = NAME_SIZE * view.zoom >= READABLE_PX;
    const bars = NAME_SIZE * 0.5 * view.zoom >= VISIBLE_PX;
    const borders = BORDER * view.zoom >= VISIBLE_PX;
    const dashed = view.zoom >= DASHED_FROM_ZOOM;
    const statusFlags: { block: FarBlock; x: number; y: number; alpha: number }[] = [];
    this.pen = { fill: '', stroke: '', alpha: -1 };
    context.font = this.nameFont;
    context.textBaseline = 'middle';
    for (const { id } of order) {
      const block = blocks.get(id);
      if (!block) continue;
      const node = lookup.get(id);
      if (!node) continue;
      const { x, y } = node.internals.positionAbsolute;
      const w = node.measured.width ?? 0;
      const h = node.measured.height ?? 0;
      if (w === 0 || x > right || y > bottom || x + w < left || y + h + FLAG_BELOW < top) continue;
      // A body that only touches a cleared area is painted again too.
      if (areas && !areas.some((area) => boxesMeet(this.extent({ x, y, w, h }), area))) continue;
      const alpha = block.dimmed ? 0.25 : 1;
      this.alpha(alpha);
      const look = BODY_STYLE[block.kind as BodyKind];
      const removed = block.change === 'removed';
      this.fill(removed ? COLOR.redTint : look.ink);
      context.fillRect(x, y, w, h);
      const red = removed || block.status === 'disputed' || flags.get(id) === 'error';
      if (red || borders) {
        // However far out, a red border is at least a pixel wide: it is what says which
        // bodies to look at.
        const width = red ? Math.max(BORDER, 1 / view.zoom) : BORDER;
        context.lineWidth = width;
        this.stroke(red ? COLOR.red : look.color);
        context.setLineDash(dashed && (removed || block.status === 'proposed') ? DASH : []);
        context.strokeRect(x + width / 2, y + width / 2, w - width, h - width);
      }
      if (!block.renaming && (readable || bars)) {
        this.paintName(block.label, x, y, w, h, removed, readable);
      }
      if (block.status !== 'proposed') statusFlags.push({ block, x: x + w, y: y + h, alpha });
    }
    context.setLineDash([]);
    context.font = this.flagFont;
    for (const { block, x, y, alpha } of statusFlags) {
      this.alpha(alpha);
      this.paintFlag(block, x, y, readable);
    }
    this.alpha(1);
  }

  private fill(color: string): void {
    if (this.pen.fill === color) return;
    this.context.fillStyle = color;
    this.pen.fill = color;
  }

  private stroke(color: string): void {
    if (this.pen.stroke === color) return;
    this.context.strokeStyle = color;
    this.pen.stroke = color;
  }

  private alpha(alpha: number): void {
    if (this.pen.alpha === alpha) return;
    this.context.globalAlpha = alpha;
    this.pen.alpha = alpha;
  }

  private paintName(
    label: string,
    x: number,
    y: number,
    w: number,
    h: number,
    removed: boolean,
    readable: boolean,
  ): void {
    const context = this.context;
    this.fill(removed ? COLOR.redDark : COLOR.white);
    if (!readable) {
      const widths = this.barsOf(label, w - 2 * INSET);
      const first = y + (h - widths.length * NAME_LINE) / 2 + NAME_LINE / 2;
      for (let index = 0; index < widths.length; index++) {
        const middle = first + index * NAME_LINE;
        context.fillRect(x + INSET, middle - NAME_SIZE * 0.25, widths[index] ?? 0, NAME_SIZE * 0.5);
      }
      return;
    }
    const { lines, widths } = this.wrap(label, w - 2 * INSET);
    const first = y + (h - lines.length * NAME_LINE) / 2 + NAME_LINE / 2;
    for (let index = 0; index < lines.length; index++) {
      const middle = first + index * NAME_LINE;
      context.fillText(lines[index] ?? '', x + INSET, middle);
      if (removed) context.fillRect(x + INSET, middle - 1, widths[index] ?? 0, 2);
    }
  }

  private paintFlag(block: FarBlock, right: number, bottom: number, readable: boolean): void {
    if (block.status === 'proposed') return;
    const context = this.context;
    const flag = STATUS_FLAG[block.status];
    let width = this.flagWidths.get(flag.text);
    if (width === undefined) {
      width = context.measureText(flag.text).width + 2 * FLAG_PADDING + 3;
      this.flagWidths.set(flag.text, width);
    }
    const x = right - BORDER - FLAG_RIGHT - width;
    const y = bottom - BORDER + FLAG_BELOW - FLAG_HEIGHT;
    if (!readable) {
      this.fill(flag.color);
      context.fillRect(x, y, width, FLAG_HEIGHT);
      return;
    }
    this.fill(COLOR.white);
    context.fillRect(x, y, width, FLAG_HEIGHT);
    this.stroke(flag.color);
    context.lineWidth = 1.5;
    context.strokeRect(x + 0.75, y + 0.75, width - 1.5, FLAG_HEIGHT - 1.5);
    this.fill(flag.color);
    context.fillText(flag.text, x + FLAG_PADDING + 1.5, y + FLAG_HEIGHT / 2);
  }

  /**
   * The widths of the name's lines at this width where they are painted as bars, too small
   * for a letter to be read: wrapped by the name font's average letter (barWidths), not by a
   * measure of each word, and kept per width and name. A fitted whole system is painted first
   * at that size: measuring its thousands of names word by word was most of that first
   * paint, and building each line's string half of what was left.
   */
  private barsOf(label: string, width: number): readonly number[] {
    let byName = this.bars.get(width);
    if (!byName) {
      byName = new Map();
      this.bars.set(width, byName);
    }
    let found = byName.get(label);
    if (!found) {
      if (byName.size > WRAPPED_KEPT) byName.clear();
      this.letterWidth ??= this.context.measureText(SAMPLE_NAME).width / SAMPLE_NAME.length;
      const letter = this.letterWidth;
      // A name too long for the block is cut to an ellipsis, as wrapName cuts it.
      found =
        barWidths(label, width, NAME_LINES, letter) ??
        wrapName(label, width, NAME_LINES, (text) => text.length * letter).map(
          (line) => line.length * letter,
        );
      byName.set(label, found);
    }
    return found;
  }

  /** Bars' widths, by the width they wrap in and the name. */
  private readonly bars = new Map<number, Map<string, readonly number[]>>();
  /** The name font's average width of a letter, from SAMPLE_NAME. */
  private letterWidth: number | undefined;

  /** The name's lines at this width, worked out once (the name font must be set). */
  private wrap(label: string, width: number): Wrapped {
    const key = `${width}\n${label}`;
    let found = this.wrapped.get(key);
    if (!found) {
      // Renames leave old names behind; a map's worth of names is kept.
      if (this.wrapped.size > WRAPPED_KEPT) {
        this.wrapped.clear();
        this.wordWidths.clear();
      }
      const measure = measureByWords(
        (text) => this.context.measureText(text).width,
        this.wordWidths,
      );
      const lines = wrapName(label, width, NAME_LINES, measure);
      found = { lines, widths: lines.map(measure) };
      this.wrapped.set(key, found);
    }
    return found;
  }
}
