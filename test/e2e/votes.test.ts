import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { connectClient } from '../helpers/startServer.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { dragBy, nodeByText, openAs } from './ui.ts';

const ICB = 'icb-west-yorkshire';
const TRUST = 'trust-leeds-teaching';
const PCN = 'pcn-leeds-central';
const PLACE = 'place-leeds-footprint';

/** Three proposed bodies (one in a place), one relationship; nothing voted on or locked. */
const spec = {
  specVersion: 1,
  map: {
    id: 'map-votes-e2e',
    title: 'Leeds workshop',
    exportedAt: '2026-03-02T09:00:00.000Z',
    includes: 'all',
  },
  footprints: [{ id: PLACE, name: 'Leeds place', level: 'place' }],
  bodies: [
    { id: ICB, kind: 'icb', name: 'West Yorkshire ICB', statutory: true, status: 'proposed' },
    {
      id: TRUST,
      kind: 'nhs-trust',
      name: 'Leeds Teaching Hospitals',
      statutory: true,
      status: 'proposed',
    },
    {
      id: PCN,
      kind: 'pcn',
      name: 'Leeds Central PCN',
      footprint: PLACE,
      statutory: false,
      status: 'proposed',
    },
  ],
  relationships: [
    {
      id: 'trust-accountable-to-icb',
      kind: 'accountable-to',
      from: TRUST,
      to: ICB,
      status: 'proposed',
    },
  ],
  validation: { errors: [], warnings: [] },
};

interface ImportedMap {
  id: string;
  links: { owner: string; editor: string; viewer: string };
}

const session = browserSession();
const pages: Page[] = [];

afterAll(async () => {
  for (const page of pages) await page.context().close();
});

