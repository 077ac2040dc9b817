import { describe, expect, it } from 'vitest';
import { addComment } from '../../shared/ydoc/comments.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { fitView, openAs } from './ui.ts';

const session = browserSession();
const origin = { kind: 'local', participantId: 'seed' } as const;
const author = { id: 'seed', name: 'Sam' };

describe('the zoomed-out view', () => {
  it('shows each body’s open comment threads, as large as its name', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const seed = await session.client(map.id, map.tokens.owner);
    const icb = readMap(seed.doc).nodes.find((node) => node.kind === 'icb');
    if (!icb) throw new Error('the template has no ICB');
    addComment(seed.doc, origin, { targetId: icb.id }, author, 'Who chairs the board?');
    addComment(seed.doc, origin, { targetId: icb.id }, author, 'Check the delegation.');

    const kim = await openAs(session.browser, map.links.owner, 'Kim');
    // A laptop: the fitted whole system is in the zoomed-out view.
    await kim.setViewportSize({ width: 1366, height: 768 });
    await kim.locator('.react-flow__node').first().waitFor();
    await fitView(kim);
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
});
