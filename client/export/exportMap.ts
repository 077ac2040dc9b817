import type { ExportScene } from '../../shared/export/exportScene.ts';
import type { LegendEntry } from '../../shared/export/legendEntry.ts';
import { buildMapSvg, exportedOn } from '../../shared/export/mapSvg.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { type ExportChoice, type ExportPlan, PAPER } from './exportPlan.ts';
import { EXPORT_THEME } from './exportTheme.ts';
import { exportFileName } from './fileName.ts';

/** What an export draws: the map as it stands, its key, and the problems found in it. */
export interface ExportRequest {
  snapshot: MapSnapshot;
  scene: ExportScene;
  legend: readonly LegendEntry[];
  flags: ReadonlyMap<string, 'error' | 'warning'>;
  showProblems: boolean;
  date: Date;
}

/**
 * How much larger the title, date and key are set in an image drawn smaller than 100%, so
 * they come out at their own size in it (a PNG of a whole system, drawn small to fit the
 * browser's limits, would otherwise have a title a few pixels high).
 */
export function textScaleFor(plan: ExportPlan): number {
  return plan.size.kind === 'scale' && plan.scale < 1 ? 1 / plan.scale : 1;
}

function svgFor(request: ExportRequest, plan: ExportPlan, outputScale: number) {
  return buildMapSvg(request.snapshot, {
    theme: EXPORT_THEME,
    legend: request.legend,
    subtitle: exportedOn(request.date),
    size: plan.size.kind === 'page' ? plan.size : { kind: 'scale', scale: 1 },
    scene: request.scene,
    flags: request.flags,
    showProblems: request.showProblems,
    outputScale,
    textScale: textScaleFor(plan),
    ...(plan.overviewNameSize ? { overviewNameSize: plan.overviewNameSize } : {}),
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The picture could not be drawn.'));
    image.src = url;
  });
}

/** Draws an SVG document onto a canvas of `width` × `height` pixels and encodes it as PNG. */
async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture (no canvas).');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A PDF of one landscape page: the map fitted between its title and date and its key. */
async function printPdf(svg: string, title: string, paper: keyof typeof PAPER): Promise<Blob> {
  // Loaded on demand: most people never print, and the two weigh ~500 kB.
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const { width, height } = PAPER[paper];
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: paper });
  pdf.setProperties({ title, creator: 'Accord' });
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  await svg2pdf(element, pdf, { x: 0, y: 0, width, height });
  return pdf.output('blob');
}

/**
 * Makes the export asked for. Every format is drawn from one SVG document built from the
 * doc's records (shared/export/mapSvg.ts): the SVG itself, a PNG rasterised from it at the
 * planned size, or a PDF page converted from it as vectors, text kept as text.
 */
export async function exportMap(
  request: ExportRequest,
  choice: ExportChoice,
  plan: ExportPlan,
): Promise<{ blob: Blob; fileName: string }> {
  const fileName = exportFileName(request.snapshot.title, choice.format);
  switch (choice.format) {
    case 'svg':
      return {
        blob: new Blob([svgFor(request, plan, plan.scale).svg], { type: 'image/svg+xml' }),
        fileName,
      };
    case 'png': {
      // The page is as the SVG lays it out (a larger title and key take a little more room).
      const { svg, layout } = svgFor(request, plan, 1);
      const width = Math.ceil(layout.width * plan.scale);
      const height = Math.ceil(layout.height * plan.scale);
      return { blob: await rasterise(svg, width, height), fileName };
    }
    case 'pdf':
      return {
        blob: await printPdf(svgFor(request, plan, 1).svg, request.snapshot.title, choice.paper),
        fileName,
      };
    default: {
      const never: never = choice;
      return never;
    }
  }
}

/** Saves a Blob as a file through a temporary download link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the URL costs only memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
