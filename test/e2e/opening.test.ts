import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, WebSocket } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import { mapDoc } from '../../shared/ydoc/index.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { labels } from '../integration/docs.ts';
import { browserSession } from './browser.ts';

const session = browserSession();
const FIXTURE = 'test/fixtures/ics-west-yorkshire.spec.json';

/**
 * Every update the browser keeps of a map (y-indexeddb), as plain arrays of bytes. Asked
 * before the page has made the database, it makes none: an empty one made here would have no
 * store for the page's own copy.
 */
function keptBytes(page: Page, mapId: string): Promise<number[][]> {
  return page.evaluate(
    (name) =>
      new Promise<number[][]>((resolve) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) return resolve([]);
          const request = db.transaction('updates').objectStore('updates').getAll();
          request.onsuccess = () => {
            resolve((request.result as Uint8Array[]).map((update) => [...update]));
            db.close();
          };
        };
        open.onerror = () => resolve([]);
      }),
    `accord-map-${mapId}`,
  );
}

/** Every message the sync server sends reaches the pages of `context` `ms` late. */
function delayServerMessages(context: BrowserContext, ms: number): Promise<void> {
  return context.routeWebSocket(/\/sync\//, (socket) => {
    const server = socket.connectToServer();
    server.onMessage((message) => {
      setTimeout(() => socket.send(message), ms);
    });
  });
}

