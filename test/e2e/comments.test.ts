import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readThreads } from '../../shared/ydoc/comments.ts';
import { connect } from '../../shared/ydoc/edges.ts';
import { setViewersMayComment } from '../../shared/ydoc/facilitation.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { createLocalOrigin } from '../../shared/ydoc/origin.ts';
import type { TestClient } from '../helpers/startServer.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs } from './ui.ts';

const session = browserSession();

/** Draws a footprint and two bodies joined by a relationship, as a facilitator would. */
function drawLeeds(client: TestClient): void {
  const origin = createLocalOrigin('setup');
  addNode(client.doc, origin, {
    kind: 'footprint',
    label: 'Leeds neighbourhoods',
    position: { x: 0, y: 320 },
    size: { w: 380, h: 260 },
    attrs: { level: 'neighbourhood' },
  });
  const icb = addNode(client.doc, origin, {
    kind: 'icb',
    label: 'West Yorkshire ICB',
    position: { x: 0, y: 0 },
  });
  const trust = addNode(client.doc, origin, {
    kind: 'nhs-trust',
    label: 'Leeds Teaching Hospitals',
    position: { x: 420, y: 0 },
  });
  const joined = connect(client.doc, origin, {
    kind: 'accountable-to',
    source: trust,
    target: icb,
  });
  if (!joined.ok) throw new Error(joined.reason);
}

function commentsTab(page: Page): Locator {
  return page.getByRole('tab', { name: /^Comments/ });
}

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Comments' });
}

function badgeOn(target: Locator): Locator {
  return target.getByTestId('comment-count');
}

/** Writes in the composer with this label and presses its button. */
async function write(page: Page, label: string, text: string, button: string): Promise<void> {
  const composer = panel(page).locator('.comment-composer', { hasText: label });
  await composer.getByRole('textbox').fill(text);
  await composer.getByRole('button', { name: button, exact: true }).click();
}

/**
 * A point of the canvas with nothing drawn on it: left of the ICB, between it and the
 * footprint below; or right of the footprint, below the trust.
 */
async function emptySpot(page: Page, side: 'left' | 'right'): Promise<{ x: number; y: number }> {
  const icb = await nodeByText(page, 'West Yorkshire ICB').boundingBox();
  const trust = await nodeByText(page, 'Leeds Teaching Hospitals').boundingBox();
  const footprint = await nodeByText(page, 'Leeds neighbourhoods').boundingBox();
  if (!icb || !trust || !footprint) throw new Error('the map is not drawn');
  return side === 'left'
    ? { x: icb.x + 20, y: (icb.y + icb.height + footprint.y) / 2 }
    : { x: trust.x + trust.width / 2, y: footprint.y + footprint.height / 2 };
}

function threadTexts(page: Page): Promise<string[]> {
  return panel(page).getByTestId('comment').allTextContents();
}

