import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { keptUpdates } from './ui.ts';

const session = browserSession();

async function join(link: string, name: string): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1200, height: 760 } });
  await context.addInitScript((participant) => {
    localStorage.setItem('accord:name', participant);
  }, name);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(link);
  await expect.poll(() => status(page)).toBe('connected');
  return page;
}

function status(page: Page) {
  return page.locator('.connection').getAttribute('data-status');
}

function count(page: Page, label: string) {
  return page.locator('.react-flow__node', { hasText: label }).count();
}

describe('working through a lost connection', () => {
  it('keeps edits made while the server is down and merges them when it is back', async () => {
    const map = await session.server.createMap('Offline workshop');
    const alice = await join(map.links.editor, 'Alice');
    const bob = await join(map.links.editor, 'Bob');

    await alice.getByRole('button', { name: 'Integrated care board' }).click();
    await expect.poll(() => count(bob, 'Integrated care board')).toBe(1);

    await session.server.stop();
    await expect.poll(() => status(alice)).not.toBe('connected');
    await expect.poll(() => status(bob)).not.toBe('connected');

    await alice.getByRole('button', { name: 'NHS trust' }).click();
    await bob.getByRole('button', { name: 'Primary care network' }).click();
    await expect.poll(() => count(alice, 'NHS trust')).toBe(1);
    await expect.poll(() => count(bob, 'Primary care network')).toBe(1);
    expect(await count(alice, 'Primary care network')).toBe(0);
    await alice.screenshot({ path: screenshotPath('10-offline-edit') });

    await session.restartServer();
    await expect.poll(() => status(alice), { timeout: 30_000 }).toBe('connected');
    await expect.poll(() => count(alice, 'Primary care network')).toBe(1);
    await expect.poll(() => count(bob, 'NHS trust')).toBe(1);

    // What merged was stored: a fresh page load shows all three bodies.
    await bob.reload();
    await expect.poll(() => status(bob)).toBe('connected');
    await expect.poll(() => bob.locator('.react-flow__node').count()).toBe(3);
    await bob.screenshot({ path: screenshotPath('11-after-reconnect') });
  });

  it('keeps edits made offline in the browser, even if the tab is closed, and syncs them later', async () => {
    const map = await session.server.createMap('Kept in the browser');
    const page = await join(map.links.editor, 'Dee');
    await page.getByRole('button', { name: 'Integrated care board' }).click();
    await expect.poll(() => count(page, 'Integrated care board')).toBe(1);
    const stored = () => keptUpdates(page, map.id);
    // The browser writes its copy in the background: a loaded machine takes more than the
    // default second.
    await expect.poll(stored, { timeout: 15_000 }).toBeGreaterThan(0);

    // The server goes away; an edit is made and the tab closed before it comes back.
    await session.server.stop();
    await expect.poll(() => status(page)).not.toBe('connected');
    const before = await stored();
    await page.getByRole('button', { name: 'NHS trust' }).click();
    await expect.poll(stored, { timeout: 15_000 }).toBeGreaterThan(before);
    const context = page.context();
    await page.close();

    // Back later: the map opens in the same browser and the kept edit reaches the server.
    await session.restartServer();
    const again = await context.newPage();
    again.setDefaultTimeout(10_000);
    await again.goto(map.links.editor);
    await expect.poll(() => status(again)).toBe('connected');
    const reader = await session.client(map.id, map.tokens.viewer);
    await expect
      .poll(() =>
        readMap(reader.doc)
          .nodes.map((n) => n.kind)
          .sort(),
      )
      .toEqual(['icb', 'nhs-trust']);
    await again.screenshot({ path: screenshotPath('12-kept-in-browser') });
  });
});
