import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, browserSession, screenshotPath } from './browser.ts';
import { fitView, fitViewInFull, nodeByText, openAs, renameInline } from './ui.ts';

const session = browserSession();

const PARTNERSHIP = 'Riverton Health and Care Partnership';

interface SpecElement {
  id: string;
  name?: string;
  status: string;
  agreedAt?: string;
  tally?: { agree: number; disagree: number; abstain: number };
}

function voteRow(page: Page, name: string): Locator {
  return page.getByTestId('vote-panel').getByTestId('vote-row').filter({ hasText: name });
}

function commentsPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Comments' });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name) });
}

describe('a short workshop with a facilitator, an editor and a viewer', () => {
  it('runs from a template to an exported spec that records what was agreed', async () => {
    // The facilitator starts a map from the joint-committee place template on the home page.
    const home = await (
      await session.browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    await home.goto(`${session.server.url}/`);
    await home.getByLabel('Map title').fill('Riverton workshop');
    await home.locator('#map-template').selectOption('place-joint-committee');
    await home.getByRole('button', { name: /Create/ }).click();
    const links = home.getByTestId('map-links');
    await links.waitFor();
    const linkOf = (role: string) => links.locator(`#link-${role}`).inputValue();
    const ownerLink = await linkOf('owner');
    const editorLink = await linkOf('editor');
    const viewerLink = await linkOf('viewer');
    await home.context().close();

    const fran = await openAs(session.browser, ownerLink, 'Fran');
    const eddie = await openAs(session.browser, editorLink, 'Eddie');
    const vera = await openAs(session.browser, viewerLink, 'Vera');
    const everyone = [fran, eddie, vera];
    for (const page of everyone) {
      await expect.poll(() => nodeByText(page, PARTNERSHIP).count()).toBe(1);
      await fitViewInFull(page);
    }
    await expect.poll(() => fran.getByTestId('participants').textContent()).toContain('Vera');
    // Each sees their role; only the facilitator has the facilitation tools and Share.
    expect(await fran.locator('.topbar').textContent()).toContain('Facilitator');
    expect(await eddie.locator('.topbar').textContent()).toContain('Editor');
    expect(await vera.locator('.topbar').textContent()).toContain('View only');
    expect(await eddie.getByRole('toolbar', { name: 'Facilitate' }).count()).toBe(0);
    expect(await vera.getByRole('toolbar', { name: 'Edit' }).count()).toBe(0);
    expect(await vera.locator('.palette').count()).toBe(0);

    // The editor edits: renames the PCN, as everyone sees.
    await renameInline(eddie, nodeByText(eddie, 'Riverton Central PCN'), 'Riverton North PCN');
    for (const page of everyone) {
      await expect.poll(() => nodeByText(page, 'Riverton North PCN').count()).toBe(1);
    }

    // The facilitator calls a vote on the partnership; both who may vote agree.
    const facilitate = fran.getByRole('toolbar', { name: 'Facilitate' });
    await nodeByText(fran, PARTNERSHIP).click();
    await facilitate.getByRole('button', { name: 'Open vote' }).click();
    for (const page of everyone) await voteRow(page, PARTNERSHIP).waitFor();
    await voteRow(eddie, PARTNERSHIP).getByRole('button', { name: 'Agree', exact: true }).click();
    await voteRow(fran, PARTNERSHIP).getByRole('button', { name: 'Agree', exact: true }).click();
    // The viewer watches the tally live, with nothing to press.
    await expect
      .poll(() => nodeByText(vera, PARTNERSHIP).getByTestId('vote-tally').textContent())
      .toMatch(/2\D+0\D+0/);
    expect(
      await voteRow(vera, PARTNERSHIP).getByRole('button', { name: 'Agree', exact: true }).count(),
    ).toBe(0);
    await shot(vera, 'workshop-1-viewer-watches-vote');
    await shot(fran, 'workshop-1-facilitator-vote');

    // The facilitator closes it as agreed; every card says so.
    await fran.getByTestId('vote-panel').getByRole('button', { name: 'Close vote…' }).click();
    const dialog = fran.getByRole('dialog', { name: 'Close the vote' });
    expect(await dialog.getByRole('radio', { name: 'Agreed' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Close vote', exact: true }).click();
    for (const page of everyone) {
      await expect
        .poll(() => nodeByText(page, PARTNERSHIP).locator('.status-flag').textContent())
        .toContain('Agreed');
    }

    // The viewer asks a question on the partnership; the facilitator sees the badge.
    await nodeByText(vera, PARTNERSHIP).click({ button: 'right' });
    await vera
      .getByRole('menu', { name: 'Element actions' })
      .getByRole('menuitem', { name: 'Comment' })
      .click();
    const composer = commentsPanel(vera).locator('.comment-composer', {
      hasText: 'Start a new thread',
    });
    await composer.getByRole('textbox').fill('Who chairs the joint committee?');
    await composer.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect
      .poll(() => nodeByText(fran, PARTNERSHIP).getByTestId('comment-count').textContent())
      .toBe('1');
    await expect
      .poll(() => nodeByText(eddie, PARTNERSHIP).getByTestId('comment-count').textContent())
      .toBe('1');
    await shot(vera, 'workshop-2-viewer-comment');

    // The facilitator saves the map as a version.
    await fran.getByRole('tab', { name: 'Versions' }).click();
    await fran.getByLabel('Save this map as a version').fill('After workshop 2');
    await fran.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => fran.getByTestId('versions').textContent())
      .toContain('After workshop 2');

    // Afterwards the editor renames the council; the facilitator compares with the version.
    await renameInline(eddie, nodeByText(eddie, 'Riverton Council'), 'Riverton City Council');
    await expect.poll(() => nodeByText(fran, 'Riverton City Council').count()).toBe(1);
    await fran.getByTestId('versions').getByRole('button', { name: 'Open', exact: true }).click();
    const banner = fran.getByTestId('version-banner');
    await banner.getByRole('button', { name: 'Compare with now' }).click();
    await expect
      .poll(() => fran.locator('.body-node.change-changed .body-label').allTextContents())
      .toEqual(['Riverton City Council']);
    await expect
      .poll(() =>
        fran.getByTestId('version-changes-changed').locator('.change-field').allTextContents(),
      )
      .toEqual(['Name: Riverton Council → Riverton City Council']);
    await fitView(fran);
    await shot(fran, 'workshop-3-compare');
    await banner.getByRole('button', { name: 'Back to now' }).click();
    await expect.poll(() => fran.locator('[data-change]').count()).toBe(0);

    // The facilitator exports the spec: only what was agreed, with when and by how many.
    await fran.getByRole('button', { name: 'Export spec' }).click();
    const [download] = await Promise.all([
      fran.waitForEvent('download'),
      fran
        .getByRole('dialog')
        .getByRole('button', { name: /^Download/ })
        .click(),
    ]);
    const saved = path.join(ARTIFACTS_DIR, 'workshop-4-agreed.governance.json');
    await download.saveAs(saved);
    const spec = JSON.parse(readFileSync(saved, 'utf8')) as {
      map: { includes: string };
      bodies: SpecElement[];
    };
    expect(spec.map.includes).toBe('agreed');
    expect(spec.bodies.map((b) => b.name)).toEqual([PARTNERSHIP]);
    const [agreed] = spec.bodies;
    expect(agreed?.status).toBe('agreed');
    expect(agreed?.tally).toEqual({ agree: 2, disagree: 0, abstain: 0 });
    const agreedAt = Date.parse(agreed?.agreedAt ?? '');
    expect(Date.now() - agreedAt).toBeLessThan(5 * 60_000);
    expect(Date.now() - agreedAt).toBeGreaterThanOrEqual(0);
    await shot(fran, 'workshop-4-export');

    for (const page of everyone) await page.context().close();
  });
});
