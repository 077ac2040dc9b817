import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

const session = browserSession();

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not on screen`);
  return box;
}

/** The bodies whose cards are under the given panel. */
async function bodiesUnder(page: Page, panel: Locator): Promise<string[]> {
  const area = await boxOf(panel);
  const covered: string[] = [];
  for (const body of await page.locator('.react-flow__node-body').all()) {
    if (overlaps(await boxOf(body), area))
      covered.push((await body.getAttribute('aria-label')) ?? '?');
  }
  return covered;
}

describe('panels that do not cover the map (a 1366×768 screen)', () => {
  it('fits the whole-ICS map clear of the minimap and the docked vote panel', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const fran = await openAs(session.browser, map.links.owner, 'Fran');
    await fran.setViewportSize({ width: 1366, height: 768 });
    await fran.locator('.react-flow__node-body').first().waitFor();
    // The legend of a long key starts folded the first time.
    expect(await fran.getByRole('button', { name: /Legend/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );

    await fran.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => bodiesUnder(fran, fran.locator('.react-flow__minimap'))).toEqual([]);

    // A vote opens: its panel docks under the canvas, and fitting again keeps bodies clear.
    await fran.locator('.react-flow__node-body').first().click();
    await fran
      .getByRole('toolbar', { name: 'Facilitate' })
      .getByRole('button', { name: 'Open vote' })
      .click();
    const votes = fran.getByTestId('vote-panel');
    await votes.waitFor();
    await fran.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => bodiesUnder(fran, votes)).toEqual([]);
    const canvas = await boxOf(fran.locator('.react-flow'));
    expect(canvas.y + canvas.height).toBeLessThanOrEqual((await boxOf(votes)).y + 1);
    await expect.poll(() => bodiesUnder(fran, fran.locator('.react-flow__minimap'))).toEqual([]);
    await fran.screenshot({ path: screenshotPath('panels-1-fitted-with-vote') });
    await fran.context().close();
  });

  it('remembers a folded legend, shows roles in full, and fades idle cursor names', async () => {
    const map = await session.server.createMap('Small map');
    const owner = await openAs(session.browser, map.links.owner, 'Fran');
    const viewer = await openAs(
      session.browser,
      map.links.viewer,
      'Vera with a rather long name indeed',
    );
    await owner.getByRole('button', { name: 'NHS trust', exact: true }).click();

    // A short key starts open; folded once, it stays folded after a reload.
    const legend = owner.getByRole('button', { name: /Legend/ });
    expect(await legend.getAttribute('aria-expanded')).toBe('true');
    await legend.click();
    await owner.reload();
    await owner.locator('.react-flow__node-body').waitFor();
    expect(await owner.getByRole('button', { name: /Legend/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );

    // The roles in the participant list are not cut off, however long the names.
    const roles = owner.getByTestId('participants').locator('.role');
    await expect.poll(() => roles.count()).toBe(2);
    for (const role of await roles.all()) {
      expect(await role.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
        true,
      );
    }
    expect(await roles.allTextContents()).toContain('Viewer');

    // The owner's pointer moves: the viewer sees the name, which fades once it rests.
    const pane = await boxOf(owner.locator('.react-flow__pane'));
    await owner.mouse.move(pane.x + 100, pane.y + 100, { steps: 2 });
    await owner.mouse.move(pane.x + 140, pane.y + 120, { steps: 2 });
    const name = viewer.getByTestId('remote-cursor').locator('.remote-cursor-name');
    await expect.poll(() => name.textContent()).toBe('Fran');
    const opacity = () => name.evaluate((element) => Number(getComputedStyle(element).opacity));
    await expect.poll(opacity).toBeGreaterThan(0.5);
    await expect.poll(opacity, { timeout: 8_000 }).toBe(0);
    await owner.mouse.move(pane.x + 160, pane.y + 140, { steps: 2 });
    await expect.poll(opacity).toBeGreaterThan(0.5);
    await owner.context().close();
    await viewer.context().close();
  });
});