describe('comment threads in Chromium', () => {
  it('lets a viewer comment, the facilitator reply and resolve, and both pin notes', async () => {
    const map = await session.server.createMap('Leeds comments');
    const setup = await session.client(map.id, map.tokens.owner);
    drawLeeds(setup);

    const owner = await openAs(session.browser, map.links.owner, 'Olivia');
    const viewer = await openAs(session.browser, map.links.viewer, 'Victor');
    await expect.poll(() => nodeByText(viewer, 'West Yorkshire ICB').count()).toBe(1);

    // The viewer right-clicks the ICB: the menu offers only "Comment".
    await nodeByText(viewer, 'West Yorkshire ICB').click({ button: 'right' });
    const menu = viewer.getByRole('menu', { name: 'Element actions' });
    expect((await menu.getByRole('menuitem').allTextContents()).map((t) => t.trim())).toEqual([
      'Comment',
    ]);
    await menu.getByRole('menuitem', { name: 'Comment' }).click();
    await expect.poll(() => commentsTab(viewer).getAttribute('aria-selected')).toBe('true');
    expect(await panel(viewer).locator('.comments-on').textContent()).toBe(
      'Comments on West Yorkshire ICB',
    );
    await viewer.screenshot({ path: screenshotPath('comments-00-viewer-starts-thread') });
    await write(viewer, 'Start a new thread', 'Who chairs the ICB board?', 'Comment');
    await expect
      .poll(() => threadTexts(viewer))
      .toEqual([expect.stringContaining('Who chairs the ICB board?')]);
    expect(await panel(viewer).getByTestId('comment').first().textContent()).toContain('Victor');

    // The facilitator sees the badge on the ICB and the thread in the Comments tab.
    const icb = nodeByText(owner, 'West Yorkshire ICB');
    await expect.poll(() => badgeOn(icb).textContent()).toBe('1');
    await expect.poll(() => commentsTab(owner).textContent()).toBe('Comments, 1');
    await owner.screenshot({ path: screenshotPath('comments-01-owner-sees-badge') });
    await badgeOn(icb).click();
    await expect.poll(() => commentsTab(owner).getAttribute('aria-selected')).toBe('true');
    const card = panel(owner).getByTestId('comment-thread');
    await expect.poll(() => card.textContent()).toContain('Who chairs the ICB board?');
    expect(await card.textContent()).toContain('Victor');
    expect(await card.textContent()).toContain('just now');
    expect(await card.textContent()).toContain('No replies');

    // The facilitator opens it and replies; the viewer, still in the thread, sees the reply.
    await card.click();
    await expect
      .poll(() => owner.locator('.react-flow__node.selected').textContent())
      .toContain('West Yorkshire ICB');
    await write(owner, 'Reply', 'The ICB chair, appointed by NHS England.', 'Reply');
    await expect
      .poll(() => threadTexts(viewer))
      .toEqual([
        expect.stringContaining('Who chairs the ICB board?'),
        expect.stringContaining('The ICB chair, appointed by NHS England.'),
      ]);
    expect((await threadTexts(viewer))[1]).toContain('Olivia');
    await owner.screenshot({ path: screenshotPath('comments-02-owner-thread') });

    // The facilitator resolves it: the badge goes for both, and the lists hide it.
    await panel(owner).getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => badgeOn(icb).count()).toBe(0);
    await expect.poll(() => badgeOn(nodeByText(viewer, 'West Yorkshire ICB')).count()).toBe(0);
    await expect.poll(() => panel(owner).getByTestId('comment-thread').count()).toBe(0);
    await panel(owner).getByRole('button', { name: '← All comments' }).click();
    await expect.poll(() => panel(owner).locator('h3').textContent()).toBe('0 open threads');
    await expect.poll(() => commentsTab(owner).textContent()).toBe('Comments, 0');
    // Shown again on request, marked resolved, and it can be reopened.
    await panel(owner).getByLabel('Show resolved threads').check();
    await expect
      .poll(() => panel(owner).getByTestId('comment-thread').textContent())
      .toContain('Resolved');
    await owner.screenshot({ path: screenshotPath('comments-02b-owner-resolved-shown') });
    await panel(viewer)
      .getByRole('button', { name: /Comments on this element/ })
      .click();
    await expect.poll(() => panel(viewer).getByTestId('comment-thread').count()).toBe(0);

    // A badge on a relationship and on a footprint, from the facilitator's menu.
    await owner.locator('.react-flow__controls-fitview').click();
    await owner.locator('.react-flow__edge-textbg').click({ button: 'right' });
    await owner.getByRole('menuitem', { name: 'Comment', exact: true }).click();
    await write(owner, 'Start a new thread', 'Is this accountability formal?', 'Comment');
    await expect.poll(() => badgeOn(viewer.locator('.edge-badges')).textContent()).toBe('1');
    const footprint = nodeByText(owner, 'Leeds neighbourhoods');
    await footprint.locator('.footprint-header').click({ button: 'right' });
    await owner.getByRole('menuitem', { name: 'Comment', exact: true }).click();
    await write(owner, 'Start a new thread', 'Add the four PCNs here.', 'Comment');
    await expect
      .poll(() => badgeOn(nodeByText(viewer, 'Leeds neighbourhoods')).textContent())
      .toBe('1');

    // The facilitator pins a note on an empty spot; the viewer sees it and opens it.
    await panel(owner).getByRole('button', { name: 'Pin a note' }).click();
    await owner.locator('.pin-hint').waitFor();
    await owner.screenshot({ path: screenshotPath('comments-03a-owner-pinning') });
    const between = await emptySpot(owner, 'left');
    await owner.mouse.click(between.x, between.y);
    await expect.poll(() => owner.getByTestId('pinned-draft').count()).toBe(1);
    await owner.screenshot({ path: screenshotPath('comments-03-owner-pin-draft') });
    await write(owner, 'New pinned note', 'Parking: mental health collaborative', 'Pin note');
    await expect.poll(() => owner.getByTestId('pinned-thread').count()).toBe(1);
    await expect.poll(() => viewer.getByTestId('pinned-thread').count()).toBe(1);
    await viewer.getByTestId('pinned-thread').click();
    await expect.poll(() => commentsTab(viewer).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => threadTexts(viewer))
      .toEqual([expect.stringContaining('Parking: mental health collaborative')]);
    expect(await panel(viewer).locator('.thread-view-head').textContent()).toContain('Pinned note');

    // The viewer pins one too, and the facilitator sees it.
    await panel(viewer).getByRole('button', { name: 'Pin a note' }).click();
    const beside = await emptySpot(viewer, 'right');
    await viewer.mouse.click(beside.x, beside.y);
    await write(viewer, 'New pinned note', 'Where does the hospice sit?', 'Pin note');
    await expect.poll(() => owner.getByTestId('pinned-thread').count()).toBe(2);
    await owner.screenshot({ path: screenshotPath('comments-03b-owner-pins') });
    await viewer.screenshot({ path: screenshotPath('comments-04-viewer-pins') });

    // The facilitator drags the viewer's note a little: it moves for the viewer too.
    const anchorOf = (page: Page) =>
      page.locator('.pin-anchor', { has: page.getByTestId('pinned-thread') }).nth(1);
    const before = await anchorOf(viewer).getAttribute('style');
    const marker = await owner.getByTestId('pinned-thread').nth(1).boundingBox();
    if (!marker) throw new Error('no marker');
    await owner.mouse.move(marker.x + marker.width / 2, marker.y + marker.height / 2);
    await owner.mouse.down();
    await owner.mouse.move(marker.x + 40, marker.y + 30, { steps: 5 });
    await owner.mouse.move(marker.x + 80, marker.y + 60, { steps: 5 });
    await owner.mouse.up();
    await expect.poll(() => anchorOf(viewer).getAttribute('style')).not.toBe(before);
    // A drag is not a click: the facilitator's own note stays open in the panel.
    expect(await threadTexts(owner)).toEqual([
      expect.stringContaining('Parking: mental health collaborative'),
    ]);

    // What everyone wrote is in the doc, under their own names.
    await expect
      .poll(() =>
        readThreads(setup.doc)
          .map((t) => `${t.root.authorName}: ${t.root.text}`)
          .sort(),
      )
      .toEqual([
        'Olivia: Add the four PCNs here.',
        'Olivia: Is this accountability formal?',
        'Olivia: Parking: mental health collaborative',
        'Victor: Where does the hospice sit?',
        'Victor: Who chairs the ICB board?',
      ]);

    // A resolved pinned note leaves the canvas unless resolved threads are shown.
    await owner.getByTestId('pinned-thread').first().click();
    await panel(owner).getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => viewer.getByTestId('pinned-thread').count()).toBe(1);
    await expect.poll(() => owner.getByTestId('pinned-thread').count()).toBe(2);
    await panel(owner).getByLabel('Show resolved threads').uncheck();
    await expect.poll(() => owner.getByTestId('pinned-thread').count()).toBe(1);

    // When the facilitator turns viewers' comments off, the viewer reads but cannot write.
    setViewersMayComment(setup.doc, createLocalOrigin('setup'), false);
    await expect
      .poll(() => panel(viewer).locator('.comments-note').textContent())
      .toContain('turned off comments');
    expect(await panel(viewer).getByRole('button', { name: 'Reply' }).count()).toBe(0);
    expect(await panel(viewer).getByRole('button', { name: 'Resolve' }).count()).toBe(0);
    expect(await panel(viewer).getByRole('button', { name: 'Pin a note' }).count()).toBe(0);
    await panel(viewer)
      .getByRole('button', { name: /All comments/ })
      .click();
    await expect.poll(() => panel(viewer).getByTestId('comment-thread').count()).toBe(3);
    await viewer.screenshot({ path: screenshotPath('comments-05-viewer-read-only') });
  });
});
