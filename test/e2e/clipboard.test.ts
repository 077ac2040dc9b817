import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../shared/ydoc/edges.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import {
  connectClient,
  startTestServer,
  type TestServer,
  waitFor,
} from '../helpers/startServer.ts';
import { launchChromium, screenshotPath } from './browser.ts';
import { nodeByText } from './ui.ts';

let server: TestServer;
let browser: Browser;
const origin = { kind: 'local', participantId: 'seed' } as const;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('copy and paste on the canvas', () => {
  it('copies bodies and their relationship from one map and pastes them into another', async () => {
    const from = await server.createMap('Leeds');
    const to = await server.createMap('Bradford');
    const seed = connectClient(server.wsUrl, from.id, from.tokens.owner);
    await seed.synced;
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
    const target = connectClient(server.wsUrl, to.id, to.tokens.owner);
    await target.synced;

    // One browser, two tabs: what one copies, the other pastes.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
    seed.destroy();
    target.destroy();
    await context.close();
  });
});
