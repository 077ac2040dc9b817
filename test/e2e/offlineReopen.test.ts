import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshotPath } from './browser.ts';
import { keptUpdates, nodeByText, openAs } from './ui.ts';

const session = browserSession();

const REVOKED = 'This link no longer works — ask the facilitator for a new one';

function status(page: Page) {
  return page.locator('.connection').getAttribute('data-status');
}

/** The kinds of the map's bodies, as the server has them. */
async function bodyKindsOnServer(mapId: string, token: string): Promise<string[]> {
  const response = await fetch(`${session.server.url}/api/maps/${mapId}/spec?include=all`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const spec = (await response.json()) as { bodies: Array<{ kind: string }> };
  return spec.bodies.map((body) => body.kind).sort();
}

describe('reopening a map without the server', () => {
  it('starts the app from the service worker, opens the kept map, and syncs what is done offline', async () => {
    const map = await session.server.createMap('Reopened offline');
    const neverOpened = await session.server.createMap('Never opened here');
    const page = await openAs(session.browser, map.links.editor, 'Ola');
    // The service worker has the app shell once it controls the page.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await page.getByRole('button', { name: 'Integrated care board' }).click();
    await expect.poll(() => bodyKindsOnServer(map.id, map.tokens.editor)).toEqual(['icb']);
    await expect.poll(() => keptUpdates(page, map.id)).toBeGreaterThan(0);

    await session.server.stop();
    await page.reload();
    await expect.poll(() => nodeByText(page, 'Integrated care board').count()).toBe(1);
    expect(await page.locator('.map-title').textContent()).toBe('Reopened offline');
    expect(await page.locator('.topbar .role-badge').textContent()).toBe('Editor');
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe('offline');

    const before = await keptUpdates(page, map.id);
    await page.getByRole('button', { name: 'NHS trust' }).click();
    await expect.poll(() => nodeByText(page, 'NHS trust').count()).toBe(1);
    await expect.poll(() => keptUpdates(page, map.id)).toBeGreaterThan(before);
    await page.screenshot({ path: screenshotPath('offline-reopened') });

    // A link this browser never opened cannot be opened without the server, and says why.
    const stranger = await page.context().newPage();
    await stranger.goto(neverOpened.links.editor);
    await expect
      .poll(() => stranger.getByRole('alert').textContent())
      .toContain('The Accord server cannot be reached');
    await stranger.screenshot({ path: screenshotPath('offline-never-opened') });
    await stranger.close();

    // The server comes back on the same port and data: the offline edit reaches it.
    await session.restartServer();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('connected');
    await expect
      .poll(() => bodyKindsOnServer(map.id, map.tokens.editor))
      .toEqual(['icb', 'nhs-trust']);
    await page.screenshot({ path: screenshotPath('offline-synced') });
    await page.context().close();
  });

  it('says a link replaced while the browser was away no longer works, and stops opening it', async () => {
    const map = await session.server.createMap('Replaced while away');
    const page = await openAs(session.browser, map.links.viewer, 'Ola');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await session.server.stop();
    await page.reload();
    await expect.poll(() => page.locator('.topbar .role-badge').textContent()).toBe('View only');

    // Back, the server refuses the old link: the page says so instead of retrying for ever.
    await session.restartServer();
    const rotated = await fetch(`${session.server.url}/api/maps/${map.id}/links/viewer/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
    await expect.poll(() => page.getByText(REVOKED).count(), { timeout: 20_000 }).toBe(1);

    // Nor does the browser's copy open it any more.
    await session.server.stop();
    await page.reload();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The Accord server cannot be reached');
    await session.restartServer();
    await page.context().close();
  });
});
