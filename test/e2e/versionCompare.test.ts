import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setAttr } from '../../shared/ydoc/attrs.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { waitFor } from '../helpers/startServer.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs, renameInline } from './ui.ts';

const origin = { kind: 'local', participantId: 'version-compare-setup' } as const;

const session = browserSession();

/** The names on the canvas's bodies, sorted. */
async function bodyNames(page: Page): Promise<string[]> {
  return (await page.locator('.body-node .body-label').allTextContents()).sort();
}

/** Waits until the canvas stops panning and zooming (two reads alike). */
async function viewportSettled(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  let last = '';
  await expect
    .poll(async () => {
      const now = (await viewport.getAttribute('style')) ?? '';
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
}

/** Fits the whole map in view, for a screenshot. */
async function fitForScreenshot(page: Page, path: string): Promise<void> {
  await page.locator('.react-flow__controls-fitview').click();
  await viewportSettled(page);
  await page.screenshot({ path: screenshotPath(path) });
}

/** The names of the canvas's bodies drawn with this change. */
function changed(page: Page, change: string) {
  return page.locator(`.body-node.change-${change} .body-label`);
}

describe('opening a saved version and comparing it with now, in Chromium', () => {
  it('shows the version read-only, then the changes since, and goes back to now', async () => {
    // A map with a few bodies, drawn by another participant's client.
    const map = await session.server.createMap('West Yorkshire');
    const other = await session.client(map.id, map.tokens.editor);
    const { doc } = other;
    const icb = addNode(doc, origin, {
      kind: 'icb',
      label: 'West Yorkshire ICB',
      position: { x: 320, y: 0 },
    });
    setAttr(doc, origin, { collection: 'nodes', id: icb }, 'odsCode', 'QWO');
    const leeds = addNode(doc, origin, {
      kind: 'nhs-trust',
      label: 'Leeds Teaching Hospitals',
      position: { x: 0, y: 260 },
    });
    const bradford = addNode(doc, origin, {
      kind: 'nhs-trust',
      label: 'Bradford Teaching Hospitals',
      position: { x: 320, y: 260 },
    });
    addNode(doc, origin, {
      kind: 'local-authority',
      label: 'Leeds City Council',
      position: { x: 640, y: 260 },
    });
    for (const source of [leeds, bradford]) {
      const edge = connect(doc, origin, { kind: 'accountable-to', source, target: icb });
      if (!edge.ok) throw new Error(edge.reason);
    }

    const page = await openAs(session.browser, map.links.owner, 'Facilitator');
    await expect.poll(() => page.locator('.body-node').count()).toBe(4);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    await page.locator('.react-flow__controls-fitview').click();
    await viewportSettled(page);

    // The owner saves "After workshop 2".
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByLabel('Save this map as a version').fill('After workshop 2');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('versions').textContent())
      .toContain('After workshop 2');

    // Then renames one body, adds one, deletes one and changes a field.
    await renameInline(
      page,
      nodeByText(page, 'Leeds Teaching Hospitals'),
      'Leeds Teaching Hospitals NHS Trust',
    );
    await expect.poll(() => bodyNames(page)).toContain('Leeds Teaching Hospitals NHS Trust');
    await page.getByRole('button', { name: 'Primary care network' }).click();
    await expect.poll(() => page.locator('.body-node').count()).toBe(5);
    await nodeByText(page, 'Bradford Teaching Hospitals').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.body-node').count()).toBe(4);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await nodeByText(page, 'West Yorkshire ICB').click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByLabel('ODS code', { exact: true }).fill('QWX');
    await page.getByLabel('ODS code', { exact: true }).press('Enter');
    await waitFor(
      () => doc.getMap('nodes').toJSON()[icb]?.attrs?.odsCode === 'QWX',
      5000,
      'the field change to reach the other client',
    );

    // Open the version: the old map, read-only, with no way to edit it.
    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = page.getByTestId('versions');
    const icbBefore = await nodeByText(page, 'West Yorkshire ICB').boundingBox();
    await versions.getByRole('button', { name: 'Open', exact: true }).click();
    const banner = page.getByTestId('version-banner');
    await banner.waitFor();
    // The palette goes and the banner takes the canvas's top, but nothing on the map jumps.
    const icbAfter = await nodeByText(page, 'West Yorkshire ICB').boundingBox();
    expect(Math.abs((icbAfter?.x ?? 0) - (icbBefore?.x ?? 0))).toBeLessThan(1);
    expect(Math.abs((icbAfter?.y ?? 0) - (icbBefore?.y ?? 0))).toBeLessThan(1);
    await page.locator('.react-flow__controls-fitview').click();
    await viewportSettled(page);
    await expect
      .poll(() => banner.textContent())
      .toMatch(/Viewing “After workshop 2” \(saved .+\) — read-only/);
    await expect
      .poll(() => bodyNames(page))
      .toEqual([
        'Bradford Teaching Hospitals',
        'Leeds City Council',
        'Leeds Teaching Hospitals',
        'West Yorkshire ICB',
      ]);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    expect(await page.locator('.palette').count()).toBe(0);
    expect(await page.getByRole('toolbar', { name: 'Edit' }).count()).toBe(0);
    expect(await page.locator('.react-flow__node.draggable').count()).toBe(0);
    expect(await page.locator('.react-flow__handle.connectable').count()).toBe(0);
    await page.locator('.body-label', { hasText: 'Bradford Teaching Hospitals' }).dblclick();
    expect(await page.locator('.react-flow__node .label-input').count()).toBe(0);
    await page.keyboard.press('Delete');
    await nodeByText(page, 'West Yorkshire ICB').click();
    await page.getByRole('tab', { name: 'Details' }).click();
    const ods = page.getByLabel('ODS code', { exact: true });
    await expect.poll(() => ods.inputValue()).toBe('QWO');
    expect(await ods.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('.inspector-view-only').count()).toBe(1);
    await fitForScreenshot(page, 'versions-1-viewing');
    // Nothing was written: the live map is as the owner left it.
    expect(doc.getMap('nodes').has(bradford)).toBe(false);

    // The live map keeps syncing underneath: someone else adds a council meanwhile.
    const calderdale = addNode(doc, origin, {
      kind: 'local-authority',
      label: 'Calderdale Council',
      position: { x: 640, y: 520 },
    });

    // Compare with now: the live map, highlighted, with the removed body as a ghost.
    await banner.getByRole('button', { name: 'Compare with now' }).click();
    await expect.poll(() => banner.textContent()).toContain('Comparing “After workshop 2”');
    await expect
      .poll(async () => (await changed(page, 'added').allTextContents()).sort())
      .toEqual(['Calderdale Council', 'Primary care network']);
    await expect
      .poll(async () => (await changed(page, 'changed').allTextContents()).sort())
      .toEqual(['Leeds Teaching Hospitals NHS Trust', 'West Yorkshire ICB']);
    await expect
      .poll(() => changed(page, 'removed').allTextContents())
      .toEqual(['Bradford Teaching Hospitals']);
    expect(await page.locator('.body-node:not([data-change])').allTextContents()).toEqual([
      expect.stringContaining('Leeds City Council'),
    ]);
    expect(await page.locator('.relationship.change-removed').count()).toBe(1);
    expect(await page.locator('.react-flow__edge').count()).toBe(2);
    expect(await page.locator('.palette').count()).toBe(0);

    // The list, in the Versions tab: every change, and field by field "before → after".
    const added = page.getByTestId('version-changes-added');
    const removed = page.getByTestId('version-changes-removed');
    const changedList = page.getByTestId('version-changes-changed');
    await expect
      .poll(() => added.locator('.change-name').allTextContents())
      .toEqual(['Calderdale Council', 'Primary care network']);
    expect(await removed.locator('.change-name').allTextContents()).toEqual([
      'Bradford Teaching Hospitals',
      'Bradford Teaching Hospitals — accountable to — West Yorkshire ICB',
    ]);
    const rename = changedList.locator(`[data-id="${leeds}"] .change-field`);
    expect(await rename.allTextContents()).toEqual([
      'Name: Leeds Teaching Hospitals → Leeds Teaching Hospitals NHS Trust',
    ]);
    const field = changedList.locator(`[data-id="${icb}"] .change-field`);
    expect(await field.allTextContents()).toEqual(['ODS code: QWO → QWX']);
    await fitForScreenshot(page, 'versions-2-compare');

    // The version itself stays as saved, whatever happens to the live map.
    await banner.getByRole('button', { name: 'Show the version' }).click();
    await expect
      .poll(() => bodyNames(page))
      .toEqual([
        'Bradford Teaching Hospitals',
        'Leeds City Council',
        'Leeds Teaching Hospitals',
        'West Yorkshire ICB',
      ]);
    expect(await page.locator('[data-change]').count()).toBe(0);
    await banner.getByRole('button', { name: 'Compare with now' }).click();
    await expect.poll(() => changed(page, 'removed').count()).toBe(1);

    // A click on an entry shows that element on the canvas, ghosts included.
    await removed
      .getByRole('button', { name: /^Bradford Teaching Hospitals/ })
      .first()
      .click();
    await expect
      .poll(() => page.locator('.react-flow__node.selected').allTextContents())
      .toEqual([expect.stringContaining('Bradford Teaching Hospitals')]);
    await viewportSettled(page);
    await added.getByRole('button', { name: /Calderdale Council/ }).click();
    await expect
      .poll(() => page.locator('.react-flow__node.selected').allTextContents())
      .toEqual([expect.stringContaining('Calderdale Council')]);
    // …and brings it to the middle of the canvas (it was half under the minimap).
    const canvasBox = await page.locator('.react-flow').boundingBox();
    if (!canvasBox) throw new Error('no canvas');
    await expect
      .poll(async () => {
        const box = await nodeByText(page, 'Calderdale Council').boundingBox();
        const middle = box ? box.x + box.width / 2 - canvasBox.x : 0;
        return Math.abs(middle - canvasBox.width / 2) < 40;
      })
      .toBe(true);
    await viewportSettled(page);
    await page.screenshot({ path: screenshotPath('versions-3-focus') });

    // The comparison follows the live map: a change by someone else is listed at once.
    setAttr(doc, origin, { collection: 'nodes', id: calderdale }, 'tier', 'metropolitan-district');
    await expect.poll(() => added.locator('.change-name').count()).toBe(2);
    setAttr(doc, origin, { collection: 'nodes', id: icb }, 'notes', 'Chair: Cathy Elliott');
    await expect
      .poll(() => field.allTextContents())
      .toEqual(['ODS code: QWO → QWX', 'Notes: not set → Chair: Cathy Elliott']);

    // Back to now: the live map, editable again, without highlights; nothing on it jumps
    // as the banner goes.
    await viewportSettled(page);
    const calderdaleBefore = await nodeByText(page, 'Calderdale Council').boundingBox();
    await banner.getByRole('button', { name: 'Back to now' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    const calderdaleAfter = await nodeByText(page, 'Calderdale Council').boundingBox();
    expect(Math.abs((calderdaleAfter?.y ?? 0) - (calderdaleBefore?.y ?? 0))).toBeLessThan(1);
    expect(Math.abs((calderdaleAfter?.x ?? 0) - (calderdaleBefore?.x ?? 0))).toBeLessThan(1);
    await expect
      .poll(() => bodyNames(page))
      .toEqual([
        'Calderdale Council',
        'Leeds City Council',
        'Leeds Teaching Hospitals NHS Trust',
        'Primary care network',
        'West Yorkshire ICB',
      ]);
    expect(await page.locator('[data-change]').count()).toBe(0);
    expect(await page.locator('.version-changes').count()).toBe(0);
    await expect.poll(() => page.locator('.palette').count()).toBe(1);
    expect(await page.getByRole('toolbar', { name: 'Edit' }).count()).toBe(1);
    expect(await page.locator('.react-flow__node.draggable').count()).toBe(5);
    await page.locator('.react-flow__controls-fitview').click();
    await viewportSettled(page);
    await renameInline(page, nodeByText(page, 'Primary care network'), 'Leeds Central PCN');
    await waitFor(
      () =>
        Object.values(doc.getMap('nodes').toJSON()).some(
          (node) => (node as { label?: string }).label === 'Leeds Central PCN',
        ),
      5000,
      'the rename after going back to reach the other client',
    );
    await fitForScreenshot(page, 'versions-4-back-to-now');
  });
});
