import type { PageSize } from '../../shared/export/pageLayout.ts';

/** Paper sizes for a PDF, landscape, in points. */
export const PAPER = {
  a4: { label: 'A4 landscape', width: 842, height: 595 },
  a3: { label: 'A3 landscape', width: 1191, height: 842 },
} as const;

/** A paper size. */
export type Paper = keyof typeof PAPER;

/** What the person asked for: an image at a scale, or a PDF page. */
export type ExportChoice =
  | { format: 'png' | 'svg'; scale: number }
  | { format: 'pdf'; paper: Paper };

/** Scales offered for images. */
export const SCALES = [2, 1, 0.5, 0.25] as const;

/** The longest side of a PNG a browser draws reliably. */
export const MAX_PNG_SIDE = 16_384;
/**
 * The most pixels in a PNG: a browser draws and encodes about this many in a few seconds.
 * A bigger map is drawn smaller, as an overview whose names stay readable.
 */
export const MAX_PNG_PIXELS = 12_000_000;
/** Below this height (px on an image, pt on paper), a body's name cannot be read. */
export const LEGIBLE_NAME_SIZE = { px: 8, pt: 5 } as const;
/** How tall names are kept in an image drawn small: an overview sets them at least this. */
export const OVERVIEW_NAME_PX = 10;
/** The largest an overview sets a name, in map units: past it, blocks would overflow. */
const MAX_OVERVIEW_NAME = 48;

/** How an export will come out, worked out before it is made. */
export interface ExportPlan {
  size: PageSize;
  /** The image's size in pixels (PNG, SVG), or the paper's in points (PDF). */
  width: number;
  height: number;
  /** The scale actually used: a PNG too big for a browser is drawn smaller. */
  scale: number;
  /** How tall a name comes out, and in what unit. */
  nameSize: number;
  unit: 'px' | 'pt';
  legible: boolean;
  /** A sentence to show when the export is not what was asked for or will not read well. */
  advice: string | null;
  /**
   * Set when the image is drawn as an overview (shared/export/mapSvg.ts): the size names are
   * set at in map units, so that they come out `OVERVIEW_NAME_PX` high or more.
   */
  overviewNameSize?: number;
}

/** The image size at a scale, for a page laid out at scale 1 (`page`). */
function scaled(page: { width: number; height: number }, scale: number) {
  return { width: Math.ceil(page.width * scale), height: Math.ceil(page.height * scale) };
}

/**
 * Works out how an export comes out: the largest PNG scale a browser can draw (never a
 * strip squeezed to a fixed side: the scale is the same both ways, so names keep their
 * size), a PDF's scale from its paper, and whether names can be read.
 * `page` is the page laid out at scale 1; `fitScale(paper)` the map's scale on that paper.
 */
export function planExport(
  choice: ExportChoice,
  page: { width: number; height: number },
  nameSizeAtOne: number,
  fitScale: (paper: Paper) => number,
): ExportPlan {
  if (choice.format === 'pdf') {
    const paper = PAPER[choice.paper];
    const scale = fitScale(choice.paper);
    const nameSize = nameSizeAtOne * scale;
    const legible = nameSize >= LEGIBLE_NAME_SIZE.pt;
    return {
      size: { kind: 'page', width: paper.width, height: paper.height },
      width: paper.width,
      height: paper.height,
      scale,
      nameSize,
      unit: 'pt',
      legible,
      advice: legible
        ? null
        : `On ${paper.label} the names would print ${nameSize.toFixed(1)} pt high, too small to read. ` +
          'Choose A3, or an SVG, which keeps every name sharp at any zoom.',
    };
  }
  let scale = choice.scale;
  let advice: string | null = null;
  if (choice.format === 'png') {
    const { width, height } = scaled(page, 1);
    const fits = Math.min(
      MAX_PNG_SIDE / Math.max(width, height),
      Math.sqrt(MAX_PNG_PIXELS / (width * height)),
    );
    if (scale > fits) {
      scale = fits;
      advice = `This map is too big for a PNG at ${Math.round(choice.scale * 100)}%: it is drawn at ${Math.floor(scale * 100)}%.`;
    }
  }
  const { width, height } = scaled(page, scale);
  // Too small for a card's details: an overview with large names, as the canvas does zoomed out.
  const overviewNameSize =
    nameSizeAtOne * scale < OVERVIEW_NAME_PX
      ? Math.min(MAX_OVERVIEW_NAME, Math.ceil(OVERVIEW_NAME_PX / scale))
      : undefined;
  const nameSize = (overviewNameSize ?? nameSizeAtOne) * scale;
  const legible = nameSize >= LEGIBLE_NAME_SIZE.px;
  if (overviewNameSize && legible) {
    const detail = choice.format === 'svg' ? 'a larger scale' : 'an SVG or a larger scale';
    advice = `${advice ? `${advice} ` : ''}At this size bodies show their names only, ${nameSize.toFixed(0)} px high; ${detail} keeps every detail.`;
  }
  if (!legible) {
    advice = `${advice ? `${advice} ` : ''}Names would be ${nameSize.toFixed(1)} px high, too small to read: choose a larger scale, or an SVG or PDF.`;
  }
  return {
    size: { kind: 'scale', scale },
    width,
    height,
    scale,
    nameSize,
    unit: 'px',
    legible,
    advice,
    ...(overviewNameSize ? { overviewNameSize } : {}),
  };
}
