import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

const session = browserSession();

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${target} was not reached in ${limit} Tab presses`);
}

/** The accessible name of what has focus. */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

/** Where a node sits on the canvas, from React Flow's transform. */
async function nodePosition(page: Page, name: string): Promise<{ x: number; y: number }> {
  const transform = await page
    .locator(`.react-flow__node[aria-label^="${name},"]`)
    .evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Opens the focused element's menu with Shift+F10 and activates an item with the arrows. */
async function menuChoose(page: Page, item: string): Promise<void> {
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Element actions' });
  await menu.waitFor();
  for (let i = 0; i < 12; i += 1) {
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name === item) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(item);
  await page.keyboard.press('Enter');
}

describe('the map with the keyboard only', () => {
  it('adds, connects, moves (seen by another browser), edits, sets a status and deletes', async () => {
    const map = await session.server.createMap('Keyboard map');
    const kim = await openAs(session.browser, map.links.owner, 'Kim');
    const lee = await openAs(session.browser, map.links.editor, 'Lee');

    // Add two bodies from the palette: Enter on a kind adds it, and focus goes to it.
    await tabTo(kim, kim.getByRole('button', { name: 'Integrated care board', exact: true }));
    await kim.keyboard.press('Enter');
    await expect
      .poll(() => focusedName(kim))
      .toBe('Integrated care board, Integrated care board, proposed');
    await tabTo(kim, kim.getByRole('button', { name: 'NHS trust', exact: true }));
    await kim.keyboard.press('Enter');
    await expect.poll(() => focusedName(kim)).toBe('NHS trust, NHS trust, proposed');
    // A focused body shows where focus is (WCAG 2.4.7).
    const outline = await kim.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    await kim.screenshot({ path: screenshotPath('keyboard-1-added') });

    // Move the trust with the arrows: the other browser sees it move, as with a drag.
    const before = await nodePosition(lee, 'NHS trust');
    for (let i = 0; i < 3; i += 1) await kim.keyboard.press('ArrowRight');
    await kim.keyboard.press('Shift+ArrowDown');
    await expect
      .poll(() => nodePosition(lee, 'NHS trust'))
      .toEqual({
        x: before.x + 30,
        y: before.y + 50,
      });

    // Connect the trust to the ICB from its menu: "Connect to…", search, a body, a kind.
    await menuChoose(kim, 'Connect to…');
    const dialog = kim.getByRole('dialog', { name: 'Connect NHS trust to…' });
    await dialog.waitFor();
    // The search field has focus; only bodies a relationship can go to are listed.
    await kim.keyboard.type('care board');
    await expect.poll(() => dialog.getByRole('list').getByRole('button').count()).toBe(1);
    await kim.keyboard.press('Tab');
    await kim.keyboard.press('Enter');
    await dialog.getByText('What is').waitFor();
    const kinds = await dialog.getByRole('list').getByRole('button').allTextContents();
    expect(kinds.join('\n')).toContain('NHS trust accountable to Integrated care board');
    await kim.screenshot({ path: screenshotPath('keyboard-2-connect-to') });
    await tabTo(kim, dialog.getByRole('button', { name: /accountable to/ }));
    await kim.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    // Relationships are named by their ends and kind, for everyone.
    const sentence = 'NHS trust is accountable to Integrated care board, proposed';
    await lee.locator(`.react-flow__edge[aria-label="${sentence}"]`).waitFor();
    await expect.poll(() => focusedName(kim)).toBe('NHS trust, NHS trust, proposed');

    // Edit a field: the skip link leads to the side panel, where the name is.
    await tabTo(kim, kim.getByRole('button', { name: 'Skip to the side panel' }));
    await kim.keyboard.press('Enter');
    await tabTo(kim, kim.getByLabel('Name', { exact: true }));
    await kim.keyboard.press('Control+A');
    await kim.keyboard.type('Northshire Hospitals Trust');
    await kim.keyboard.press('Enter');
    await lee
      .locator('.react-flow__edge[aria-label^="Northshire Hospitals Trust is accountable to"]')
      .waitFor();

    // Back to the map; set a status from the menu; the other browser sees it.
    await tabTo(kim, kim.getByRole('button', { name: 'Skip to the map' }));
    await kim.keyboard.press('Enter');
    expect(await focusedName(kim)).toMatch(/^Northshire Hospitals Trust, /);
    await menuChoose(kim, 'Mark agreed');
    await expect
      .poll(() =>
        lee
          .locator('.react-flow__node[aria-label^="Northshire Hospitals Trust,"] [data-status]')
          .getAttribute('data-status'),
      )
      .toBe('agreed');
    // Focus came back to the body from the menu.
    await expect.poll(() => focusedName(kim)).toBe('Northshire Hospitals Trust, NHS trust, agreed');
    await kim.screenshot({ path: screenshotPath('keyboard-3-agreed') });

    // Delete it: focus goes to what is left on the map, not to the page.
    await kim.keyboard.press('Delete');
    await lee.locator('.react-flow__node[aria-label^="Northshire Hospitals Trust,"]').waitFor({
      state: 'detached',
    });
    await expect
      .poll(() => focusedName(kim))
      .toBe('Integrated care board, Integrated care board, proposed');

    // The toolbar's Delete, pressed from the keyboard, leaves focus on the map (here the map
    // itself, as nothing is left on it), not on the button the delete disables.
    await kim.keyboard.press('Enter');
    const deleteButton = kim.getByRole('toolbar', { name: 'Edit' }).getByRole('button', {
      name: 'Delete',
    });
    await tabTo(kim, deleteButton, 120, 'Shift+Tab');
    await kim.keyboard.press('Enter');
    await lee.locator('.react-flow__node-body').waitFor({ state: 'detached' });
    await kim.locator('.react-flow__node-body').waitFor({ state: 'detached' });
    await expect.poll(() => deleteButton.isDisabled()).toBe(true);
    expect(await kim.evaluate(() => document.activeElement?.classList.contains('canvas'))).toBe(
      true,
    );

    await kim.context().close();
    await lee.context().close();
  });
});
