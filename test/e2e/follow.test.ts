import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { createLocalOrigin } from '../../shared/ydoc/origin.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs } from './ui.ts';

const session = browserSession();

/** Bodies spread over a wide map, so that different views show different ones. */
const BODIES: Array<{ kind: BodyKind; label: string; x: number; y: number }> = [
  { kind: 'icb', label: 'West Yorkshire ICB', x: 0, y: 0 },
  { kind: 'nhs-trust', label: 'Leeds Teaching Hospitals', x: 320, y: 0 },
  { kind: 'local-authority', label: 'Leeds City Council', x: 0, y: 220 },
  { kind: 'pcn', label: 'Central Leeds PCN', x: 2600, y: 1600 },
  { kind: 'gp-practice', label: 'Burmantofts practice', x: 2900, y: 1750 },
  { kind: 'nhs-trust', label: 'Bradford Teaching Hospitals', x: -2400, y: 1900 },
];

async function drawBodies(mapId: string, token: string): Promise<void> {
  const client = await session.client(mapId, token);
  const origin = createLocalOrigin('setup');
  for (const body of BODIES) {
    addNode(client.doc, origin, {
      kind: body.kind,
      label: body.label,
      position: { x: body.x, y: body.y },
    });
  }
}

/** The part of the map a page shows, in flow coordinates, read from React Flow's DOM. */
interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
  zoom: number;
}

function visibleArea(page: Page): Promise<Area> {
  return page.evaluate(() => {
    const flow = document.querySelector('.canvas .react-flow');
    const viewport = flow?.querySelector('.react-flow__viewport');
    if (!(flow instanceof HTMLElement) || !(viewport instanceof HTMLElement)) {
      throw new Error('no canvas');
    }
    const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const zoom = matrix.a;
    const { width, height } = flow.getBoundingClientRect();
    return {
      x: -matrix.e / zoom,
      y: -matrix.f / zoom,
      width: width / zoom,
      height: height / zoom,
      zoom,
    };
  });
}

function centre(area: Area) {
  return { x: area.x + area.width / 2, y: area.y + area.height / 2 };
}

/**
 * Whether `follower` shows what `leader` shows: the same centre, and all of the leader's area
 * (panes of other shapes show a little more on one side), to within a pixel or two.
 */
async function showsSameArea(follower: Page, leader: Page): Promise<boolean> {
  const [a, b] = await Promise.all([visibleArea(follower), visibleArea(leader)]);
  const tolerance = 2 / a.zoom;
  const ca = centre(a);
  const cb = centre(b);
  const sameCentre = Math.abs(ca.x - cb.x) < tolerance && Math.abs(ca.y - cb.y) < tolerance;
  const holdsAll =
    a.x <= b.x + tolerance &&
    a.y <= b.y + tolerance &&
    a.x + a.width >= b.x + b.width - tolerance &&
    a.y + a.height >= b.y + b.height - tolerance;
  const fills =
    Math.abs(a.width - b.width) < tolerance || Math.abs(a.height - b.height) < tolerance;
  return sameCentre && holdsAll && fills;
}

