import { describe, expect, it } from 'vitest';
import { browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

const session = browserSession();

describe('automatic history', () => {
  it('lists a session of editing apart from named versions, and opens and compares it like them', async () => {
    const map = await session.server.createMap('Workshop');
    const first = await openAs(session.browser, map.links.editor, 'Sam');
    await first.getByRole('button', { name: 'Integrated care board' }).click();
    await expect.poll(() => first.locator('.body-node').count()).toBe(1);
    // Everyone leaves: the session of editing is over.
    await first.context().close();

    const page = await openAs(session.browser, map.links.owner, 'Fiona');
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
