import { describe, expect, it } from 'vitest';
import { browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

const session = browserSession();

describe('the home page and a map’s name', () => {
  it('shows the new links in view with focus, lists the maps this browser knows, and follows a rename', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => localStorage.setItem('accord:name', 'Fiona'));
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(session.server.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Your maps' }).count()).toBe(0);

    await page.getByLabel('Map title').fill('Workshop 1');
    await page.getByRole('button', { name: 'Create map' }).click();
    const ready = page.getByRole('heading', { name: '“Workshop 1” is ready' });
    await ready.waitFor();
    await expect.poll(() => ready.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(() =>
        ready.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.screenshot({ path: screenshotPath('60-home-links-in-view') });
    const ownerLink = await page
      .getByRole('link', { name: 'Open the map as facilitator' })
      .getAttribute('href');
    expect(ownerLink).toContain('#token=');

    // The owner renames the map; an editor in the room sees the new name at once.
    await page.goto(ownerLink ?? '');
    await expect
      .poll(() => page.locator('.connection').getAttribute('data-status'))
      .toBe('connected');
    const editor = await openAs(
      session.browser,
      (await editorOf(page, ownerLink ?? '')) ?? '',
      'Sam',
    );
    await expect.poll(() => editor.getByRole('button', { name: 'Rename' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Map title').fill('Leeds place partnership — workshop 1');
    await page.screenshot({ path: screenshotPath('61-renaming-the-map') });
    await page.getByLabel('Map title').press('Enter');
    await expect
      .poll(() => editor.locator('.map-title').textContent())
      .toBe('Leeds place partnership — workshop 1');

    // Back home, the map is listed under its new name and opens from there.
    await page.goto(session.server.url);
    const listed = page.getByRole('link', { name: 'Leeds place partnership — workshop 1' });
    await listed.waitFor();
    await page.screenshot({ path: screenshotPath('62-home-your-maps') });
    await listed.click();
    await expect
      .poll(() => page.locator('.map-title').textContent())
      .toBe('Leeds place partnership — workshop 1');
    await page.goto(session.server.url);
    await page.getByRole('button', { name: /^Forget/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Your maps' }).count()).toBe(0);
    await editor.context().close();
    await context.close();
  });
});

/** The editor link of the map open on `page`, from its share dialog's REST source. */
async function editorOf(page: import('playwright-core').Page, ownerLink: string) {
  const url = new URL(ownerLink);
  const token = new URLSearchParams(url.hash.slice(1)).get('token');
  const mapId = url.pathname.split('/').pop();
  const response = await page.request.get(`${url.origin}/api/maps/${mapId}/links`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const links = (await response.json()) as { links?: { editor?: string }; editor?: string };
  return links.links?.editor ?? links.editor;
}
