import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { planExport } from '../../client/export/exportPlan.ts';
import { EXPORT_THEME } from '../../client/export/exportTheme.ts';
import { buildLegend } from '../../client/export/legend.ts';
import { buildMapSvg } from '../../shared/export/mapSvg.ts';
import { BODY_KINDS } from '../../shared/model/bodyKinds.ts';
import { RELATIONSHIP_KINDS } from '../../shared/model/relationshipKinds.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { initMap } from '../../shared/ydoc/initMap.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { launchChromium } from '../e2e/browser.ts';

const origin = { kind: 'local', participantId: 'bench' } as const;

/** A seeded generator (mulberry32), so every run draws the same map. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A whole system: `bodies` bodies in 10 places laid out as a grid of places, each a grid of
 * cards (the shape a compact layout gives, near the screen's), and 1.5 relationships a body.
 */
function bigMap(bodies: number): Y.Doc {
  const next = random(42);
  const doc = new Y.Doc();
  initMap(doc, { title: `A system of ${bodies} bodies`, createdAt: '2026-12-01T00:00:00Z' });
  const places = 10;
  const perPlace = Math.ceil(bodies / places);
  const columns = Math.ceil(Math.sqrt(perPlace * 1.6));
  const rows = Math.ceil(perPlace / columns);
  const placeSize = { w: columns * 290 + 40, h: rows * 150 + 80 };
  const ids: string[] = [];
  const kinds = BODY_KINDS;
  for (let p = 0; p < places; p++) {
    const place = addNode(doc, origin, {
      kind: 'footprint',
      label: `Place ${p + 1}`,
      position: { x: (p % 4) * (placeSize.w + 80), y: Math.floor(p / 4) * (placeSize.h + 80) },
      size: placeSize,
      attrs: { level: 'place' },
    });
    for (let i = 0; i < perPlace && ids.length < bodies; i++) {
      const kind = kinds[Math.floor(next() * kinds.length)] ?? 'nhs-trust';
      ids.push(
        addNode(doc, origin, {
          kind,
          label: `Body ${ids.length + 1} of place ${p + 1}`,
          position: { x: 20 + (i % columns) * 290, y: 60 + Math.floor(i / columns) * 150 },
          parentId: place,
        }),
      );
    }
  }
  for (let i = 0; i < Math.floor(bodies * 1.5); i++) {
    const source = ids[Math.floor(next() * ids.length)] ?? '';
    const target = ids[Math.floor(next() * ids.length)] ?? '';
    const kind = RELATIONSHIP_KINDS[Math.floor(next() * RELATIONSHIP_KINDS.length)] ?? 'funds';
    connect(doc, origin, { kind, source, target });
  }
  return doc;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Exporting a 2,000-body map: building the SVG from the doc, and drawing it as a PNG in
 * Chromium at the size the export dialog plans, against librsvg (rsvg-convert, native code)
 * drawing the same SVG at the same size in the same run.
 */
export async function exportBench({ bodies = 2000, runs = 3 } = {}): Promise<void> {
  const snapshot = readMap(bigMap(bodies));
  const legend = buildLegend(snapshot);
  const options = { theme: EXPORT_THEME, legend, subtitle: 'Exported from Accord' } as const;
  // The export dialog's plan for a PNG at 100%: drawn smaller, as an overview, when big.
  const atOne = buildMapSvg(snapshot, { ...options, size: { kind: 'scale', scale: 1 } });
  const plan = planExport({ format: 'png', scale: 1 }, atOne.layout, 15, () => 1);
  const drawn = {
    ...options,
    size: { kind: 'scale', scale: 1 } as const,
    ...(plan.overviewNameSize ? { overviewNameSize: plan.overviewNameSize } : {}),
  };
  const svgTimes: number[] = [];
  let built = atOne;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    built = buildMapSvg(snapshot, drawn);
    svgTimes.push(performance.now() - start);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'accord-bench-'));
  const svgFile = path.join(dir, 'map.svg');
  writeFileSync(svgFile, built.svg);

  const rsvgTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync('rsvg-convert', [
      '-w',
      String(plan.width),
      '-h',
      String(plan.height),
      '-o',
      path.join(dir, 'rsvg.png'),
      svgFile,
    ]);
    rsvgTimes.push(performance.now() - start);
  }

  const browser = await launchChromium();
  const pngTimes: number[] = [];
  const drawTimes: number[] = [];
  let pngBytes = 0;
  try {
    const page = await browser.newPage();
    for (let i = 0; i < runs; i++) {
      const result = await page.evaluate(
        async ({ svg, width, height }) => {
          const start = performance.now();
          const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
          const image = new Image();
          await new Promise((resolve, reject) => {
            image.onload = resolve;
            image.onerror = reject;
            image.src = url;
          });
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          canvas.getContext('2d')?.drawImage(image, 0, 0, width, height);
          // Reading a pixel makes the browser finish drawing before encoding starts.
          canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
          const drawn = performance.now();
          const blob = await new Promise<Blob | null>((resolve) =>
            canvas.toBlob(resolve, 'image/png'),
          );
          URL.revokeObjectURL(url);
          return { ms: performance.now() - start, draw: drawn - start, bytes: blob?.size ?? 0 };
        },
        { svg: built.svg, width: plan.width, height: plan.height },
      );
      pngTimes.push(result.ms);
      drawTimes.push(result.draw);
      pngBytes = result.bytes;
    }
  } finally {
    await browser.close();
  }
  const svgMs = median(svgTimes);
  const pngMs = median(pngTimes);
  const rsvgMs = median(rsvgTimes);
  console.log(
    `\nexport of ${bodies} bodies, ${snapshot.edges.length} relationships (median of ${runs})`,
  );
  console.log(
    `  SVG built from the doc       ${svgMs.toFixed(0).padStart(6)} ms   ${(built.svg.length / 1e6).toFixed(1)} MB`,
  );
  console.log(
    `  PNG drawn in Chromium        ${pngMs.toFixed(0).padStart(6)} ms   ${plan.width} × ${plan.height} px, ${(pngBytes / 1e6).toFixed(1)} MB, names ${plan.nameSize.toFixed(1)} px${plan.overviewNameSize ? ' (overview)' : ''}; drawing ${median(drawTimes).toFixed(0)} ms, the rest encoding`,
  );
  console.log(
    `  anchor: librsvg, same SVG    ${rsvgMs.toFixed(0).padStart(6)} ms   ratio ${(pngMs / rsvgMs).toFixed(2)}x`,
  );
  console.log(
    `  SVG + PNG, end to end        ${(svgMs + pngMs).toFixed(0).padStart(6)} ms   (target < 5,000 ms)`,
  );
}
