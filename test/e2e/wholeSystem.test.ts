import { describe, expect, it } from 'vitest';
import { renameNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { bodyOnPage } from '../helpers/bodyOnPage.ts';
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

    const remote = connectClient(session.server.wsUrl, id, new URL(links.editor).hash.slice(7));
    const fran = await openAs(session.browser, links.owner, 'Fran');
    // A map this size takes a while to open on a busy test machine; behaviour, not time.
    fran.setDefaultTimeout(120_000);
    try {
      await remote.synced;
      await fran.locator('.react-flow__node-footprint').first().waitFor();
      await fran.locator('[data-testid="far-blocks"]').waitFor();

      // Fitted to the view, the whole system is zoomed out: bodies are blocks painted with
      // their names, with no card of their own, and place names read across it.
      const cards = fran.locator('.react-flow__node-body');
      await expect.poll(() => cards.count(), { timeout: 120_000 }).toBe(0);
      expect(
        await fran.locator('.footprint-node.is-far.level-place', { hasText: 'Leeds' }).count(),
      ).toBe(1);
      // Its relationships are far lines, none of them React Flow's own.
      expect(await fran.locator('.react-flow__edge').count()).toBe(0);
      await fran.screenshot({ path: screenshotPath('whole-system-fitted') });

      // From the keyboard, every body has its card, zoomed out (no handles, no badges), for
      // Tab and screen readers; each footprint's name, large as it is zoomed out, is clear of
      // everything it holds.
      await fran.getByRole('button', { name: 'Go to the map’s 2,000 bodies one by one' }).focus();
      await expect.poll(() => cards.count()).toBe(BODIES);
      expect(await fran.locator('.body-node.is-far').count()).toBe(BODIES);
      expect(await fran.locator('.body-node.is-far .react-flow__handle-right').count()).toBe(0);
      expect(await fran.locator('.body-node .kind-badge').count()).toBe(0);
      const held = [
        ...spec.footprints.map(({ id, parent }) => ({ id, parentId: parent })),
        ...spec.bodies.map(({ id, footprint }) => ({ id, parentId: footprint })),
      ];
      const titles = await titleClashes(fran, held);
      expect(titles.checked).toBe(held.filter((element) => element.parentId).length);
      expect(titles.clashes).toEqual([]);

      // A press on the pane hands the bodies back to the canvas.
      const pane = await fran.locator('.react-flow__pane').boundingBox();
      if (!pane) throw new Error('no canvas');
      // The pane's left edge, half-way down: fit-to-view leaves it empty.
      const emptyPane = () => fran.mouse.click(pane.x + 14, pane.y + pane.height / 2);
      await emptyPane();
      await expect.poll(() => cards.count()).toBe(0);

      // A click on the ICB's block selects it: its card comes, and its relationships are
      // drawn in full (once the selection has painted), with cards at their other ends;
      // unselecting it turns them back into far lines.
      const icbCard = fran.locator(`.react-flow__node[data-id="${ICB}"]`);
      const at = await bodyOnPage(fran, remote.doc, ICB);
      await fran.mouse.click(at.x, at.y);
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
      await emptyPane();
      await expect.poll(() => icbCard.count()).toBe(0);
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
      await expect.poll(() => cards.count()).toBeLessThan(BODIES / 4);

      // Fran renames it on the canvas; a stock y-websocket client sees the new name.
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
