import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SPACE } from '../../client/theme/tokens.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs, renameInline } from './ui.ts';

const session = browserSession();

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
  // Enter, as from the keyboard: the description a hovered item shows moves those below it.
  await page.getByRole('button', { name: kind, exact: true }).press('Enter');
  await nodeByText(page, name).first().waitFor();
}

const BODIES = ['Integrated care board', 'NHS trust', 'Local authority'];

describe('arranging the map', () => {
  it('aligns, distributes and snaps, and a footprint drawn over bodies takes them in', async () => {
    const map = await session.server.createMap('Arrange map');
    const kim = await openAs(session.browser, map.links.owner, 'Kim');
    const lee = await openAs(session.browser, map.links.editor, 'Lee');
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
    await kim.getByRole('menu', { name: 'Arrange' }).waitFor();
    await kim.screenshot({ path: screenshotPath('arrange-0-menu') });
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
    // The selection's own menu offers the same commands.
    await nodeByText(kim, 'NHS trust').click({ button: 'right' });
    const menu = kim.getByRole('menu', { name: 'Element actions' });
    await menu.getByRole('menuitem', { name: /^Distribute vertically/ }).waitFor();
    await kim.screenshot({ path: screenshotPath('arrange-2-element-menu') });
    await kim.keyboard.press('Escape');

    // A long new name wraps within the body, to two lines, and covers no neighbour.
    const longName =
      'Local authority: Metropolitan Borough Council of Northshire, Southdale and the Moorland Villages';
    await kim.locator('.react-flow__controls-fitview').click();
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
    // Reopened from the browser's copy: the map is live again once the socket is.
    await expect
      .poll(() => kim.locator('.connection').getAttribute('data-status'))
      .toBe('connected');
    const snap = kim.getByRole('button', { name: 'Snap to grid' });
    await expect.poll(() => snap.getAttribute('aria-pressed')).toBe('true');
    await nodeByText(kim, 'NHS trust').click();
    await kim.keyboard.press('Escape');
    const start = await nodeBox(lee, 'NHS trust');
    await nodeByText(kim, 'NHS trust').press('ArrowRight');
    await expect.poll(async () => (await nodeBox(lee, 'NHS trust')).x).toBeGreaterThan(start.x);
    const snapped = await nodeBox(lee, 'NHS trust');
    expect(snapped.x % 24).toBe(0);
    expect(snapped.x - start.x).toBeLessThanOrEqual(24);

    // A footprint added over the bodies takes them in: it holds them, and they move with it.
    await kim.getByRole('button', { name: 'Place footprint', exact: true }).press('Enter');
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

    // Lee's pointer over a body's name: Kim sees Lee's name tag above the body, covering
    // no body's name.
    await nodeByText(lee, 'Integrated care board').locator('.body-label').hover();
    await lee.mouse.move(1, 1, { steps: 1 }).catch(() => undefined);
    await nodeByText(lee, 'Integrated care board').locator('.body-label').hover();
    const tag = kim.getByTestId('remote-cursor-tag').locator('.remote-cursor-name');
    await expect.poll(() => tag.textContent()).toBe('Lee');
    const tagBox = await tag.boundingBox();
    if (!tagBox) throw new Error('no name tag');
    for (const label of await kim.locator('.body-label').all()) {
      const box = await label.boundingBox();
      if (!box) continue;
      const apart =
        tagBox.x + tagBox.width <= box.x ||
        box.x + box.width <= tagBox.x ||
        tagBox.y + tagBox.height <= box.y ||
        box.y + box.height <= tagBox.y;
      expect(apart).toBe(true);
    }
    await kim.screenshot({ path: screenshotPath('arrange-5-cursor-over-body') });

    await kim.context().close();
    await lee.context().close();
  });
  it('sets relationship labels apart on a whole system map', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const page = await openAs(session.browser, map.links.owner, 'Kim');
    await page.locator('.react-flow__node').first().waitFor();
    await page.locator('.react-flow__controls-fitview').click();
    // Fitted, a whole system is in the zoomed-out view, which draws no labels: zoom in to them.
    const label = page.locator('.react-flow__edge-text').first();
    for (let step = 0; step < 8 && !(await label.isVisible()); step++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
    }
    await label.waitFor();
    const boxes = await page.locator('.react-flow__edge-textbg').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(5);
    let covered = 0;
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 2 &&
          Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 2;
        if (overlap) covered += 1;
      }
    }
    await page.screenshot({ path: screenshotPath('arrange-6-edge-labels') });
    expect(covered).toBe(0);
    // Each background is sized for its text before the text is drawn (RelationshipLabel.tsx):
    // as wide and as tall as the text the page drew, and the padding.
    const spare = await page.locator('.react-flow__edge-textwrapper').evaluateAll((wrappers) =>
      wrappers.map((wrapper) => {
        const text = wrapper.querySelector('text')?.getBBox();
        const rect = wrapper.querySelector('rect');
        if (!text || !rect) return { across: Number.NaN, upDown: Number.NaN };
        return {
          across: Number(rect.getAttribute('width')) - text.width,
          upDown: Number(rect.getAttribute('height')) - text.height,
        };
      }),
    );
    expect(spare.length).toBeGreaterThan(5);
    for (const { across, upDown } of spare) {
      expect(Math.abs(across - 2 * SPACE[3])).toBeLessThan(1);
      expect(Math.abs(upDown - 2 * 3)).toBeLessThan(1);
    }
    await page.context().close();
  });
});
