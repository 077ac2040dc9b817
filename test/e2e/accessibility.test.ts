import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestMap } from '../helpers/startServer.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs } from './ui.ts';

// WCAG 2.2 level A and AA, as public-sector bodies must meet.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const session = browserSession();
let map: TestMap;
let fran: Page;

beforeAll(async () => {
  map = await session.server.createMap('Northshire', 'whole-ics');
});

/** What axe finds on the page (or in one part of it), one line per violation and element. */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}

/**
 * Opens a dialog from the keyboard, checks it, closes it with Escape, and sees focus come
 * back to the button that opened it.
 */
async function checkDialog(page: Page, opener: Locator, name: string, shot: string) {
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  // Fetched content is part of what is checked: the share links are the one dialog content
  // that comes from the server; the others are drawn from the map at once.
  await expect.poll(() => dialog.getByText('Fetching the links…').count()).toBe(0);
  await page.screenshot({ path: screenshotPath(shot) });
  // A modal dialog: focus is inside it and the page behind cannot be reached.
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  expect(await violations(page, 'dialog[open]')).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('the home page has no violations', async () => {
    const page = await (await session.browser.newContext()).newPage();
    await page.goto(`${session.server.url}/`);
    await page.getByLabel('Map title').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a map made from the whole-ICS template has no violations', async () => {
    fran = await openAs(session.browser, map.links.owner, 'Fran');
    await nodeByText(fran, 'NHS Northshire Integrated Care Board').waitFor();
    expect(await violations(fran)).toEqual([]);
    await fran.screenshot({ path: screenshotPath('a11y-whole-ics') });
  });

  it('starts the Tab order with skip links, and shows a kind’s description on focus', async () => {
    await fran.locator('body').focus();
    await fran.keyboard.press('Tab');
    const skip = fran.getByRole('button', { name: 'Skip to the map' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await fran.screenshot({
      path: screenshotPath('a11y-skip-link'),
      clip: { x: 0, y: 0, width: 700, height: 120 },
    });
    await fran.keyboard.press('Enter');
    expect(
      await fran.evaluate(() => document.activeElement?.classList.contains('react-flow__node')),
    ).toBe(true);

    const healthwatch = fran.getByRole('button', { name: 'Healthwatch', exact: true });
    await healthwatch.focus();
    const description = fran.locator(
      `[id="${await healthwatch.getAttribute('aria-describedby')}"]`,
    );
    expect(await description.isVisible()).toBe(true);
    await fran.locator('.palette').screenshot({ path: screenshotPath('a11y-palette-description') });
    expect(await violations(fran, '.palette')).toEqual([]);

    // On hover a description is a card beside the palette: it never moves the kinds (a list
    // that opened under the pointer would move the next one away between the press and the
    // release of a click), covers none, stays while the pointer is on it, and Escape puts it
    // away.
    const items = fran.locator('.palette-item');
    const second = await items.nth(1).boundingBox();
    await items.nth(0).hover();
    const first = fran.locator(`[id="${await items.nth(0).getAttribute('aria-describedby')}"]`);
    expect(await first.isVisible()).toBe(true);
    expect(await items.nth(1).boundingBox()).toEqual(second);
    const card = await first.boundingBox();
    const palette = await fran.locator('.palette').boundingBox();
    if (!card || !palette) throw new Error('no box for the description or the palette');
    expect(card.x).toBeGreaterThanOrEqual(palette.x + palette.width);
    await fran.screenshot({ path: screenshotPath('a11y-palette-hover') });
    await fran.mouse.move(card.x + card.width / 2, card.y + card.height / 2, { steps: 8 });
    expect(await first.isVisible()).toBe(true);
    await fran.keyboard.press('Escape');
    expect(await first.isVisible()).toBe(false);
  });

  it('each dialog has none, keeps focus inside, closes on Escape and gives focus back', async () => {
    const button = (name: string) => fran.getByRole('button', { name, exact: true });
    await checkDialog(fran, button('Share'), 'Share this map', 'a11y-dialog-share');
    await checkDialog(
      fran,
      button('Export spec'),
      'Export the governance spec',
      'a11y-dialog-spec',
    );
    await checkDialog(fran, button('Review'), 'Review', 'a11y-dialog-review');
    await checkDialog(fran, button('Export image'), 'Export the map', 'a11y-dialog-export-image');
    await checkDialog(fran, button('Timer'), 'Start a countdown', 'a11y-dialog-timer');

    await nodeByText(fran, 'NHS Northshire Integrated Care Board').click();
    await fran
      .getByRole('toolbar', { name: 'Facilitate' })
      .getByRole('button', { name: 'Open vote' })
      .click();
    const closeVote = fran.getByTestId('vote-panel').getByRole('button', { name: 'Close vote…' });
    await checkDialog(fran, closeVote, 'Close the vote', 'a11y-dialog-close-vote');
    // The open vote's panel is on the map too.
    expect(await violations(fran)).toEqual([]);
  });

  it('the name prompt of a first visit has none and cannot be dismissed', async () => {
    const page = await (await session.browser.newContext()).newPage();
    await page.goto(map.links.editor);
    const dialog = page.getByRole('dialog', { name: 'What should others call you?' });
    await dialog.waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await page.getByLabel('Your name').fill('Priya');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