describe('opening a map', () => {
  it('keeps the whole first copy in the browser, and says it holds nothing only until it does', async () => {
    const spec = JSON.parse(readFileSync(FIXTURE, 'utf8')) as GovernanceSpec;
    const response = await fetch(`${session.server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(spec),
    });
    expect(response.status).toBe(201);
    const { id, links } = (await response.json()) as { id: string; links: { editor: string } };
    const names = [...spec.footprints, ...spec.bodies].map((element) => element.name).sort();

    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('accord:name', 'Ola'));
    const page = await context.newPage();
    // The socket goes through only once the browser's copy is open, holding nothing: the
    // first copy from the server must then be written to it as it arrives.
    await context.routeWebSocket(/\/sync\//, async (socket) => {
      await expect
        .poll(async () => (await keptBytes(page, id)).length, { timeout: 15_000 })
        .toBeGreaterThan(0);
      socket.connectToServer();
    });
    await page.goto(links.editor);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);

    // The browser's copy holds the map as the server sent it, not only what changed after
    // (the room was not loaded: nobody had the map open).
    await expect
      .poll(async () => {
        const kept = new Y.Doc();
        for (const update of await keptBytes(page, id)) {
          Y.applyUpdate(kept, new Uint8Array(update));
        }
        return { title: mapDoc(kept).meta.get('title'), bodies: labels(kept) };
      })
      .toEqual({ title: spec.map.title, bodies: names });

    // Reconnecting with the map in hand, it asks for what it lacks like any client.
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await session.restartServer();
    await expect.poll(() => sockets.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(sockets.every((url) => !url.includes('holds='))).toBe(true);
    await expect
      .poll(() => page.locator('.connection').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('connected');
    await page.context().close();
  });

  it('asks about the link and opens its one socket as the page starts, before the app draws anything', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      localStorage.setItem('accord:name', 'Ola');
      // Every socket and request the page makes, in order, and whether the app had drawn
      // anything by then.
      const made: { kind: 'socket' | 'fetch'; url: string; drawn: boolean }[] = [];
      (window as unknown as { made: typeof made }).made = made;
      const drawn = () => (document.getElementById('root')?.childElementCount ?? 0) > 0;
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          made.push({ kind: 'socket', url: String(url), drawn: drawn() });
        }
      };
      const nativeFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = input instanceof Request ? input.url : String(input);
        made.push({ kind: 'fetch', url, drawn: drawn() });
        return nativeFetch(input, init);
      };
    });
    const page = await context.newPage();
    await page.goto(map.links.editor);
    // The map comes down that socket: the page makes no other.
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    const made = await page.evaluate(
      () => (window as unknown as { made: { kind: string; url: string; drawn: boolean }[] }).made,
    );
    const aboutTheLink = made.filter(
      ({ kind, url }) =>
        kind === 'fetch' && new URL(url, 'http://x').pathname === `/api/maps/${map.id}`,
    );
    const sockets = made.filter(({ kind }) => kind === 'socket');
    // The page asked about the link once, first, then opened the map's socket, all before
    // the app drew anything: the page showing the map used that answer and that socket.
    expect(aboutTheLink).toHaveLength(1);
    expect(sockets).toHaveLength(1);
    expect(made.slice(0, 2).map(({ kind }) => kind)).toEqual(['fetch', 'socket']);
    expect(sockets[0]?.url).toContain(`/sync/${map.id}?`);
    expect(made.slice(0, 2).every(({ drawn }) => !drawn)).toBe(true);
    await context.close();
  });

  it('shows the map when it has come, never first an empty map', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      localStorage.setItem('accord:name', 'Ola');
      // Whether the page ever says that the map is empty.
      const seen = { empty: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('.empty-hint')) seen.empty = true;
      }).observe(document, { childList: true, subtree: true });
    });
    // The server's messages reach the page 900 ms late: the answer about the link is there
    // long before the map.
    await delayServerMessages(context, 900);
    const page = await context.newPage();
    await page.goto(map.links.editor);
    expect(await page.getByText('Opening the map…').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    expect(
      await page.evaluate(() => (window as unknown as { seen: { empty: boolean } }).seen.empty),
    ).toBe(false);
    await context.close();
  });

  it('shows the page after a while though the map has not come, and fills it when it does', async () => {
    const map = await session.server.createMap('Northshire', 'whole-ics');
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('accord:name', 'Ola'));
    await delayServerMessages(context, 4000);
    const page = await context.newPage();
    await page.goto(map.links.editor);
    await expect.poll(() => page.locator('.empty-hint').count()).toBe(1);
    expect(await page.locator('.react-flow__node').count()).toBe(0);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    await context.close();
  });

  it('asks for the map while it asks about the link, and shows no one in it until it knows who it is', async () => {
    const map = await session.server.createMap('Opening together');
    const peer = await session.client(map.id, map.tokens.editor);
    addNode(
      peer.doc,
      { kind: 'local', participantId: 'peer' },
      {
        kind: 'icb',
        label: 'West Yorkshire ICB',
        position: { x: 0, y: 0 },
      },
    );

    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('accord:name', 'Ola'));
    const page = await context.newPage();
    // The server's answer about the link is held until the test lets it go.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/api/maps/${map.id}`, async (route) => {
      await released;
      await route.continue();
    });
    const socket = page.waitForEvent('websocket', { timeout: 15_000 });
    await page.goto(map.links.editor);

    // The socket opens and the map comes down it while the question about the link waits.
    const ws: WebSocket = await socket;
    const sent: number[] = [];
    ws.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string') sent.push(payload[0] ?? -1);
    });
    const mapArrived = ws.waitForEvent('framereceived', {
      predicate: ({ payload }) => typeof payload !== 'string' && payload.length > 100,
    });
    await mapArrived;
    await expect.poll(() => sent.includes(0)).toBe(true);
    expect(await page.getByText('Opening the map…').isVisible()).toBe(true);
    // Sync messages only: no presence (message type 1) before the page knows who this is.
    expect(sent.filter((type) => type === 1)).toEqual([]);
    const others = () =>
      [...peer.provider.awareness.getStates().entries()]
        .filter(([clientId]) => clientId !== peer.doc.clientID)
        .map(([, state]) => (state as { user?: { name?: string } }).user?.name ?? 'nobody');
    expect(others()).toEqual([]);

    release();
    await expect
      .poll(() => page.locator('.react-flow__node', { hasText: 'West Yorkshire ICB' }).count())
      .toBe(1);
    await expect.poll(others).toEqual(['Ola']);
    await context.close();
  });
});
