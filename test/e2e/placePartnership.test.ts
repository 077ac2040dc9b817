import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { ARTIFACTS_DIR, browserSession, screenshotPath } from './browser.ts';
import {
  connectAs,
  dragBy,
  drawConnection,
  fitView,
  nodeByText,
  openAs,
  renameInline,
} from './ui.ts';

const session = browserSession();

async function addFromPalette(page: Page, label: string, name: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const added = page.locator('.react-flow__node.selected');
  await expect.poll(() => added.count()).toBe(1);
  await renameInline(page, added, name);
  await expect.poll(() => nodeByText(page, name).count()).toBe(1);
}

describe('drawing a place partnership in Chromium', () => {
  it('builds one through the UI only, sets statuses and exports a PNG', async () => {
    const map = await session.server.createMap('Leeds place partnership');
    const page = await openAs(session.browser, map.links.owner, 'Fiona (facilitator)');

    // The palette offers every kind, grouped, searchable and described.
    await expect
      .poll(() => page.locator('.palette-group h3').allTextContents())
      .toEqual([
        'Notes',
        'National & system bodies',
        'Providers',
        'Local government',
        'Partnerships & committees',
        'Funds',
        'Footprints (areas)',
      ]);
    await page.getByLabel('Search kinds').fill('collab');
    await expect
      .poll(() => page.locator('.palette-item').allTextContents())
      .toEqual(['COLLABProvider collaborative']);
    // The description is read with the button, and shown while it has focus: no hover needed.
    const item = page.locator('.palette-item');
    const described = page.locator(`[id="${await item.getAttribute('aria-describedby')}"]`);
    expect(await described.textContent()).toContain('Trusts');
    await item.focus();
    expect(await described.isVisible()).toBe(true);
    await page.getByLabel('Search kinds').fill('');

    // A place footprint, with the partnership, council, trusts and PCN dropped into it.
    await addFromPalette(page, 'Place footprint', 'Leeds');
    for (const [kind, name] of [
      ['Place partnership', 'Leeds Health and Care Partnership'],
      ['Local authority', 'Leeds City Council'],
      ['NHS trust', 'Leeds Teaching Hospitals'],
      ['NHS trust', 'Leeds Community Healthcare'],
      ['Primary care network', 'Central Leeds PCN'],
      ['Integrated care board', 'West Yorkshire ICB'],
    ] as const) {
      await addFromPalette(page, kind, name);
    }
    // The ICB is a system body: drag it out of the place, above it.
    await fitView(page);
    const footprintBox = await nodeByText(page, 'Leeds').first().boundingBox();
    const icbBox = await nodeByText(page, 'West Yorkshire ICB').boundingBox();
    if (!footprintBox || !icbBox) throw new Error('nothing drawn');
    await dragBy(page, nodeByText(page, 'West Yorkshire ICB'), 0, footprintBox.y - icbBox.y - 140);
    await fitView(page);

    // Relationships: a kind that does not fit is refused with its reason.
    await drawConnection(
      page,
      nodeByText(page, 'Central Leeds PCN'),
      nodeByText(page, 'West Yorkshire ICB'),
    );
    const menu = page.getByRole('menu', { name: 'Kind of relationship' });
    await expect
      .poll(() => menu.getByRole('menuitem').allTextContents())
      .not.toContain('commissions');
    await menu.getByText('Why not the others?').click();
    await expect
      .poll(() => menu.textContent())
      .toContain('“Commissions” cannot start at a Primary care network');
    await menu.getByRole('button', { name: 'Cancel' }).click();

    const partnership = nodeByText(page, 'Leeds Health and Care Partnership');
    await connectAs(page, nodeByText(page, 'Leeds Teaching Hospitals'), partnership, 'member of');
    await connectAs(page, nodeByText(page, 'Leeds City Council'), partnership, 'member of');
    await connectAs(page, nodeByText(page, 'West Yorkshire ICB'), partnership, 'delegates to');
    await connectAs(
      page,
      nodeByText(page, 'West Yorkshire ICB'),
      nodeByText(page, 'Leeds Community Healthcare'),
      'funds',
    );
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);

    // The delegation's function and the money, through the inspector.
    await page
      .locator('.react-flow__edge-text', { hasText: 'delegates to' })
      .click({ force: true });
    await page.getByLabel('Function', { exact: true }).fill('community services commissioning');
    await page.getByLabel('Function', { exact: true }).press('Enter');
    await expect
      .poll(() => page.locator('.react-flow__edge-text').allTextContents())
      .toContain('delegates: community services commissioning');
    // The delegation's longer label moves the labels near it aside: the funding's label is
    // clicked again until the inspector shows the funding.
    const funding = page.locator('.react-flow__edge-text', { hasText: 'funds' });
    const sentence = page.locator('.inspector-sentence');
    await expect
      .poll(async () => {
        if (!((await sentence.textContent().catch(() => '')) ?? '').includes('→ funds →')) {
          await funding.click({ force: true });
        }
        return sentence.textContent();
      })
      .toContain('West Yorkshire ICB → funds → Leeds Community Healthcare');
    await page.getByLabel('Amount (£)', { exact: true }).fill('£125,000,000');
    await page.getByLabel('Amount (£)', { exact: true }).press('Enter');
    await expect
      .poll(() => page.locator('.react-flow__edge-text').allTextContents())
      .toContain('funds · £125m');

    // Statuses, from the context menu.
    await nodeByText(page, 'West Yorkshire ICB').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Mark agreed' }).click();
    await nodeByText(page, 'Leeds Community Healthcare').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Mark disputed' }).click();
    await expect
      .poll(() =>
        nodeByText(page, 'West Yorkshire ICB').locator('[data-status]').getAttribute('data-status'),
      )
      .toBe('agreed');
    await expect
      .poll(() => nodeByText(page, 'Leeds Community Healthcare').textContent())
      .toContain('Disputed');

    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 400 } });
    await page.screenshot({ path: screenshotPath('20-place-partnership') });

    // Layers: only the money; then everything again.
    await page.getByRole('button', { name: 'Layers' }).click();
    await page.getByRole('button', { name: 'Only money' }).click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('24-only-money') });
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    await page.getByRole('button', { name: /^Layers/ }).click();

    // Status filter: hide what is only proposed, then show it again.
    await page.getByRole('button', { name: 'Status' }).click();
    await page.getByLabel('Fade the others instead of hiding them').uncheck();
    await page.getByLabel('Proposed', { exact: true }).uncheck();
    await expect.poll(() => page.getByTestId('body-node').count()).toBe(2);
    await page.getByLabel('Proposed', { exact: true }).check();
    await expect.poll(() => page.getByTestId('body-node').count()).toBe(6);
    await page.getByRole('button', { name: /^Status/ }).click();

    // Find a body by name: it is selected and brought into view.
    await page.getByLabel('Find a body').fill('central');
    await page.getByRole('button', { name: /Central Leeds PCN/ }).click();
    await expect
      .poll(() => nodeByText(page, 'Central Leeds PCN').getAttribute('class'))
      .toContain('selected');

    // The structure reached the server exactly as drawn.
    const reader = await session.client(map.id, map.tokens.viewer);
    const drawn = readMap(reader.doc);
    const byName = new Map(drawn.nodes.map((n) => [n.label, n]));
    const place = byName.get('Leeds');
    expect(place?.kind).toBe('footprint');
    for (const name of [
      'Leeds City Council',
      'Leeds Teaching Hospitals',
      'Leeds Community Healthcare',
      'Central Leeds PCN',
      'Leeds Health and Care Partnership',
    ]) {
      expect(byName.get(name)?.parentId, name).toBe(place?.id);
    }
    expect(byName.get('West Yorkshire ICB')?.parentId).toBeUndefined();
    expect(byName.get('West Yorkshire ICB')?.status).toBe('agreed');
    expect(byName.get('Leeds Community Healthcare')?.status).toBe('disputed');
    expect(drawn.edges.map((e) => e.kind).sort()).toEqual([
      'delegates',
      'funds',
      'member-of',
      'member-of',
    ]);
    expect(drawn.edges.find((e) => e.kind === 'delegates')?.attrs.function).toBe(
      'community services commissioning',
    );
    expect(drawn.edges.find((e) => e.kind === 'funds')?.attrs.amountGBP).toBe(125_000_000);

    // Auto-layout: one step for everyone, undone in one step.
    const positions = async () => {
      const client = await session.client(map.id, map.tokens.viewer);
      const placed = new Map(
        readMap(client.doc).nodes.map((n) => [n.label, JSON.stringify(n.position)]),
      );
      return placed;
    };
    const beforeLayout = await positions();
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await expect
      .poll(async () => (await positions()).get('Leeds City Council'))
      .not.toBe(beforeLayout.get('Leeds City Council'));
    const afterLayout = await positions();
    await page.screenshot({ path: screenshotPath('22-after-auto-layout') });
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 400 } });
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => [...(await positions()).entries()].sort())
      .toEqual([...beforeLayout.entries()].sort());
    await page.keyboard.press('Control+Shift+z');
    await expect
      .poll(async () => [...(await positions()).entries()].sort())
      .toEqual([...afterLayout.entries()].sort());

    // Export the whole map as a PNG with title and legend, through the export dialog.
    const exportAs = async (format: string, size?: string) => {
      await page.getByRole('button', { name: 'Export image' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export the map' });
      await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
      if (size) await dialog.getByRole('radio', { name: size, exact: true }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download' }).click(),
      ]);
      return download;
    };
    await page.getByRole('button', { name: 'Export image' }).click();
    await page.screenshot({ path: screenshotPath('20-export-dialog') });
    await page.keyboard.press('Escape');
    const download = await exportAs('PNG image');
    expect(download.suggestedFilename()).toBe('leeds-place-partnership.png');
    const file = `${ARTIFACTS_DIR}/21-exported-map.png`;
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);

    // As SVG: vector shapes and text, which librsvg renders and whose text poppler reads.
    const svgDownload = await exportAs('SVG image');
    expect(svgDownload.suggestedFilename()).toBe('leeds-place-partnership.svg');
    const svgFile = `${ARTIFACTS_DIR}/23-exported-map.svg`;
    await svgDownload.saveAs(svgFile);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).not.toMatch(/foreignObject|<image/);
    execFileSync('rsvg-convert', [
      '-f',
      'png',
      '-o',
      `${ARTIFACTS_DIR}/23-exported-map-rsvg.png`,
      svgFile,
    ]);
    const svgPdf = `${ARTIFACTS_DIR}/23-exported-map-rsvg.pdf`;
    execFileSync('rsvg-convert', ['-f', 'pdf', '-o', svgPdf, svgFile]);
    const words = (text: string) => text.replace(/\s+/g, ' ');
    const svgText = words(execFileSync('pdftotext', ['-raw', svgPdf, '-'], { encoding: 'utf8' }));
    for (const name of ['Leeds place partnership', 'Leeds City Council', 'Proposed (dashed)']) {
      expect(svgText).toContain(name);
    }

    // As a PDF on A3: title, date, key and the bodies' names as text.
    const pdfDownload = await exportAs('PDF page', 'A3 landscape');
    expect(pdfDownload.suggestedFilename()).toBe('leeds-place-partnership.pdf');
    const pdfFile = `${ARTIFACTS_DIR}/24-exported-map.pdf`;
    await pdfDownload.saveAs(pdfFile);
    const pdfText = words(execFileSync('pdftotext', ['-raw', pdfFile, '-'], { encoding: 'utf8' }));
    for (const name of [
      'Leeds place partnership',
      'Leeds City Council',
      'Exported from Accord on',
    ]) {
      expect(pdfText).toContain(name);
    }
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+1190\.\d+ x 841\.\d+ pts \(A3\)/);
  });
});
