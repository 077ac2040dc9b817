import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FAR_CARD } from '../../client/canvas/farCard.ts';
import { BODY_STYLE } from '../../client/canvas/kindStyles.ts';
import { COLOR } from '../../client/theme/tokens.ts';
import { setStatus } from '../../shared/ydoc/attrs.ts';
import { addComment } from '../../shared/ydoc/comments.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import {
  absolutePosition,
  deleteElements,
  moveNodes,
  renameNode,
} from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { bodyOnPage } from '../helpers/bodyOnPage.ts';
import { generateSpec } from '../helpers/generateSpec.ts';
import { frames } from '../helpers/pageFrames.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { fitView, openAs, titleClashes } from './ui.ts';

const session = browserSession();

/** A box on the page, in its own pixels. */
interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How many pixels of the zoomed-out view's canvas, inside the box of the body `id` (or the
 * box given), are of the colour `hex` (give or take anti-aliasing).
 */
function paintedOn(page: Page, id: string | PageBox, hex: string): Promise<number> {
  const rgb = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return page.evaluate(
    ([body, [r, g, b]]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="far-blocks"]');
      const card =
        typeof body === 'string'
          ? document.querySelector(`.react-flow__node[data-id="${body}"]`)?.getBoundingClientRect()
          : { left: body.x, top: body.y, width: body.width, height: body.height };
      if (!canvas || !card || r === undefined || g === undefined || b === undefined) return 0;
      const on = canvas.getBoundingClientRect();
      const box = card;
      const scale = canvas.width / on.width;
      const x = Math.max(0, Math.floor((box.left - on.left) * scale));
      const y = Math.max(0, Math.floor((box.top - on.top) * scale));
      const w = Math.min(canvas.width - x, Math.ceil(box.width * scale));
      const h = Math.min(canvas.height - y, Math.ceil(box.height * scale));
      if (w <= 0 || h <= 0) return 0;
      const data = canvas.getContext('2d')?.getImageData(x, y, w, h).data ?? [];
      let count = 0;
      for (let at = 0; at < data.length; at += 4) {
        const near =
          Math.abs((data[at] ?? 0) - r) < 40 &&
          Math.abs((data[at + 1] ?? 0) - g) < 40 &&
          Math.abs((data[at + 2] ?? 0) - b) < 40;
        if (near && (data[at + 3] ?? 0) > 200) count++;
      }
      return count;
    },
    [id, rgb] as const,
  );
}
/** `#rrggbb` as the browser writes it in a style: `rgb(r, g, b)`. */
function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const origin = { kind: 'local', participantId: 'seed' } as const;
const author = { id: 'seed', name: 'Sam' };

/** Kim opens the map on a laptop (or the screen given) and fits the whole system: zoomed out. */
async function openFarView(link: string, screen = { width: 1366, height: 768 }): Promise<Page> {
  const kim = await openAs(session.browser, link, 'Kim');
  await kim.setViewportSize(screen);
  await kim.locator('.react-flow__node').first().waitFor();
  await fitView(kim);
  await kim.locator('.body-node.is-far').first().waitFor();
  return kim;
}

/**
 * A generated system of `bodies` bodies, imported (after `edit`), opened by Kim on a screen
 * of the given size (a tablet's with `hasTouch`) and fitted: zoomed out, every body painted.
 */
