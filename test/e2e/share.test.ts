import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setViewersMayComment, viewersMayComment } from '../../shared/ydoc/facilitation.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

const session = browserSession();

const REVOKED = 'This link no longer works — ask the facilitator for a new one';

function shareButton(page: Page) {
  return page.getByRole('button', { name: 'Share', exact: true });
}

function roleBadge(page: Page) {
  return page.locator('.topbar .role-badge').textContent();
}

async function openShare(page: Page) {
  await shareButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await expect.poll(() => dialog.locator('.copy-link input').count()).toBe(3);
  return dialog;
}

function linkShown(page: Page, role: 'owner' | 'editor' | 'viewer') {
  return page.locator(`.share-link-${role} input`).inputValue();
}

describe('sharing a map', () => {
  it('shows the owner the three links, and a new viewer link cuts off the old one at once', async () => {
    const map = await session.server.createMap('Shared workshop');
    const owner = await openAs(session.browser, map.links.owner, 'Fran');
    await owner.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.server.url,
    });
    expect(await roleBadge(owner)).toBe('Facilitator');

    const dialog = await openShare(owner);
    expect(await linkShown(owner, 'owner')).toBe(map.links.owner);
    expect(await linkShown(owner, 'editor')).toBe(map.links.editor);
    expect(await linkShown(owner, 'viewer')).toBe(map.links.viewer);
    expect(await dialog.locator('.share-link-owner').textContent()).toContain(
      'Keep private: it controls the map.',
    );
    // The owner's link cannot be replaced from here; the others can.
    expect(await dialog.getByRole('button', { name: /Make a new .* link/ }).count()).toBe(2);

    await dialog.getByRole('button', { name: 'Copy the viewer link' }).click();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(map.links.viewer);
    await owner.screenshot({ path: screenshotPath('share-dialog') });

    // Someone is on the map with the viewer link when the owner replaces it.
    const viewer = await openAs(session.browser, map.links.viewer, 'Vic');
    expect(await roleBadge(viewer)).toBe('View only');
    expect(await shareButton(viewer).count()).toBe(0);

    await dialog.getByRole('button', { name: 'Make a new viewer link' }).click();
    expect(await dialog.textContent()).toContain(
      'People using the old viewer link are disconnected at once.',
    );
    await owner.screenshot({ path: screenshotPath('share-confirm') });
    await dialog.getByRole('button', { name: 'Yes, make a new link' }).click();
    await expect.poll(() => linkShown(owner, 'viewer')).not.toBe(map.links.viewer);
    const newViewerLink = await linkShown(owner, 'viewer');
    expect(newViewerLink).toMatch(new RegExp(`/m/${map.id}#token=.+`));
    // The other links stay as they were.
    expect(await linkShown(owner, 'editor')).toBe(map.links.editor);
    expect(await linkShown(owner, 'owner')).toBe(map.links.owner);
    await owner.screenshot({ path: screenshotPath('share-rotated') });

    // The viewer's page gives way to the message, and keeps nothing of the map.
    await expect.poll(() => viewer.getByText(REVOKED).count(), { timeout: 5_000 }).toBe(1);
    expect(await viewer.locator('.react-flow').count()).toBe(0);
    expect(await viewer.locator('.topbar').count()).toBe(0);
    await viewer.screenshot({ path: screenshotPath('share-revoked') });

    // The old link no longer opens the map, on the API or in a fresh browser.
    const refused = await fetch(`${session.server.url}/api/maps/${map.id}`, {
      headers: { authorization: `Bearer ${map.tokens.viewer}` },
    });
    expect(refused.status).toBe(403);
    const stranger = await session.browser.newContext();
    const late = await stranger.newPage();
    await late.goto(map.links.viewer);
    await expect.poll(() => late.getByText(REVOKED).count()).toBe(1);
    await late.screenshot({ path: screenshotPath('share-old-link') });
    await stranger.close();

    // The new link opens it, as a viewer.
    const again = await openAs(session.browser, newViewerLink, 'Vic');
    expect(await roleBadge(again)).toBe('View only');
    expect(await shareButton(again).count()).toBe(0);

    await Promise.all([owner, viewer, again].map((page) => page.context().close()));
  });

  it('binds "Viewers may comment" to the map, for everyone', async () => {
    const map = await session.server.createMap('Comment rights');
    const owner = await openAs(session.browser, map.links.owner, 'Fran');
    // A second client of the owner's, in Node: it sees the switch, and can switch it too.
    const reader = await session.client(map.id, map.tokens.owner);
    expect(viewersMayComment(reader.doc)).toBe(true);

    const dialog = await openShare(owner);
    const toggle = dialog.getByRole('switch', { name: /Viewers may comment/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => viewersMayComment(reader.doc)).toBe(false);
    expect(await toggle.isChecked()).toBe(false);
    await owner.screenshot({ path: screenshotPath('share-comment-off') });

    // Switched elsewhere, it shows here too.
    setViewersMayComment(reader.doc, 'elsewhere', true);
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => viewersMayComment(reader.doc)).toBe(false);

    await owner.context().close();
  });

  it('gives editors and viewers no Share button, and shows each their role', async () => {
    const map = await session.server.createMap('Roles');
    const editor = await openAs(session.browser, map.links.editor, 'Eve');
    expect(await roleBadge(editor)).toBe('Editor');
    expect(await shareButton(editor).count()).toBe(0);
    await editor.screenshot({ path: screenshotPath('share-editor-topbar') });

    // And the links are the owner's alone on the server too.
    const response = await fetch(`${session.server.url}/api/maps/${map.id}/links`, {
      headers: { authorization: `Bearer ${map.tokens.editor}` },
    });
    expect(response.status).toBe(403);
    await editor.context().close();
  });
});
