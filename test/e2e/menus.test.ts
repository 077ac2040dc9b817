import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { addNote } from '../../shared/ydoc/notes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { drawConnection, nodeByText, openAs, panBy } from './ui.ts';

const session = browserSession();
// WCAG 2.2 level A and AA, as in accessibility.test.ts.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe finds in the open menu, one line per violation and element. */
async function menuViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .include('[role="menu"]')
    .analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}
const origin = { kind: 'local', participantId: 'seed' } as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** True when `inner` lies wholly inside `outer`. */
function within(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Pans until the bottom middle of `target` sits `gap` pixels above the canvas's bottom. */
async function toBottomEdge(page: Page, target: Locator, gap: number): Promise<void> {
  const canvas = await boxOf(page.locator('.canvas'));
  const box = await boxOf(target);
  await panBy(
    page,
    canvas.x + canvas.width / 2 - (box.x + box.width / 2),
    canvas.y + canvas.height - gap - (box.y + box.height),
  );
}

describe('menus on the map', () => {
  it('stay inside the canvas near its edges, and a note is offered only what applies to it', async () => {
    const map = await session.server.createMap('Menus map');
    const seed = await session.client(map.id, map.tokens.owner);
    addNode(seed.doc, origin, { kind: 'icb', label: 'Northshire ICB', position: { x: 0, y: 0 } });
    addNode(seed.doc, origin, {
      kind: 'nhs-trust',
      label: 'Riverton Hospitals',
      position: { x: 0, y: 320 },
    });
    const noteId = addNote(seed.doc, origin, {
      kind: 'note',
      text: 'Who chairs the board?',
      position: { x: 400, y: 150 },
    });

    const kim = await openAs(session.browser, map.links.owner, 'Kim');
    const canvas = kim.locator('.canvas');
    const icb = nodeByText(kim, 'Northshire ICB');
    await icb.waitFor();

    // A body at the bottom edge: its menu, right-clicked or opened with Shift+F10, would run
    // below the canvas; it is moved up into it.
    await toBottomEdge(kim, icb, 12);
    const icbBox = await boxOf(icb);
    await icb.click({
      button: 'right',
      position: { x: icbBox.width / 2, y: icbBox.height - 6 },
    });
    const menu = kim.getByRole('menu', { name: 'Element actions' });
    await menu.waitFor();
    await kim.screenshot({ path: screenshotPath('menus-0-bottom-edge') });
    expect(within(await boxOf(menu), await boxOf(canvas))).toBe(true);
    expect(await menuViolations(kim)).toEqual([]);
    await kim.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await icb.focus();
    await kim.keyboard.press('Shift+F10');
    await menu.waitFor();
    expect(within(await boxOf(menu), await boxOf(canvas))).toBe(true);
    // Every item can still be reached: the last one is in view when the arrows go there.
    await kim.keyboard.press('End');
    const last = menu.getByRole('menuitem', { name: 'Delete' });
    await expect.poll(() => last.evaluate((item) => item === document.activeElement)).toBe(true);
    expect(within(await boxOf(last), await boxOf(canvas))).toBe(true);
    await kim.keyboard.press('Escape');

    // The kind-of-relationship menu for a connection drawn to a body at the bottom edge.
    const trust = nodeByText(kim, 'Riverton Hospitals');
    await toBottomEdge(kim, trust, 8);
    await drawConnection(kim, icb, trust);
    const kinds = kim.getByRole('menu', { name: 'Kind of relationship' });
    await kinds.waitFor();
    await kinds.getByText('Why not the others?').click();
    await kim.screenshot({ path: screenshotPath('menus-1-connect-at-edge') });
    expect(within(await boxOf(kinds), await boxOf(canvas))).toBe(true);
    await kinds.getByRole('menuitem', { name: 'commissions', exact: true }).click();
    await expect.poll(() => readMap(seed.doc).edges.length).toBe(1);

    // Arrange counts what it moves: two bodies and the relationship between them can be
    // aligned, not distributed (that takes three), in the toolbar and the selection's menu.
    await kim.locator('.react-flow__controls-fitview').click();
    await icb.click();
    await trust.click({ modifiers: ['Shift'] });
    await kim.locator('.react-flow__edge').click({ modifiers: ['Shift'] });
    await expect.poll(() => kim.locator('.react-flow__edge.selected').count()).toBe(1);
    await kim.getByRole('button', { name: 'Arrange' }).click();
    const arrange = kim.getByRole('menu', { name: 'Arrange' });
    await expect
      .poll(() => arrange.getByRole('menuitem', { name: /^Align left/ }).isEnabled())
      .toBe(true);
    expect(
      await arrange.getByRole('menuitem', { name: /^Distribute horizontally/ }).isDisabled(),
    ).toBe(true);
    await kim.screenshot({ path: screenshotPath('menus-2-arrange-two-and-a-relationship') });
    await kim.keyboard.press('Escape');
    await trust.click({ button: 'right' });
    await expect
      .poll(() => menu.getByRole('menuitem', { name: /^Distribute vertically/ }).isDisabled())
      .toBe(true);
    expect(await menu.getByRole('menuitem', { name: /^Align top/ }).isEnabled()).toBe(true);
    await kim.keyboard.press('Escape');

    // A sticky note's menu: write, colour, duplicate, lock, delete; no status, vote or comment.
    await kim.locator('.react-flow__controls-fitview').click();
    const note = kim.locator('.react-flow__node-note');
    await note.click({ button: 'right' });
    await menu.waitFor();
    await kim.screenshot({ path: screenshotPath('menus-3-note') });
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items.map((item) => item.trim())).toEqual([
      'Write on itEnter',
      'DuplicateCtrl+D',
      'Lock',
      'Delete',
    ]);
    expect(await menu.getByRole('menuitemradio').count()).toBe(6);
    expect(await menuViolations(kim)).toEqual([]);
    await menu.getByRole('menuitemradio', { name: 'Green' }).click();
    await expect.poll(() => readMap(seed.doc).notes?.[0]?.color).toBe('green');
    await note.click({ button: 'right' });
    await menu.getByRole('menuitem', { name: /^Write on it/ }).click();
    const field = kim.getByRole('textbox', { name: 'Sticky note text' });
    await field.waitFor();
    await field.fill('Ask both councils');
    await field.press('Control+Enter');
    await expect
      .poll(() => readMap(seed.doc).notes?.find((n) => n.id === noteId)?.label)
      .toBe('Ask both councils');
    await note.click({ button: 'right' });
    await menu.getByRole('menuitem', { name: /^Duplicate/ }).click();
    await expect.poll(() => readMap(seed.doc).notes?.length).toBe(2);

    await kim.context().close();
  });
});