async function bigMapFitted(
  bodies: number,
  screen: { width: number; height: number; hasTouch?: boolean },
  edit: (spec: ReturnType<typeof generateSpec>) => void = () => {},
) {
  const spec = generateSpec(bodies);
  edit(spec);
  const response = await fetch(`${session.server.url}/api/maps/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(response.status).toBe(201);
  const { id: mapId, links } = (await response.json()) as { id: string; links: { owner: string } };
  const seed = await session.client(mapId, new URL(links.owner).hash.slice(7));
  const kim = await openAs(session.browser, links.owner, 'Kim', { hasTouch: screen.hasTouch });
  await kim.setViewportSize({ width: screen.width, height: screen.height });
  await kim.locator('.react-flow__node-footprint').first().waitFor();
  await fitView(kim);
  await kim.locator('[data-testid="far-blocks"]').waitFor();
  return { spec, seed, kim };
}

describe('the zoomed-out view', () => {
  it('shows each body’s open comment threads, as large as its name', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const seed = await session.client(map.id, map.tokens.owner);
    const icb = readMap(seed.doc).nodes.find((node) => node.kind === 'icb');
    if (!icb) throw new Error('the template has no ICB');
    addComment(seed.doc, origin, { targetId: icb.id }, author, 'Who chairs the board?');
    addComment(seed.doc, origin, { targetId: icb.id }, author, 'Check the delegation.');

    const kim = await openFarView(map.links.owner);
    const body = kim.locator('.body-node.is-far', { hasText: icb.label });
    await body.waitFor();
    const count = body.getByTestId('comment-count');
    await expect.poll(() => count.textContent()).toBe('2');
    expect(await count.getAttribute('aria-label')).toBe('2 open comment threads');
    const size = (selector: string) =>
      body
        .locator(selector)
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(await size('.comment-badge')).toBeGreaterThanOrEqual(await size('.body-label'));
    await kim.screenshot({ path: screenshotPath('far-view-comment-count') });
    // The canvas lies over the cards, which paint nothing of their own; the card with a count
    // to show is raised over it, and a plain one stays under it.
    const level = (selector: string) =>
      kim
        .locator(selector)
        .first()
        .evaluate((element) => Number(getComputedStyle(element).zIndex));
    const canvasLevel = await level('[data-testid="far-blocks"]');
    expect(await level(`.react-flow__node[data-id="${icb.id}"]`)).toBeGreaterThan(canvasLevel);
    const plain = readMap(seed.doc).nodes.find((node) => node.kind === 'nhs-trust');
    if (!plain) throw new Error('the template has no trust');
    expect(await level(`.react-flow__node[data-id="${plain.id}"]`)).toBeLessThan(canvasLevel);
    // Over no body's name.
    const badge = await count.boundingBox();
    if (!badge) throw new Error('the count is not drawn');
    for (const label of await kim.locator('.body-node.is-far .body-label').all()) {
      const box = await label.boundingBox();
      if (!box) continue;
      const apart =
        badge.x + badge.width <= box.x ||
        box.x + box.width <= badge.x ||
        badge.y + badge.height <= box.y ||
        box.y + box.height <= badge.y;
      expect(apart).toBe(true);
    }
    await count.click();
    await kim.getByRole('tab', { name: /Comments/ }).waitFor();
    await expect.poll(() => kim.getByText('Who chairs the board?').first().isVisible()).toBe(true);
    await kim.context().close();
  });

  it('keeps each footprint’s name, as large as it is drawn, clear of what it holds', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const seed = await session.client(map.id, map.tokens.owner);
    const held = readMap(seed.doc).nodes.map(({ id, parentId }) => ({ id, parentId }));
    for (const screen of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const kim = await openFarView(map.links.owner, screen);
      // The system's name is 5% of its width, on one line: far larger than zoomed in.
      const northshire = kim.locator('.footprint-node.is-far.level-system');
      const drawn = await northshire.evaluate((footprint) => {
        const label = footprint.querySelector('.footprint-label');
        if (!label) return null;
        const size = Number.parseFloat(getComputedStyle(label).fontSize);
        return { size, height: label.clientHeight, inner: footprint.clientWidth };
      });
      expect(drawn?.size).toBeCloseTo(Math.min(160, Math.max(24, (drawn?.inner ?? 0) * 0.05)), 0);
      expect(drawn?.size).toBeGreaterThan(48);
      expect(drawn?.height).toBeLessThan((drawn?.size ?? 0) * 1.1 + 1);
      const { checked, clashes } = await titleClashes(kim, held);
      expect(checked).toBe(held.filter((element) => element.parentId).length);
      expect(clashes).toEqual([]);
      await kim.screenshot({ path: screenshotPath(`far-view-titles-${screen.width}`) });
      await kim.context().close();
    }
  });

  it('paints blocks, names and marks on one canvas; the cards still select and take focus', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const seed = await session.client(map.id, map.tokens.owner);
    const bodies = readMap(seed.doc).nodes;
    const find = (label: string) => {
      const found = bodies.find((node) => node.label === label);
      if (!found) throw new Error(`the template has no ${label}`);
      return found;
    };
    const icb = find('NHS Northshire Integrated Care Board');
    const icp = find('Northshire Integrated Care Partnership');
    const trust = find('Southmoor Hospitals NHS Trust');
    // The ICB and the ICP accountable to each other: a loop, which the rules call an error.
    connect(seed.doc, origin, { kind: 'accountable-to', source: icb.id, target: icp.id });
    connect(seed.doc, origin, { kind: 'accountable-to', source: icp.id, target: icb.id });
    setStatus(seed.doc, origin, [{ collection: 'nodes', id: trust.id }], 'disputed');

    const kim = await openFarView(map.links.owner);

    // The card paints no name of its own, but keeps it for search and screen readers.
    const icbCard = kim.locator(`.react-flow__node[data-id="${icb.id}"]`);
    expect(await icbCard.textContent()).toContain(icb.label);
    expect(
      await icbCard.locator('.body-label').evaluate((label) => getComputedStyle(label).visibility),
    ).toBe('hidden');
    expect(await icbCard.getAttribute('aria-label')).toContain(icb.label);

    // The canvas paints the block in its kind's colour and the name in white on it: a short
    // name is fewer white pixels.
    await expect.poll(() => paintedOn(kim, icb.id, COLOR.blue)).toBeGreaterThan(500);
    await expect.poll(() => paintedOn(kim, icb.id, COLOR.white)).toBeGreaterThan(200);
    const longName = await paintedOn(kim, icb.id, COLOR.white);
    renameNode(seed.doc, origin, icb.id, 'ICB');
    await expect.poll(() => paintedOn(kim, icb.id, COLOR.white)).toBeLessThan(longName / 2);
    // The card is as tall as its name, as the canvas paints it: one line of 34 × 1.1 pixels
    // of the flow, and four at most however long the name.
    const nameHeight = () =>
      icbCard.locator('.body-label').evaluate((label) => (label as HTMLElement).offsetHeight);
    expect(await nameHeight()).toBe(37);
    renameNode(seed.doc, origin, icb.id, 'Integrated Care Board '.repeat(8).trim());
    await expect.poll(nameHeight).toBe(150);
    renameNode(seed.doc, origin, icb.id, icb.label);

    // Flags: the bodies of the loop and the disputed trust are edged in red; others are not.
    await kim.screenshot({ path: screenshotPath('far-view-canvas') });
    await expect.poll(() => paintedOn(kim, icp.id, COLOR.red)).toBeGreaterThan(10);
    await expect.poll(() => paintedOn(kim, trust.id, COLOR.red)).toBeGreaterThan(10);
    const calm = find('Riverton Central PCN');
    expect(await paintedOn(kim, calm.id, COLOR.red)).toBe(0);

    // A click selects the body under the canvas; its outline is drawn over it.
    await icbCard.click({ position: { x: 6, y: 6 } });
    const selected = icbCard.locator('.body-node.is-far.is-selected');
    await expect.poll(() => selected.count()).toBe(1);
    expect(await selected.evaluate((card) => getComputedStyle(card).outlineStyle)).toBe('solid');
    await kim.screenshot({ path: screenshotPath('far-view-canvas-selected') });
    // Its relationships are drawn in full, and the loop's two are haloed in red: the
    // validator's flag, which each relationship reads for itself.
    const haloed = kim.locator(`.react-flow__edge path[stroke="${COLOR.red}"]`);
    await expect.poll(() => haloed.count()).toBe(2);

    // The keyboard moves focus from card to card, and Enter selects the focused one.
    await icbCard.focus();
    await kim.keyboard.press('Tab');
    const focused = await kim.evaluate(() => {
      const element = document.activeElement;
      return element?.classList.contains('react-flow__node')
        ? {
            id: element.getAttribute('data-id'),
            outline: getComputedStyle(element).outlineStyle,
          }
        : null;
    });
    expect(focused?.id).toBeTruthy();
    expect(focused?.id).not.toBe(icb.id);
    expect(focused?.outline).toBe('solid');
    await kim.keyboard.press('Enter');
    await expect
      .poll(() => kim.locator(`.react-flow__node[data-id="${focused?.id}"] .is-selected`).count())
      .toBe(1);

    // A double-click on the card renames the body, zoomed out too.
    await icbCard.dblclick({ position: { x: 6, y: 6 } });
    const field = icbCard.locator('.label-input');
    await field.fill('Northshire ICB');
    await field.press('Enter');
    await expect
      .poll(() => readMap(seed.doc).nodes.find((node) => node.id === icb.id)?.label)
      .toBe('Northshire ICB');
    await kim.context().close();
  });

  it('on a big map, paints bodies with no card, and a press on a block does what one on its card does', async () => {
    const secondTrust = (system: ReturnType<typeof generateSpec>) => {
      const trust = system.bodies.filter((body) => body.kind === 'nhs-trust')[1];
      if (!trust) throw new Error('no second trust in the generated system');
      return trust;
    };
    const { spec, seed, kim } = await bigMapFitted(200, { width: 1366, height: 768 }, (system) => {
      // A trust whose name takes three lines of its card.
      secondTrust(system).name = 'Leeds and Moorland Teaching Hospitals NHS Trust';
    });
    const long = secondTrust(spec);

    // Fitted, every body is a block painted on the canvas, and none has a card.
    const cards = kim.locator('.react-flow__node-body');
    await expect.poll(() => cards.count()).toBe(0);
    const icb = spec.bodies[0];
    const trust = spec.bodies.find((body) => body.kind === 'nhs-trust');
    if (!icb || !trust) throw new Error('no ICB or trust in the generated system');
    // Where a body is on the canvas, from the doc (inside its footprints).
    const placeOf = (id: string) => absolutePosition(mapDoc(seed.doc).nodes, id) ?? { x: 0, y: 0 };
    const blockOf = async (id: string): Promise<PageBox> => {
      const corner = await bodyOnPage(kim, seed.doc, id, { x: 0, y: 0 });
      const far = await bodyOnPage(kim, seed.doc, id, { x: FAR_CARD.width, y: FAR_CARD.minHeight });
      return { x: corner.x, y: corner.y, width: far.x - corner.x, height: far.y - corner.y };
    };
    await expect
      .poll(async () => paintedOn(kim, await blockOf(icb.id), BODY_STYLE.icb.ink))
      .toBeGreaterThan(50);
    // The minimap draws them (trusts in their kind's colour), and fit-to-view frames them all.
    const trustsOnMinimap = kim.locator(
      `.react-flow__minimap path[style*="${hexToRgb(BODY_STYLE['nhs-trust'].color)}"]`,
    );
    expect(await trustsOnMinimap.count()).toBe(1);
    const flowBox = await kim.locator('.react-flow').boundingBox();
    if (!flowBox) throw new Error('no canvas');
    // The bodies furthest left, up, right and down.
    const bodiesAt = spec.bodies.map((body) => ({ body, at: placeOf(body.id) }));
    const furthest = new Set(
      [
        (a: { x: number; y: number }, b: { x: number; y: number }) => a.x - b.x,
        (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y,
      ].flatMap((order) => {
        const sorted = [...bodiesAt].sort((a, b) => order(a.at, b.at));
        return [sorted[0]?.body, sorted.at(-1)?.body];
      }),
    );
    for (const body of furthest) {
      if (!body) continue;
      const corner = await bodyOnPage(kim, seed.doc, body.id, { x: 0, y: 0 });
      const far = await bodyOnPage(kim, seed.doc, body.id, {
        x: FAR_CARD.width,
        y: FAR_CARD.minHeight,
      });
      expect(corner.x).toBeGreaterThanOrEqual(flowBox.x);
      expect(corner.y).toBeGreaterThanOrEqual(flowBox.y);
      expect(far.x).toBeLessThanOrEqual(flowBox.x + flowBox.width);
      expect(far.y).toBeLessThanOrEqual(flowBox.y + flowBox.height);
    }
    await kim.screenshot({ path: screenshotPath('far-view-cardless') });

    // A block is as tall as its card will be, worked out from its name: a trust with a name
    // of three lines is painted the same before it has a card and after.
    const around = async () => {
      const box = await blockOf(long.id);
      return { ...box, x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height * 3 };
    };
    const green = BODY_STYLE['nhs-trust'].ink;
    const painted = await paintedOn(kim, await around(), green);
    expect(painted).toBeGreaterThan(100);
    const longAt = await bodyOnPage(kim, seed.doc, long.id);
    await kim.mouse.click(longAt.x, longAt.y);
    await kim.locator(`.react-flow__node[data-id="${long.id}"] .is-selected`).waitFor();
    // React Flow measures the new card before the next frame, and the canvas paints it then.
    await frames(kim, 3);
    const withCard = await paintedOn(kim, await around(), green);
    expect(Math.abs(withCard - painted)).toBeLessThan(painted * 0.05);

    // A click on the ICB's block selects it: its card comes, and so do the cards at the other
    // ends of its relationships, drawn in full.
    const at = await bodyOnPage(kim, seed.doc, icb.id);
    await kim.mouse.click(at.x, at.y);
    const icbCard = kim.locator(`.react-flow__node[data-id="${icb.id}"]`);
    await expect.poll(() => icbCard.locator('.body-node.is-far.is-selected').count()).toBe(1);
    const ends = new Set(
      spec.relationships
        .filter((r) => r.from === icb.id || r.to === icb.id)
        .flatMap((r) => [r.from, r.to]),
    );
    await expect.poll(() => cards.count()).toBe(ends.size);
    await expect
      .poll(() => kim.locator('.react-flow__edge').count())
      .toBe(spec.relationships.filter((r) => r.from === icb.id || r.to === icb.id).length);
    expect(await kim.getByLabel('Name', { exact: true }).inputValue()).toBe(icb.name);
    // It has focus, as a card clicked has: the arrows move it for everyone.
    expect(await kim.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(icb.id);
    await kim.screenshot({ path: screenshotPath('far-view-cardless-selected') });

    // A click on the empty pane clears the selection, and the cards go again.
    const pane = await kim.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    await kim.mouse.click(pane.x + 14, pane.y + pane.height / 2);
    await expect.poll(() => cards.count()).toBe(0);

    // A press on the trust's block and a move drags the trust, for everyone.
    // The trust may move into another footprint as it goes.
    const placed = () => placeOf(trust.id);
    const before = placed();
    const from = await bodyOnPage(kim, seed.doc, trust.id);
    await kim.mouse.move(from.x, from.y);
    await kim.mouse.down();
    await kim.mouse.move(from.x + 10, from.y + 6, { steps: 4 });
    await kim.mouse.move(from.x + 30, from.y + 18, { steps: 4 });
    await kim.mouse.up();
    await expect.poll(() => (placed()?.x ?? 0) - (before?.x ?? 0)).toBeGreaterThan(100);
    expect((placed()?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(50);
    expect(await cards.filter({ has: kim.locator('.is-selected') }).count()).toBe(1);

    // A right click on a block opens that body's menu; a double-click renames it.
    const other = spec.bodies[50];
    if (!other) throw new Error('no 51st body');
    const otherAt = await bodyOnPage(kim, seed.doc, other.id);
    await kim.mouse.click(otherAt.x, otherAt.y, { button: 'right' });
    const menu = kim.getByRole('menu', { name: 'Element actions' });
    await menu.waitFor();
    await kim.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await kim.mouse.dblclick(otherAt.x, otherAt.y);
    const field = kim.locator(`.react-flow__node[data-id="${other.id}"] .label-input`);
    await field.fill('Renamed from the block');
    await field.press('Enter');
    await expect
      .poll(() => readMap(seed.doc).nodes.find((node) => node.id === other.id)?.label)
      .toBe('Renamed from the block');

    // Tab on a card that a press of the pointer focused goes on to the next card, drawing
    // them all, not out of the canvas; Shift+Tab to the one before. With every card drawn,
    // Tab and Shift+Tab are the page's own: back the other way, they return to the card.
    const focusedCard = () =>
      kim.evaluate(() =>
        document.activeElement?.classList.contains('react-flow__node')
          ? document.activeElement.getAttribute('data-id')
          : `not a card: ${document.activeElement?.className}`,
      );
    const pressedBody = spec.bodies[60];
    if (!pressedBody) throw new Error('no 61st body');
    // Twice quickly: the second press, before the cards are drawn, goes one card further.
    for (const [there, back, presses] of [
      ['Tab', 'Shift+Tab', 1],
      ['Shift+Tab', 'Tab', 1],
      ['Tab', 'Shift+Tab', 2],
    ] as const) {
      await kim.mouse.click(pane.x + 14, pane.y + pane.height / 2);
      await expect.poll(() => cards.count()).toBe(0);
      const pressedAt = await bodyOnPage(kim, seed.doc, pressedBody.id);
      await kim.mouse.click(pressedAt.x, pressedAt.y);
      await expect.poll(focusedCard).toBe(pressedBody.id);
      expect(await cards.count()).toBeLessThan(10);
      for (let press = 0; press < presses; press++) await kim.keyboard.press(there);
      await expect.poll(() => cards.count()).toBe(200);
      await expect.poll(focusedCard).not.toBe(pressedBody.id);
      expect(await focusedCard()).toMatch(/^[\w-]+$/);
      if (presses === 1 && there === 'Tab') {
        await kim.screenshot({ path: screenshotPath('far-view-tab-on') });
      }
      for (let press = 0; press < presses - 1; press++) {
        await kim.keyboard.press(back);
        await expect.poll(focusedCard).not.toBe(pressedBody.id);
      }
      await kim.keyboard.press(back);
      await expect.poll(focusedCard).toBe(pressedBody.id);
    }

    // The keyboard: Tab from the toolbar into the canvas draws every body's card again, and
    // goes on from card to card.
    await kim.mouse.click(pane.x + 14, pane.y + pane.height / 2);
    await expect.poll(() => cards.count()).toBe(0);
    await kim.getByRole('button', { name: 'Snap to grid' }).focus();
    const inCanvas = () =>
      kim.evaluate(() => !!document.activeElement?.closest('.react-flow__renderer'));
    for (let step = 0; step < 150 && !(await inCanvas()); step++) await kim.keyboard.press('Tab');
    expect(await inCanvas()).toBe(true);
    await expect.poll(() => cards.count()).toBe(200);
    await kim.screenshot({ path: screenshotPath('far-view-cardless-keyboard') });
    const focusedId = () => kim.evaluate(() => document.activeElement?.getAttribute('data-id'));
    const first = await focusedId();
    await kim.keyboard.press('Tab');
    expect(await focusedId()).toBeTruthy();
    expect(await focusedId()).not.toBe(first);
    // However far out, the focus ring is at least 3 pixels wide on screen (WCAG 2.4.7).
    const ringOnScreen = await kim.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1]);
      return Number.parseFloat(getComputedStyle(focused).outlineWidth) * zoom;
    });
    expect(ringOnScreen).toBeGreaterThanOrEqual(2.9);
    // Each card says its body's name to a screen reader.
    expect(
      await kim.locator(`.react-flow__node[data-id="${icb.id}"]`).getAttribute('aria-label'),
    ).toContain(icb.name);
    // A press of the pointer in the canvas hands the bodies back to the painted view.
    await kim.mouse.click(pane.x + 14, pane.y + pane.height / 2);
    await expect.poll(() => cards.count()).toBe(0);

    // The canvas's own way in, for a map with nothing else to focus: focused, it draws the
    // cards; pressed, it takes focus to the first.
    const entry = kim.getByRole('button', { name: 'Go to the map’s 200 bodies one by one' });
    await entry.focus();
    await expect.poll(() => cards.count()).toBe(200);
    expect(await entry.isVisible()).toBe(true);
    await kim.keyboard.press('Enter');
    await expect
      .poll(() =>
        kim.evaluate(() => document.activeElement?.classList.contains('react-flow__node-body')),
      )
      .toBe(true);
    await kim.context().close();
  });

  it('on a big map, a finger on a block selects the body, and a finger that moves drags it', async () => {
    // A tablet.
    const { spec, seed, kim } = await bigMapFitted(200, {
      width: 1180,
      height: 820,
      hasTouch: true,
    });
    const cards = kim.locator('.react-flow__node-body');
    await expect.poll(() => cards.count()).toBe(0);
    const selected = cards.filter({ has: kim.locator('.is-selected') });
    const icb = spec.bodies[0];
    const trust = spec.bodies.find((body) => body.kind === 'nhs-trust');
    if (!icb || !trust) throw new Error('no ICB or trust in the generated system');
    const cdp = await kim.context().newCDPSession(kim);
    const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    const viewport = () =>
      kim
        .locator('.react-flow__viewport')
        .evaluate((element) => getComputedStyle(element).transform);

    // A tap on the ICB's block selects it, and it has its card; the canvas did not move.
    const fitted = await viewport();
    const icbAt = await bodyOnPage(kim, seed.doc, icb.id);
    await finger('touchStart', icbAt.x, icbAt.y);
    await finger('touchEnd');
    await expect.poll(() => selected.count()).toBe(1);
    await expect
      .poll(() => kim.locator(`.react-flow__node[data-id="${icb.id}"]`).getAttribute('class'))
      .toContain('selected');
    expect(await viewport()).toBe(fitted);

    // A finger on the trust's block that moves drags the trust, for everyone.
    const placed = () => absolutePosition(mapDoc(seed.doc).nodes, trust.id) ?? { x: 0, y: 0 };
    const before = placed();
    const from = await bodyOnPage(kim, seed.doc, trust.id);
    await finger('touchStart', from.x, from.y);
    for (let step = 1; step <= 8; step++) {
      await finger('touchMove', from.x + step * 4, from.y + step * 2.5);
    }
    await finger('touchEnd');
    await expect.poll(() => placed().x - before.x).toBeGreaterThan(100);
    expect(placed().y - before.y).toBeGreaterThan(50);
    expect(await viewport()).toBe(fitted);
    await expect
      .poll(() => kim.locator(`.react-flow__node[data-id="${trust.id}"]`).getAttribute('class'))
      .toContain('selected');
    const dragged = placed();

    // One finger on the empty canvas still pans it.
    const pane = await kim.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    const start = { x: pane.x + 14, y: pane.y + pane.height / 2 };
    await finger('touchStart', start.x, start.y);
    for (let step = 1; step <= 6; step++) await finger('touchMove', start.x + step * 10, start.y);
    await finger('touchEnd');
    await expect.poll(viewport).not.toBe(fitted);
    expect(placed()).toEqual(dragged);
    await kim.context().close();
  });

  it('paints a new finding’s red edge on the canvas and draws no card again for it', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const seed = await session.client(map.id, map.tokens.owner);
    const bodies = readMap(seed.doc).nodes;
    const icb = bodies.find((node) => node.label === 'NHS Northshire Integrated Care Board');
    const icp = bodies.find((node) => node.label === 'Northshire Integrated Care Partnership');
    if (!icb || !icp) throw new Error('the template has no ICB and ICP');
    const kim = await openFarView(map.links.owner);
    await expect.poll(() => paintedOn(kim, icp.id, BODY_STYLE.icp.ink)).toBeGreaterThan(500);
    expect(await paintedOn(kim, icp.id, COLOR.red)).toBe(0);

    // Every change to the two cards from here on is counted.
    await kim.evaluate(
      (ids) => {
        const changes: string[] = [];
        (window as unknown as { cardChanges: string[] }).cardChanges = changes;
        const observer = new MutationObserver((records) => {
          for (const record of records)
            changes.push(`${record.type} ${record.attributeName ?? ''}`);
        });
        for (const id of ids) {
          const card = document.querySelector(`.react-flow__node[data-id="${id}"] .body-node`);
          if (card) observer.observe(card, { attributes: true, childList: true, subtree: true });
        }
      },
      [icb.id, icp.id],
    );
    // The ICB and the ICP accountable to each other: a loop, which the rules call an error.
    connect(seed.doc, origin, { kind: 'accountable-to', source: icb.id, target: icp.id });
    connect(seed.doc, origin, { kind: 'accountable-to', source: icp.id, target: icb.id });
    await expect.poll(() => paintedOn(kim, icp.id, COLOR.red)).toBeGreaterThan(10);
    await expect.poll(() => paintedOn(kim, icb.id, COLOR.red)).toBeGreaterThan(10);
    expect(
      await kim.evaluate(() => (window as unknown as { cardChanges: string[] }).cardChanges),
    ).toEqual([]);
    await kim.context().close();
  });

  it('paints a block where its body has moved, and nothing where it was', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const seed = await session.client(map.id, map.tokens.owner);
    const pcn = readMap(seed.doc).nodes.find((node) => node.label === 'Riverton Central PCN');
    if (!pcn) throw new Error('the template has no Riverton Central PCN');
    const ink = BODY_STYLE.pcn.ink;

    const kim = await openFarView(map.links.owner);
    const card = kim.locator(`.react-flow__node[data-id="${pcn.id}"]`);
    await expect.poll(() => paintedOn(kim, pcn.id, ink)).toBeGreaterThan(500);
    const before = await card.boundingBox();
    if (!before) throw new Error('the card has no box');

    // Another participant moves it down by more than twice its height.
    moveNodes(seed.doc, origin, [
      { id: pcn.id, position: { x: pcn.position.x, y: pcn.position.y + 300 } },
    ]);
    await expect.poll(async () => (await card.boundingBox())?.y).toBeGreaterThan(before.y + 20);
    await expect.poll(() => paintedOn(kim, pcn.id, ink)).toBeGreaterThan(500);
    await kim.screenshot({ path: screenshotPath('far-view-canvas-moved') });
    await expect.poll(() => paintedOn(kim, before, ink)).toBeLessThan(50);

    // Only where a body came or went is painted again: deleted, nothing is left where it was,
    // and its neighbours are still painted.
    const neighbour = readMap(seed.doc).nodes.find(
      (node) => node.kind === 'pcn' && node.id !== pcn.id,
    );
    if (!neighbour) throw new Error('the template has one PCN only');
    const moved = await card.boundingBox();
    if (!moved) throw new Error('the card has no box');
    const neighbourInk = await paintedOn(kim, neighbour.id, ink);
    expect(neighbourInk).toBeGreaterThan(500);
    deleteElements(seed.doc, origin, { nodeIds: [pcn.id], edgeIds: [] });
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => paintedOn(kim, moved, ink)).toBeLessThan(50);
    expect(await paintedOn(kim, neighbour.id, ink)).toBe(neighbourInk);
    await kim.context().close();
  });
});
