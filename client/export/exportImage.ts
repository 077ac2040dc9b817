import type { Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { composeSvg, layoutExport, svgDataUrl } from './composeSvg.ts';
import { dataUrlToBlob } from './dataUrlToBlob.ts';
import { keepInExport } from './exportFilter.ts';
import { type ExportFormat, exportFileName } from './fileName.ts';
import { inlineSvgStyles } from './inlineSvgStyles.ts';
import type { LegendEntry } from './legend.ts';
import { mapBounds } from './mapBounds.ts';
import { mapFrame, pixelRatioFor } from './mapFrame.ts';

/** What an export needs: the map's nodes and viewport element, its title and its key. */
export interface ExportOptions {
  format: ExportFormat;
  title: string;
  /** React Flow nodes, as `getNodes()` returns them. */
  nodes: Node[];
  legend: LegendEntry[];
  /** The element React Flow transforms: `.react-flow__viewport`. */
  viewportElement: HTMLElement;
  /** A line under the title; by default the date of the export. */
  subtitle?: string;
}

function today(): string {
  const date = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `Exported from Accord on ${date}`;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The exported picture could not be drawn.'));
    image.src = src;
  });
}

async function rasterise(svg: string, width: number, height: number, ratio: number) {
  const image = await loadImage(svgDataUrl(svg));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the picture (no canvas).');
  // The page is drawn from SVG at the target size, so its text is rasterised sharp.
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/**
 * Renders the whole map — not just what is on screen — as a PNG or SVG with the map's title
 * on top and its key below. The map is drawn once by html-to-image from the live viewport
 * element (re-transformed to frame every node); the title and key are composed around it as
 * SVG text, which stays crisp at any size.
 */
export async function exportMapImage(
  options: ExportOptions,
): Promise<{ dataUrl: string; fileName: string }> {
  const visible = options.nodes.filter((node) => !node.hidden);
  if (visible.length === 0) throw new Error('There is nothing on this map to export yet.');
  const frame = mapFrame(mapBounds(visible));
  const layout = layoutExport({
    title: options.title,
    subtitle: options.subtitle ?? today(),
    legend: options.legend,
    map: frame,
  });
  const ratio = pixelRatioFor(layout.width, layout.height);
  const { x, y, zoom } = frame.viewport;
  const render = options.format === 'png' ? toPng : toSvg;
  const restoreStyles = inlineSvgStyles(options.viewportElement);
  let mapHref: string;
  try {
    mapHref = await render(options.viewportElement, {
      backgroundColor: '#ffffff',
      width: frame.width,
      height: frame.height,
      pixelRatio: ratio,
      style: {
        width: `${frame.width}px`,
        height: `${frame.height}px`,
        transform: `translate(${x}px, ${y}px) scale(${zoom})`,
      },
      filter: keepInExport,
    });
  } finally {
    restoreStyles();
  }
  const svg = composeSvg(layout, mapHref);
  const fileName = exportFileName(options.title, options.format);
  if (options.format === 'svg') return { dataUrl: svgDataUrl(svg), fileName };
  return { dataUrl: await rasterise(svg, layout.width, layout.height, ratio), fileName };
}

/** How long a download link's object URL is kept: long enough for the browser to start. */
const OBJECT_URL_LIFETIME_MS = 60_000;

/** Saves a data URL as a file through a temporary download link. */
export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const url = URL.createObjectURL(dataUrlToBlob(dataUrl));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the URL costs only memory.
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}
