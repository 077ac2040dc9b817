import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens a map link as a named participant (the name is remembered as if asked before). */
export async function openAs(
  browser: Browser,
  link: string,
  name: string,
  device: { hasTouch?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    hasTouch: device.hasTouch ?? false,
  });
  await context.addInitScript((participant) => {
    localStorage.setItem('accord:name', participant);
  }, name);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error(`page error (${name}):`, error.message));
  await page.goto(link);
  await expect
    .poll(() => page.locator('.connection').getAttribute('data-status'))
    .toBe('connected');
  return page;
}

/** The canvas node that shows this text. */
export function nodeByText(page: Page, text: string): Locator {
  return page.locator('.react-flow__node', { hasText: text });
}

/** Renames a body or footprint inline, as a person would: double-click, type, Enter. */
export async function renameInline(page: Page, target: Locator, name: string): Promise<void> {
  const header = target.locator('.footprint-header');
  if ((await header.count()) > 0) await header.dblclick();
  else await target.locator('.body-label').dblclick();
  const field = page.locator('.react-flow__node .label-input');
  await field.fill(name);
  await field.press('Enter');
}

/** Drags a node by a point near its top so that its top-left ends `dx`,`dy` away. */
export async function dragBy(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const grip = target.locator('.footprint-header');
  const handle = (await grip.count()) > 0 ? grip : target;
  const box = await handle.boundingBox();
  if (!box) throw new Error('nothing to drag');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(14, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 3, y + dy / 3, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

/** Pans the view by dragging the empty pane `dx`, `dy` page pixels. */
export async function panBy(page: Page, dx: number, dy: number): Promise<void> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  // A point of the pane with nothing on it: the top middle, under the toolbar's edge.
  const x = pane.x + pane.width / 2;
  const y = pane.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up();
}

/** Draws a connection from a body's handle and drops it on the middle of another body. */
export async function drawConnection(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const start = await from.locator('.react-flow__handle-right').boundingBox();
  const end = await to.locator('.body-label').boundingBox();
  if (!start || !end) throw new Error('no handle or no target');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 6 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 6 });
  await page.mouse.up();
}

/** Connects two bodies with a relationship of the kind named in the menu. */
export async function connectAs(
  page: Page,
  from: Locator,
  to: Locator,
  kindLabel: string,
): Promise<void> {
  await drawConnection(page, from, to);
  await page.getByRole('menuitem', { name: kindLabel, exact: true }).click();
}

/** Fits the whole map in view, as the Fit view button does, and lets the animation settle. */
export async function fitView(page: Page): Promise<void> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForTimeout(400);
}

/**
 * Fits the map, then zooms in until bodies are drawn in full (fitted on a laptop screen, a
 * system map is in the zoomed-out view, which shows names and status but no badges).
 */
export async function fitViewInFull(page: Page): Promise<void> {
  await fitView(page);
  for (let step = 0; step < 6 && (await page.locator('.body-node.is-far').count()) > 0; step++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(100);
  }
}

/**
 * How many updates y-indexeddb has kept for the map in this browser. Asked before the page
 * has made the database, it makes none (an empty one would have no store for the page's copy).
 */
export function keptUpdates(page: Page, mapId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) return resolve(0);
          const request = db.transaction('updates').objectStore('updates').count();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
        };
        open.onerror = () => resolve(0);
      }),
    `accord-map-${mapId}`,
  );
}

/** An element of the map and the footprint it is in, if any. */
export interface HeldElement {
  id: string;
  parentId?: string | undefined;
}

/**
 * Where a footprint's title bar, as the page draws it, runs into something the footprint holds:
 * `footprint/element` for each, and how many such pairs were on the page to check.
 */
export function titleClashes(
  page: Page,
  held: readonly HeldElement[],
): Promise<{ checked: number; clashes: string[] }> {
  const pairs = held.flatMap(({ id, parentId }) => (parentId ? [[id, parentId] as const] : []));
  return page.evaluate((inside) => {
    const node = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`);
    let checked = 0;
    const clashes: string[] = [];
    for (const [id, parentId] of inside) {
      const title = node(parentId)?.querySelector('.footprint-header')?.getBoundingClientRect();
      const box = node(id)?.getBoundingClientRect();
      if (!title || !box) continue;
      checked++;
      const apart =
        title.right <= box.left ||
        box.right <= title.left ||
        title.bottom <= box.top ||
        box.bottom <= title.top;
      if (!apart) clashes.push(`${parentId}/${id}`);
    }
    return { checked, clashes };
  }, pairs);
}
