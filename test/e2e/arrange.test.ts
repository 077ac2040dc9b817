import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/startServer.ts';
import { launchChromium, screenshotPath } from './browser.ts';
import { nodeByText, openAs, renameInline } from './ui.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a node sits on the canvas (flow coordinates) and its size, from React Flow. */
function nodeBox(page: Page, name: string): Promise<Box> {
  return nodeByText(page, name)
    .first()
    .evaluate((element) => {
      const node = element as HTMLElement;
      const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(node.style.transform);
      return {
        x: Number(match?.[1]),
        y: Number(match?.[2]),
        width: node.offsetWidth,
        height: node.offsetHeight,
      };
    });
}

async function add(page: Page, kind: string, name: string): Promise<void> {
  await page.getByRole('button', { name: kind, exact: true }).click();
  await nodeByText(page, name).first().waitFor();
}

const BODIES = ['Integrated care board', 'NHS trust', 'Local authority'];

describe('arranging the map', () => {
  it('aligns, distributes and snaps, and a footprint drawn over bodies takes them in', async () => {
    const map = await server.createMap('Arrange map');
    const kim = await openAs(browser, map.links.owner, 'Kim');
    const lee = await openAs(browser, map.links.editor, 'Lee');
    for (const kind of BODIES) await add(kim, kind, kind);

    // Set the trust off to the right with the arrows (added bodies start in a column).
    await nodeByText(kim, 'NHS trust').click();
    const added = await nodeBox(lee, 'NHS trust');
    for (let i = 0; i < 3; i += 1) await kim.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await nodeBox(lee, 'NHS trust')).x).toBe(added.x + 150);

    // Align left from the toolbar: everyone sees one column, and one undo puts it back.
    const before = await Promise.all(BODIES.map((name) => nodeBox(lee, name)));
    await kim.keyboard.press('Control+A');
    await kim.getByRole('button', { name: 'Arrange' }).click();
    await kim.getByRole('menuitem', { name: /^Align left/ }).click();
    const left = Math.min(...before.map((box) => box.x));
    await expect
      .poll(async () =>
        (await Promise.all(BODIES.map((name) => nodeBox(lee, name)))).map((b) => b.x),
      )
      .toEqual([left, left, left]);
    await kim.screenshot({ path: screenshotPath('arrange-1-aligned-left') });
    // Aligned bodies never land on one another.
    const column = (await Promise.all(BODIES.map((name) => nodeBox(lee, name)))).sort(
      (a, b) => a.y - b.y,
    );
    for (let i = 1; i < column.length; i += 1) {
      const above = column[i - 1] as Box;
      expect((column[i] as Box).y).toBeGreaterThanOrEqual(above.y + above.height);
    }
    await kim.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => Promise.all(BODIES.map((name) => nodeBox(lee, name)))).toEqual(before);

    // Align top with the keyboard (Alt+W), then distribute them (Alt+Shift+H): equal gaps.
    await nodeByText(kim, 'NHS trust').click();
    await kim.keyboard.press('Control+A');
    await kim.keyboard.press('Alt+KeyW');
    await expect
      .poll(
        async () =>
          new Set((await Promise.all(BODIES.map((name) => nodeBox(lee, name)))).map((b) => b.y))
            .size,
      )
      .toBe(1);
    await kim.keyboard.press('Alt+Shift+KeyH');
    await expect
      .poll(async () => {
        const row = (await Promise.all(BODIES.map((name) => nodeBox(lee, name)))).sort(
          (a, b) => a.x - b.x,
        );
        const [a, b, c] = row as [Box, Box, Box];
        return Math.abs(b.x - (a.x + a.width) - (c.x - (b.x + b.width))) <= 1;
      })
      .toBe(true);
    await kim.screenshot({ path: screenshotPath('arrange-2-distributed') });

    // A long new name wraps within the body, to two lines, and covers no neighbour.
    const longName =
      'Local authority: Metropolitan Borough Council of Northshire, Southdale and the Moorland Villages';
    await renameInline(kim, nodeByText(kim, 'Local authority'), longName);
    await nodeByText(lee, 'Moorland Villages').waitFor();
    const boxes = await Promise.all(BODIES.map((name) => nodeBox(lee, name)));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    const label = nodeByText(lee, 'Moorland Villages').locator('.body-label');
    const lines = await label.evaluate(
      (element) => element.clientHeight / Number.parseFloat(getComputedStyle(element).lineHeight),
    );
    expect(Math.round(lines)).toBe(2);
    await lee.screenshot({ path: screenshotPath('arrange-3-long-name') });

    // Snap to grid, remembered after a reload: an arrow press ends on a grid line for all.
    await kim.getByRole('button', { name: 'Snap to grid' }).click();
    await kim.reload();
    const snap = kim.getByRole('button', { name: 'Snap to grid' });
    await expect.poll(() => snap.getAttribute('aria-pressed')).toBe('true');
    await nodeByText(kim, 'NHS trust').click();
    await kim.keyboard.press('Escape');
    await nodeByText(kim, 'NHS trust').focus();
    const start = await nodeBox(lee, 'NHS trust');
    await kim.keyboard.press('ArrowRight');
    await expect.poll(async () => (await nodeBox(lee, 'NHS trust')).x).toBeGreaterThan(start.x);
    const snapped = await nodeBox(lee, 'NHS trust');
    expect(snapped.x % 24).toBe(0);
    expect(snapped.x - start.x).toBeLessThanOrEqual(24);

    // A footprint added over the bodies takes them in: it holds them, and they move with it.
    await kim.getByRole('button', { name: 'Place footprint', exact: true }).click();
    await nodeByText(lee, 'Place footprint').waitFor();
    const holds = async () => {
      const place = await nodeBox(lee, 'Place footprint');
      const boxes = await Promise.all(BODIES.map((name) => nodeBox(lee, name)));
      return boxes.every(
        (box) =>
          box.x >= place.x &&
          box.y >= place.y &&
          box.x + box.width <= place.x + place.width &&
          box.y + box.height <= place.y + place.height,
      );
    };
    await expect.poll(holds).toBe(true);
    await lee.locator('.react-flow__controls-fitview').click();
    await lee.screenshot({ path: screenshotPath('arrange-4-footprint-took-in') });
    const inside = await nodeBox(lee, 'Local authority');
    // The new footprint has focus: the arrows move it, and what it holds with it.
    await kim.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await nodeBox(lee, 'Local authority')).y)
      .toBeGreaterThan(inside.y);
    expect(await holds()).toBe(true);

    await kim.context().close();
    await lee.context().close();
  });
});