async function importMap(): Promise<ImportedMap> {
  const response = await fetch(`${session.server.url}/api/maps/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as ImportedMap;
}

function tokenOf(link: string): string {
  const token = new URL(link).hash.replace(/^#token=/, '');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

async function join(link: string, name: string): Promise<Page> {
  const page = await openAs(session.browser, link, name);
  pages.push(page);
  return page;
}

function voteRow(page: Page, name: string): Locator {
  return page.getByTestId('vote-panel').getByTestId('vote-row').filter({ hasText: name });
}

function choice(page: Page, name: string, label: 'Agree' | 'Disagree' | 'Abstain'): Locator {
  return voteRow(page, name).getByRole('button', { name: label, exact: true });
}

async function transformOf(target: Locator): Promise<string> {
  return target.evaluate((element) => (element as HTMLElement).style.transform);
}

describe('votes and locks in Chromium', () => {
  it('lets the facilitator call a vote that everyone sees live, close it agreed, and lock a body', async () => {
    const map = await importMap();
    const alice = await join(map.links.owner, 'Alice');
    const bob = await join(map.links.editor, 'Bob');
    const vera = await join(map.links.viewer, 'Vera');
    const everyone = [alice, bob, vera];
    for (const page of everyone) await nodeByText(page, 'Leeds Central PCN').waitFor();
    await expect.poll(() => alice.getByTestId('participants').textContent()).toContain('Vera');

    // A real client beside the browsers reads the doc as the server holds it.
    const observer = connectClient(session.server.wsUrl, map.id, tokenOf(map.links.viewer));
    await observer.synced;
    const nodeField = (id: string, field: string) =>
      JSON.stringify(mapDoc(observer.doc).nodes.get(id)?.get(field));

    try {
      // Only the facilitator has the Facilitate group.
      const facilitate = alice.getByRole('toolbar', { name: 'Facilitate' });
      await expect.poll(() => facilitate.count()).toBe(1);
      expect(await bob.getByRole('toolbar', { name: 'Facilitate' }).count()).toBe(0);
      expect(await vera.getByRole('toolbar', { name: 'Facilitate' }).count()).toBe(0);

      // Alice selects the ICB and opens a vote on it: everyone sees the panel and the badge.
      await nodeByText(alice, 'West Yorkshire ICB').click();
      await facilitate.getByRole('button', { name: 'Open vote' }).click();
      for (const page of everyone) {
        await expect.poll(() => voteRow(page, 'West Yorkshire ICB').count()).toBe(1);
        await expect
          .poll(() => nodeByText(page, 'West Yorkshire ICB').getByTestId('vote-tally').count())
          .toBe(1);
      }
      expect(await facilitate.getByRole('button', { name: 'Open vote' }).isDisabled()).toBe(true);

      // Bob disagrees, then changes his mind; Alice agrees. Each counts once.
      await choice(bob, 'West Yorkshire ICB', 'Disagree').click();
      await expect
        .poll(() => voteRow(vera, 'West Yorkshire ICB').getByTestId('tally').textContent())
        .toContain('1 disagree');
      await choice(bob, 'West Yorkshire ICB', 'Agree').click();
      await choice(alice, 'West Yorkshire ICB', 'Agree').click();
      for (const page of everyone) {
        const tally = voteRow(page, 'West Yorkshire ICB').getByTestId('tally');
        await expect.poll(() => tally.textContent()).toBe('✔ 2 agree✖ 0 disagree– 0 abstain');
        await expect
          .poll(() => voteRow(page, 'West Yorkshire ICB').getByTestId('vote-turnout').textContent())
          .toBe('All 2 have voted');
        const badge = nodeByText(page, 'West Yorkshire ICB').getByTestId('vote-tally');
        await expect.poll(() => badge.textContent()).toBe('Vote✔ 2✖ 0– 0');
      }
      // Each voter sees their own choice; the viewer sees the tally but has no vote.
      expect(await choice(bob, 'West Yorkshire ICB', 'Agree').getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await choice(bob, 'West Yorkshire ICB', 'Disagree').getAttribute('aria-pressed')).toBe(
        'false',
      );
      expect(
        await nodeByText(bob, 'West Yorkshire ICB')
          .getByTestId('vote-tally')
          .getAttribute('data-mine'),
      ).toBe('agree');
      expect(await voteRow(vera, 'West Yorkshire ICB').getByRole('button').count()).toBe(1);
      expect(await voteRow(vera, 'West Yorkshire ICB').getByRole('button').textContent()).toBe(
        'West Yorkshire ICB',
      );
      await alice.screenshot({ path: screenshotPath('votes-01-owner-voting') });
      await bob.screenshot({ path: screenshotPath('votes-02-editor-voted') });
      await vera.screenshot({ path: screenshotPath('votes-03-viewer-watches') });

      // Alice closes the vote: the dialog shows the final tally and suggests agreed.
      await alice.getByTestId('vote-panel').getByRole('button', { name: 'Close vote…' }).click();
      const dialog = alice.getByRole('dialog', { name: 'Close the vote' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Suggested outcome: agreed');
      expect(await dialog.getByRole('radio', { name: 'Agreed' }).isChecked()).toBe(true);
      await alice.screenshot({ path: screenshotPath('votes-04-close-dialog') });
      await dialog.getByRole('button', { name: 'Close vote', exact: true }).click();

      // The vote is gone for everyone and the card says Agreed.
      for (const page of everyone) {
        await expect.poll(() => page.getByTestId('vote-panel').count()).toBe(0);
        await expect
          .poll(() => nodeByText(page, 'West Yorkshire ICB').locator('.status-flag').textContent())
          .toBe('Agreed');
      }

      // The spec holds the agreed ICB with when it was agreed and its final tally.
      const response = await fetch(`${session.server.url}/api/maps/${map.id}/spec`, {
        headers: { authorization: `Bearer ${tokenOf(map.links.viewer)}` },
      });
      expect(response.status).toBe(200);
      const exported = (await response.json()) as {
        bodies: Array<{ id: string; agreedAt?: string; tally?: unknown }>;
      };
      expect(exported.bodies.map((b) => b.id)).toEqual([ICB]);
      expect(exported.bodies[0]?.tally).toEqual({ agree: 2, disagree: 0, abstain: 0 });
      const agreedAt = Date.parse(exported.bodies[0]?.agreedAt ?? '');
      expect(Math.abs(Date.now() - agreedAt)).toBeLessThan(5 * 60_000);

      // The inspector shows when it was agreed and the final tally.
      await nodeByText(bob, 'West Yorkshire ICB').click();
      const summary = bob.getByTestId('agreement-summary');
      await expect.poll(() => summary.textContent()).toContain('Agreed on');
      expect(await summary.textContent()).toContain('Final vote');
      expect(await summary.textContent()).toContain('2 agree');
      await bob.screenshot({ path: screenshotPath('votes-05-agreed-details') });

      // Alice locks the trust from its right-click menu: everyone sees the lock.
      const trustAtStart = nodeField(TRUST, 'position');
      await nodeByText(alice, 'Leeds Teaching Hospitals').click({ button: 'right' });
      await alice.getByRole('menuitem', { name: 'Lock', exact: true }).click();
      for (const page of everyone) {
        await expect
          .poll(() =>
            nodeByText(page, 'Leeds Teaching Hospitals').getByTestId('lock-badge').count(),
          )
          .toBe(1);
      }

      // Bob can neither drag, rename nor delete it.
      const bobTrust = nodeByText(bob, 'Leeds Teaching Hospitals');
      const transformBefore = await transformOf(bobTrust);
      await dragBy(bob, bobTrust, 160, 90);
      expect(await transformOf(bobTrust)).toBe(transformBefore);
      await bobTrust.locator('.body-label').dblclick();
      expect(await bob.locator('.react-flow__node .label-input').count()).toBe(0);
      await bobTrust.click();
      await bob.keyboard.press('Delete');
      await bob
        .getByRole('toolbar', { name: 'Edit' })
        .getByRole('button', { name: 'Delete' })
        .click();
      await bobTrust.click({ button: 'right' });
      const menu = bob.getByRole('menu', { name: 'Element actions' });
      expect(await menu.textContent()).toContain('Locked by the facilitator');
      expect(await menu.getByRole('menuitem', { name: 'Delete' }).isDisabled()).toBe(true);
      expect(await menu.getByRole('menuitem', { name: 'Lock', exact: true }).count()).toBe(0);
      await bob.screenshot({ path: screenshotPath('votes-06-editor-locked-menu') });
      await bob.keyboard.press('Escape');
      // The inspector shows its fields without letting them be edited.
      await bobTrust.click();
      const inspector = bob.locator('.inspector');
      await expect
        .poll(() => inspector.getByTestId('lock-notice').textContent())
        .toContain('Locked by the facilitator');
      expect(await inspector.getByRole('button', { name: 'Agreed' }).isDisabled()).toBe(true);
      await bob.screenshot({ path: screenshotPath('votes-07-editor-locked-details') });

      // Bob then renames the PCN, which is not locked. His changes reach the server in order,
      // so once this one is there, any change he made to the trust would be too.
      await nodeByText(bob, 'Leeds Central PCN').locator('.body-label').dblclick();
      const field = bob.locator('.react-flow__node .label-input');
      await field.fill('Leeds Central and Holt Park PCN');
      await field.press('Enter');
      await expect.poll(() => nodeField(PCN, 'label')).toBe('"Leeds Central and Holt Park PCN"');
      expect(nodeField(TRUST, 'position')).toBe(trustAtStart);
      expect(nodeField(TRUST, 'label')).toBe('"Leeds Teaching Hospitals"');
      expect(mapDoc(observer.doc).nodes.has(TRUST)).toBe(true);
      await expect.poll(() => nodeByText(alice, 'Leeds Teaching Hospitals').count()).toBe(1);

      // The facilitator still can move it.
      await dragBy(alice, nodeByText(alice, 'Leeds Teaching Hospitals'), 120, 0);
      await expect.poll(() => nodeField(TRUST, 'position')).not.toBe(trustAtStart);
      await alice.screenshot({ path: screenshotPath('votes-08-owner-moves-locked') });

      // Unlocked from the facilitator bar, Bob may rename it again.
      await nodeByText(alice, 'Leeds Teaching Hospitals').click();
      await facilitate.getByRole('button', { name: 'Unlock' }).click();
      await expect
        .poll(() => nodeByText(bob, 'Leeds Teaching Hospitals').getByTestId('lock-badge').count())
        .toBe(0);
      await nodeByText(bob, 'Leeds Teaching Hospitals').locator('.body-label').dblclick();
      await field.fill('Leeds Teaching Hospitals NHS Trust');
      await field.press('Enter');
      await expect
        .poll(() => nodeField(TRUST, 'label'))
        .toBe('"Leeds Teaching Hospitals NHS Trust"');

      // A locked footprint locks what it holds; a relationship can be locked too.
      await nodeByText(alice, 'Leeds place').locator('.footprint-header').click();
      await facilitate.getByRole('button', { name: 'Lock', exact: true }).click();
      await alice.locator('.react-flow__edge-textbg').click({ button: 'right' });
      await alice.getByRole('menuitem', { name: 'Lock', exact: true }).click();
      const place = nodeByText(bob, 'Leeds place');
      await expect
        .poll(() => place.locator('.footprint-header [data-testid=lock-badge]').count())
        .toBe(1);
      await expect
        .poll(() => nodeByText(bob, 'Holt Park PCN').getByTestId('lock-badge').count())
        .toBe(1);
      await expect.poll(() => bob.locator('.edge-badges [data-testid=lock-badge]').count()).toBe(1);
      // Bob may select the footprint but not resize it.
      await place.locator('.footprint-header').click();
      await expect.poll(() => place.getAttribute('class')).toContain('selected');
      expect(await place.locator('.footprint-resize-handle').count()).toBe(0);
      await bob.screenshot({ path: screenshotPath('votes-09-locked-place-and-relationship') });
    } finally {
      observer.destroy();
    }
  });
});
