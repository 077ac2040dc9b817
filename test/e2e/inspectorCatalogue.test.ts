import { describe, expect, it } from 'vitest';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs } from './ui.ts';

const session = browserSession();

/** An ICB delegating to its joint committee, the function not yet named. */
const spec = {
  specVersion: 2,
  map: {
    id: 'catalogue',
    title: 'Function catalogue',
    exportedAt: '2026-12-01T09:00:00.000Z',
    includes: 'all',
  },
  footprints: [],
  bodies: [
    { id: 'icb-n', kind: 'icb', name: 'Northshire ICB', statutory: true, status: 'proposed' },
    {
      id: 'cttee-j',
      kind: 'committee',
      name: 'Northshire Joint Committee',
      statutory: false,
      status: 'proposed',
      committeeType: 'joint-committee',
    },
  ],
  relationships: [
    { id: 'rel-d', kind: 'delegates', from: 'icb-n', to: 'cttee-j', status: 'proposed' },
  ],
};

describe('function catalogue suggestions in the inspector', () => {
  it('offers the catalogue for a body’s functions and a delegation’s function, and keeps free text', async () => {
    const response = await fetch(`${session.server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(spec),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { links: { owner: string } };
    const page = await openAs(session.browser, created.links.owner, 'Sam');
    await nodeByText(page, 'Northshire ICB').click();

    // Functions held: a searchable input of the catalogue adds a line to the list.
    const held = page.getByLabel('Functions held', { exact: true });
    const add = page.getByRole('combobox', { name: 'Add to Functions held' });
    const listId = await add.getAttribute('list');
    const offered = await page
      .locator(`datalist[id="${listId}"] option`)
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toContain('Primary medical services commissioning');
    expect(offered).toContain('Patient and public voice in health (local Healthwatch functions)');
    await add.fill('Mental health services commissioning');
    await expect.poll(() => held.inputValue()).toBe('Mental health services commissioning');
    expect(await add.inputValue()).toBe('');
    // Words of one's own are kept too, with Enter.
    await add.fill('Estates strategy');
    await add.press('Enter');
    await expect
      .poll(() => held.inputValue())
      .toBe('Mental health services commissioning\nEstates strategy');
    await page.screenshot({ path: screenshotPath('inspector-catalogue-1-functions') });

    // The delegation's function: its own input offers the catalogue, free text allowed.
    const edge = page.locator('.react-flow__edge[aria-label^="Northshire ICB delegates"]');
    await edge.focus();
    await page.keyboard.press('Enter');
    const fn = page.getByRole('combobox', { name: 'Function', exact: true });
    const fnList = await fn.getAttribute('list');
    expect(
      await page
        .locator(`datalist[id="${fnList}"] option`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
    ).toContain('Mental health services commissioning');
    await fn.fill('Mental health services commissioning');
    await fn.press('Enter');
    await expect
      .poll(() =>
        page
          .locator('.react-flow__edge[aria-label^="Northshire ICB delegates"]')
          .getAttribute('aria-label'),
      )
      .toContain('Mental health services commissioning');
    await page.screenshot({ path: screenshotPath('inspector-catalogue-2-delegation') });

    // The rules read it as the catalogue function the ICB holds: no "does not hold" finding.
    const link = new URL(created.links.owner);
    const mapId = link.pathname.split('/').pop() ?? '';
    const findings = await fetch(`${session.server.url}/api/maps/${mapId}/validation`, {
      headers: { authorization: `Bearer ${link.hash.replace('#token=', '')}` },
    });
    const { errors } = (await findings.json()) as { errors: Array<{ rule: string }> };
    expect(errors.map((finding) => finding.rule)).not.toContain('delegation-without-holding');
    await page.context().close();
  });
});
