import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/startServer.ts';
import { launchChromium, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('automatic history', () => {
  it('lists a session of editing apart from named versions, and opens and compares it like them', async () => {
    const map = await server.createMap('Workshop');
    const first = await openAs(browser, map.links.editor, 'Sam');
    await first.getByRole('button', { name: 'Integrated care board' }).click();
    await expect.poll(() => first.locator('.body-node').count()).toBe(1);
    // Everyone leaves: the session of editing is over.
    await first.context().close();

    const page = await openAs(browser, map.links.owner, 'Fiona');
    await page.getByRole('button', { name: 'NHS trust' }).click();
    await expect.poll(() => page.locator('.body-node').count()).toBe(2);
    await page.getByRole('tab', { name: 'Versions' }).click();
    const automatic = page.getByTestId('automatic-versions');
    await expect.poll(() => automatic.textContent()).toContain('End of a session of editing');
    expect(await page.getByTestId('versions').locator('li').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('70-automatic-history') });

    await automatic.getByRole('button', { name: 'Open', exact: true }).click();
    const banner = page.getByTestId('version-banner');
    await expect.poll(() => banner.textContent()).toMatch(/End of a session of editing/);
    await expect.poll(() => page.locator('.body-node').count()).toBe(1);
    await banner.getByRole('button', { name: /Compare/ }).click();
    await expect.poll(() => page.locator('[data-change="added"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('71-automatic-version-compared') });
    await page.context().close();
  });
});
