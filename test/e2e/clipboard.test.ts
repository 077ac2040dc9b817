import { describe, expect, it } from 'vitest';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { waitFor } from '../helpers/startServer.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { nodeByText } from './ui.ts';

const session = browserSession();
const origin = { kind: 'local', participantId: 'seed' } as const;

describe('copy and paste on the canvas', () => {
  it('copies bodies and their relationship from one map and pastes them into another', async () => {
    const from = await session.server.createMap('Leeds');
    const to = await session.server.createMap('Bradford');
    const seed = await session.client(from.id, from.tokens.owner);
    const icb = addNode(seed.doc, origin, {
      kind: 'icb',
      label: 'WY ICB',
      position: { x: 0, y: 0 },
    });
    const trust = addNode(seed.doc, origin, {
      kind: 'nhs-trust',
      label: 'Leeds Teaching Hospitals',
      position: { x: 400, y: 0 },
    });
    connect(seed.doc, origin, { kind: 'commissions', source: icb, target: trust });
    const target = await session.client(to.id, to.tokens.owner);

    // One browser, two tabs: what one copies, the other pastes.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('accord:name', 'Fiona'));
    const open = async (link: string) => {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(link);
      await expect
        .poll(() => page.locator('.connection').getAttribute('data-status'))
        .toBe('connected');
      return page;
    };
    const leeds = await open(from.links.owner);
    await expect.poll(() => leeds.locator('.body-node').count()).toBe(2);
    await nodeByText(leeds, 'WY ICB').click();
    await leeds.keyboard.press('Control+a');
    await expect.poll(() => leeds.locator('.react-flow__node.selected').count()).toBe(2);
    await leeds.keyboard.press('Control+c');

    const bradford = await open(to.links.owner);
    await bradford.locator('.react-flow__pane').click({ position: { x: 300, y: 300 } });
    await bradford.keyboard.press('Control+v');
    await expect.poll(() => bradford.locator('.body-node').count()).toBe(2);
    await expect.poll(() => bradford.locator('.react-flow__edge').count()).toBe(1);
    await waitFor(
      () => readMap(target.doc).nodes.length === 2 && readMap(target.doc).edges.length === 1,
    );
    const pasted = readMap(target.doc);
    expect(pasted.nodes.map((node) => node.label).sort()).toEqual([
      'Leeds Teaching Hospitals',
      'WY ICB',
    ]);
    expect(pasted.nodes.some((node) => node.id === icb || node.id === trust)).toBe(false);
    expect(pasted.edges[0]?.kind).toBe('commissions');

    // Duplicate in place, then zoom with the keyboard; the percentage follows.
    await bradford.locator('.react-flow__pane').click({ position: { x: 20, y: 400 } });
    await nodeByText(bradford, 'WY ICB').click();
    await expect.poll(() => bradford.locator('.react-flow__node.selected').count()).toBe(1);
    await bradford.keyboard.press('Control+d');
    await waitFor(() => readMap(target.doc).nodes.length === 3);
    await bradford.keyboard.press('Control+0');
    await expect.poll(() => bradford.locator('.zoom-level button').textContent()).toBe('100%');
    await bradford.keyboard.press('Control+-');
    await expect.poll(() => bradford.locator('.zoom-level button').textContent()).not.toBe('100%');
    await bradford.screenshot({ path: screenshotPath('80-pasted-into-another-map') });
    await context.close();
  });
});
