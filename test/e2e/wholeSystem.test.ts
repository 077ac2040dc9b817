import { describe, expect, it } from 'vitest';
import { renameNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { generateSpec } from '../helpers/generateSpec.ts';
import { connectClient } from '../helpers/startServer.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText, openAs, renameInline, titleClashes } from './ui.ts';

const BODIES = 2000;
// The ICB is the first body of a generated system (test/helpers/generateSpec.ts).
const ICB = 'body-000000';
const origin = { kind: 'local', participantId: 'remote-editor' } as const;

const session = browserSession();

describe('a whole system of 2,000 bodies in Chromium', () => {
  it('opens zoomed out, selects and renames a body, and shows a remote rename', async () => {
    const spec = generateSpec(BODIES);
    const response = await fetch(`${session.server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(spec),
    });
    expect(response.status).toBe(201);
    const { id, links } = (await response.json()) as {
      id: string;
      links: { owner: string; editor: string };
    };

    const fran = await openAs(session.browser, links.owner, 'Fran');
    // A map this size takes a while to open on a busy test machine; behaviour, not time.
    fran.setDefaultTimeout(120_000);
    await fran.locator('.react-flow__node-body').first().waitFor();

    // Fitted to the view, the whole system is zoomed out: bodies are blocks with their names
    // and no handles, and place names read across it.
    await expect
      .poll(() => fran.locator('.body-node.is-far').count(), { timeout: 120_000 })
      .toBeGreaterThan(100);
    expect(await fran.locator('.body-node.is-far .react-flow__handle-right').count()).toBe(0);
    expect(await fran.locator('.body-node .kind-badge').count()).toBe(0);
    expect(
      await fran.locator('.footprint-node.is-far.level-place', { hasText: 'Leeds' }).count(),
    ).toBe(1);
    await fran.screenshot({ path: screenshotPath('whole-system-fitted') });
    // Each footprint's name, large as it is zoomed out, is clear of everything it holds.
    const held = [
      ...spec.footprints.map(({ id, parent }) => ({ id, parentId: parent })),
      ...spec.bodies.map(({ id, footprint }) => ({ id, parentId: footprint })),
    ];
    const titles = await titleClashes(fran, held);
    expect(titles.checked).toBe(held.filter((element) => element.parentId).length);
    expect(titles.clashes).toEqual([]);
    // Fitted, every body is on screen and in the page; its relationships are far lines, none
    // of them React Flow's own.
    expect(await fran.locator('.react-flow__node-body').count()).toBe(BODIES);
    expect(await fran.locator('.react-flow__edge').count()).toBe(0);

    // Selecting a body there draws its relationships in full (once the selection has painted),
    // and unselecting it turns them back into far lines.
    const icbCard = fran.locator(`.react-flow__node[data-id="${ICB}"]`);
    await icbCard.click({ position: { x: 3, y: 3 } });
    await expect.poll(() => icbCard.locator('.body-node.is-far.is-selected').count()).toBe(1);
    await expect.poll(() => fran.locator('.react-flow__edge').count()).toBeGreaterThan(0);
    const tied = spec.relationships
      .filter((relationship) => relationship.from === ICB || relationship.to === ICB)
      .map((relationship) => relationship.id)
      .sort();
    expect(tied.length).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (
          await fran
            .locator('.react-flow__edge')
            .evaluateAll((edges) => edges.map((edge) => edge.getAttribute('data-id') ?? ''))
        )
          .sort()
          .join(' '),
      )
      .toBe(tied.join(' '));
    const pane = await fran.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no canvas');
    // The pane's left edge, half-way down: fit-to-view leaves it empty.
    await fran.mouse.click(pane.x + 14, pane.y + pane.height / 2);
    await expect.poll(() => icbCard.locator('.is-selected').count()).toBe(0);
    await expect.poll(() => fran.locator('.react-flow__edge').count()).toBe(0);

    // Finding a body selects it and zooms in: it is drawn in full, and only what is on
    // screen is in the page.
    await fran.getByLabel('Find a body').fill('Generated ICB');
    await fran.getByLabel('Find a body').press('Enter');
    const icb = fran.locator(`.react-flow__node[data-id="${ICB}"]`);
    await expect.poll(() => icb.locator('.body-node.is-selected:not(.is-far)').count()).toBe(1);
    await expect
      .poll(() => fran.getByLabel('Name', { exact: true }).inputValue())
      .toBe('Generated ICB');
    await expect
      .poll(() => fran.locator('.react-flow__node-body').count())
      .toBeLessThan(BODIES / 4);

    // Fran renames it on the canvas; a stock y-websocket client sees the new name.
    const remote = connectClient(session.server.wsUrl, id, new URL(links.editor).hash.slice(7));
    try {
      await remote.synced;
      await renameInline(fran, icb, 'West Yorkshire ICB');
      await expect
        .poll(() => readMap(remote.doc).nodes.find((node) => node.id === ICB)?.label)
        .toBe('West Yorkshire ICB');

      // The other client renames it back to something else; Fran's canvas and inspector
      // show it.
      renameNode(remote.doc, origin, ICB, 'NHS West Yorkshire ICB');
      await expect.poll(() => nodeByText(fran, 'NHS West Yorkshire ICB').count()).toBe(1);
      await expect
        .poll(() => fran.getByLabel('Name', { exact: true }).inputValue())
        .toBe('NHS West Yorkshire ICB');
      await fran.screenshot({ path: screenshotPath('whole-system-renamed') });
    } finally {
      remote.destroy();
    }
  }, 300_000);
});