/** A point of the empty pane (no node, panel or overlay on it), in page coordinates. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.canvas .react-flow__pane');
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.07) {
      for (let fx = 0.5; fx < 0.95; fx += 0.07) {
        for (const [x, y] of [
          [box.left + box.width * fx, box.top + box.height * fy],
          [box.left + box.width * (1 - fx), box.top + box.height * (1 - fy)],
        ] as const) {
          if (document.elementFromPoint(x, y) === pane) return { x, y };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty spot on the pane');
  return point;
}

/** Pans the map by dragging the empty pane, as a person does. */
async function panBy(page: Page, dx: number, dy: number): Promise<void> {
  const { x, y } = await emptyPoint(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

/** Zooms with the mouse wheel over the empty pane (negative: in). */
async function wheelZoom(page: Page, deltaY: number): Promise<void> {
  const { x, y } = await emptyPoint(page);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, deltaY);
}

/** Zooms with the mouse wheel over a body (negative: in), which stays under the pointer. */
async function zoomAt(page: Page, label: string, deltaY: number): Promise<void> {
  const box = await nodeByText(page, label).boundingBox();
  if (!box) throw new Error(`no ${label} on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, deltaY);
}

/** A participant's entry in the list of who is here. */
function listed(page: Page, name: string) {
  return page.getByTestId('participants').locator('li', { hasText: name });
}

function banner(page: Page) {
  return page.locator('.follow-banner');
}

/** Whether a body's card lies (at least partly) inside the visible canvas. */
async function inView(page: Page, label: string): Promise<boolean> {
  const [node, pane] = await Promise.all([
    nodeByText(page, label).boundingBox(),
    page.locator('.canvas .react-flow').boundingBox(),
  ]);
  if (!node || !pane) return false;
  return (
    node.x + node.width > pane.x &&
    node.x < pane.x + pane.width &&
    node.y + node.height > pane.y &&
    node.y < pane.y + pane.height
  );
}

describe("the facilitator's view controls and countdown in Chromium", () => {
  it('brings everyone to one view, leads and is followed, lets anyone follow anyone, and counts down', async () => {
    const map = await session.server.createMap('Leeds workshop');
    await drawBodies(map.id, map.tokens.owner);

    const fiona = await openAs(session.browser, map.links.owner, 'Fiona');
    const eddie = await openAs(session.browser, map.links.editor, 'Eddie');
    const vera = await openAs(session.browser, map.links.viewer, 'Vera');
    for (const page of [fiona, eddie, vera]) {
      await expect.poll(() => page.locator('.react-flow__node').count()).toBe(BODIES.length);
      await expect.poll(() => page.getByTestId('participants').locator('li').count()).toBe(3);
    }
    // Only the facilitator has the controls.
    expect(await eddie.getByRole('button', { name: 'Bring everyone here' }).count()).toBe(0);
    expect(await vera.getByRole('button', { name: 'Follow me' }).count()).toBe(0);

    // Fiona zooms in on Burmantofts, in a corner of the map, and pans a little.
    await zoomAt(fiona, 'Burmantofts practice', -600);
    await zoomAt(fiona, 'Burmantofts practice', -600);
    await panBy(fiona, -60, -40);
    await expect.poll(() => inView(fiona, 'Burmantofts practice')).toBe(true);
    expect(await inView(fiona, 'West Yorkshire ICB')).toBe(false);
    expect(await showsSameArea(eddie, fiona)).toBe(false);
    const before = { eddie: await visibleArea(eddie), vera: await visibleArea(vera) };

    // "Bring everyone here": both views jump, once, to show the same area as hers.
    await fiona.getByRole('button', { name: 'Bring everyone here' }).click();
    await expect.poll(() => showsSameArea(eddie, fiona)).toBe(true);
    await expect.poll(() => showsSameArea(vera, fiona)).toBe(true);
    expect(await inView(vera, 'Burmantofts practice')).toBe(true);
    expect(await inView(eddie, 'West Yorkshire ICB')).toBe(false);
    expect((await visibleArea(eddie)).zoom).not.toBeCloseTo(before.eddie.zoom, 2);
    expect((await visibleArea(vera)).x).not.toBeCloseTo(before.vera.x, 0);
    // A summons is not following: no banner, and Fiona's next move does not carry them.
    expect(await banner(eddie).count()).toBe(0);
    await fiona.screenshot({ path: screenshotPath('follow-01-summon-facilitator') });
    await vera.screenshot({ path: screenshotPath('follow-02-summon-viewer') });
    const summoned = await visibleArea(vera);
    await panBy(fiona, 200, 0);
    await fiona.waitForTimeout(400);
    expect(centre(await visibleArea(vera)).x).toBeCloseTo(centre(summoned).x, 0);

    // "Follow me": everyone follows her view, live, with a banner saying whom.
    await fiona.getByRole('button', { name: 'Follow me' }).click();
    expect(
      await fiona.getByRole('button', { name: 'Follow me' }).getAttribute('aria-pressed'),
    ).toBe('true');
    for (const page of [eddie, vera]) {
      await expect.poll(() => banner(page).textContent()).toContain('Following Fiona');
    }
    await expect.poll(() => fiona.getByTestId('follower-count').textContent()).toBe('2/2');
    await wheelZoom(fiona, 600);
    await wheelZoom(fiona, 400);
    await expect.poll(() => showsSameArea(eddie, fiona)).toBe(true);
    await expect.poll(() => showsSameArea(vera, fiona)).toBe(true);
    await panBy(fiona, 120, -60);
    await expect.poll(() => showsSameArea(eddie, fiona)).toBe(true);
    await expect.poll(() => showsSameArea(vera, fiona)).toBe(true);
    await eddie.screenshot({ path: screenshotPath('follow-03-following-editor') });
    await expect.poll(() => listed(fiona, 'Eddie').textContent()).toContain('following you');

    // Eddie pans on his own: he stops following; Vera still follows.
    await panBy(eddie, -300, 120);
    await expect.poll(() => banner(eddie).count()).toBe(0);
    await expect.poll(() => fiona.getByTestId('follower-count').textContent()).toBe('1/2');
    await panBy(fiona, -250, 0);
    await expect.poll(() => showsSameArea(vera, fiona)).toBe(true);
    await fiona.waitForTimeout(400);
    expect(await showsSameArea(eddie, fiona)).toBe(false);
    expect(await listed(fiona, 'Eddie').textContent()).not.toContain('following');
    expect(await listed(fiona, 'Vera').textContent()).toContain('following you');

    // Vera chooses to follow Eddie instead, from the participant list.
    await vera.getByRole('button', { name: 'Follow Eddie' }).click();
    await expect.poll(() => banner(vera).textContent()).toContain('Following Eddie');
    await expect.poll(() => showsSameArea(vera, eddie)).toBe(true);
    await zoomAt(eddie, 'Central Leeds PCN', -600);
    await zoomAt(eddie, 'Central Leeds PCN', -600);
    await panBy(eddie, 60, 40);
    await expect.poll(() => showsSameArea(vera, eddie)).toBe(true);
    await expect.poll(() => listed(eddie, 'Vera').textContent()).toContain('following you');
    expect(await listed(fiona, 'Vera').textContent()).toContain('following Eddie');
    await vera.screenshot({ path: screenshotPath('follow-04-viewer-follows-editor') });

    // Escape hands the view back; so does "Stop following".
    await vera.keyboard.press('Escape');
    await expect.poll(() => banner(vera).count()).toBe(0);
    await vera.getByRole('button', { name: 'Follow Fiona' }).click();
    await expect.poll(() => banner(vera).textContent()).toContain('Following Fiona');
    await expect.poll(() => showsSameArea(vera, fiona)).toBe(true);
    await banner(vera).getByRole('button', { name: 'Stop following' }).click();
    await expect.poll(() => banner(vera).count()).toBe(0);

    // The countdown: Fiona starts five minutes; all three see it count down.
    await fiona.getByRole('button', { name: 'Timer', exact: true }).click();
    await fiona.screenshot({ path: screenshotPath('follow-05-timer-menu') });
    await fiona.getByRole('button', { name: '5 min', exact: true }).click();
    for (const page of [fiona, eddie, vera]) {
      const timer = page.getByTestId('timer');
      await expect.poll(() => timer.locator('.timer-time').textContent()).toMatch(/^(5:00|4:5\d)$/);
      await expect.poll(() => timer.locator('.timer-time').textContent()).toMatch(/^4:5[0-8]$/);
      expect(await timer.getAttribute('data-phase')).toBe('running');
    }
    await vera.screenshot({ path: screenshotPath('follow-06-timer-viewer') });
    await fiona.screenshot({ path: screenshotPath('follow-06-timer-facilitator') });

    // It lives in the map: a reload shows it still counting.
    await vera.reload();
    await expect
      .poll(() => vera.getByTestId('timer').locator('.timer-time').textContent())
      .toMatch(/^4:[45]\d$/);

    // A short one runs into its last minute (amber) and then says time's up.
    await fiona.getByRole('button', { name: 'Timer', exact: true }).click();
    await fiona.getByLabel('Or another length, in minutes').fill('0.05');
    await fiona.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => eddie.getByTestId('timer').getAttribute('data-phase')).toBe('ending');
    await eddie.locator('.topbar').screenshot({ path: screenshotPath('follow-07-last-minute') });
    await expect.poll(() => eddie.getByTestId('timer').textContent()).toContain("Time's up");
    await eddie.screenshot({ path: screenshotPath('follow-08-times-up') });
    await fiona.getByRole('button', { name: 'Stop timer' }).click();
    for (const page of [fiona, eddie, vera]) {
      await expect.poll(() => page.getByTestId('timer').count()).toBe(0);
    }

    // When the leader leaves, following ends.
    await vera.getByRole('button', { name: 'Follow Eddie' }).click();
    await expect.poll(() => banner(vera).textContent()).toContain('Following Eddie');
    await eddie.context().close();
    await expect.poll(() => banner(vera).count()).toBe(0);
    await fiona.context().close();
    await vera.context().close();
  });
});
