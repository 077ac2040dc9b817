import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXPORT_THEME } from '../../client/export/exportTheme.ts';
import { buildLegend } from '../../client/export/legend.ts';
import { buildMapSvg } from '../../shared/export/mapSvg.ts';
import { layoutSpec } from '../../shared/layout/layoutSpec.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { findTemplate } from '../../shared/templates/templates.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';

/** Text as pdftotext reads it, with runs of white space made single spaces. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('an exported SVG read by real SVG software (librsvg, poppler)', () => {
  it('renders, and carries every body, footprint and the key as text', async () => {
    const template = findTemplate('whole-ics');
    if (!template) throw new Error('no whole-ICS template');
    const doc = new Y.Doc();
    specToDoc(template.spec, doc, await layoutSpec(template.spec));
    const snapshot = readMap(doc);
    const { svg, layout } = buildMapSvg(snapshot, {
      theme: EXPORT_THEME,
      legend: buildLegend(snapshot),
      subtitle: 'Exported from Accord on 1 December 2026',
      size: { kind: 'scale', scale: 1 },
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'accord-export-'));
    const svgFile = path.join(dir, 'map.svg');
    writeFileSync(svgFile, svg);

    // librsvg draws it at its own size (it fails on a document it cannot parse)...
    const png = path.join(dir, 'map.png');
    execFileSync('rsvg-convert', ['-f', 'png', '-o', png, svgFile]);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(Math.round(layout.width));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(layout.height));

    // ...and as vectors, whose text poppler reads back: names, not pixels.
    const pdf = path.join(dir, 'map.pdf');
    execFileSync('rsvg-convert', ['-f', 'pdf', '-o', pdf, svgFile]);
    const text = words(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
    expect(snapshot.nodes.length).toBeGreaterThan(10);
    for (const node of snapshot.nodes) expect(text).toContain(words(node.label));
    for (const heading of [snapshot.title, 'Proposed (dashed)', 'Accountable to']) {
      expect(text).toContain(heading);
    }
  });
});
