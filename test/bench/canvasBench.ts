/**
 * The canvas in real Chromium: bare React Flow (test/bench/bare, the same @xyflow/react,
 * default nodes, N nodes and 1.5N edges, no sync) against Accord's own map of N bodies
 * imported from a generated spec, in the same browser in the same run.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type * as Y from 'yjs';
import { FAR_CARD } from '../../client/canvas/farCard.ts';
import { renameNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { launchChromium } from '../e2e/browser.ts';
import { bodyOnPage } from '../helpers/bodyOnPage.ts';
import { generateSpec } from '../helpers/generateSpec.ts';
import { frames } from '../helpers/pageFrames.ts';
import { connectClient, startTestServer, type TestServer } from '../helpers/startServer.ts';

const VIEWPORT = { width: 1440, height: 900 };
const PAN_MS = 2000;
/** How long a watched change may take before the bench gives up on that figure. */
const WATCH_LIMIT_MS = 30_000;
const origin = { kind: 'local', participantId: 'bench' } as const;

/** What one page measured at one size. */
export interface CanvasFigures {
  interactiveMs: number;
  panFps: number;
  longestFrameMs: number;
  remoteRenameMs?: number;
  /** A click that changes one attribute, painted: Playwright's click and a frame, no edit. */
  clickMs?: number;
  selectMs?: number;
  addMs?: number;
  deleteMs?: number;
  undoMs?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function buildBarePage(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'accord-bare-flow-'));
  await build({
    root: path.resolve('test/bench/bare'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = createServer((req, res) => {
    const wanted = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.join(dir, wanted === '/' ? 'index.html' : path.normalize(wanted));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    ),
  );
}

/**
 * Milliseconds from navigation until a node is on screen and then 10 frames in a row come
 * under 50 ms each: the page shows the map and answers.
 */
function timeToInteractive(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    for (;;) {
      const node = document.querySelector<HTMLElement>('.react-flow__node');
      if (node && node.style.visibility !== 'hidden') break;
      await frame();
    }
    let good = 0;
    let last = performance.now();
    while (good < 10) {
      await frame();
      const now = performance.now();
      good = now - last < 50 ? good + 1 : 0;
      last = now;
    }
    return performance.now();
  });
}

/** Frames per second while the pane is dragged back and forth for PAN_MS. */
async function panFps(page: Page): Promise<{ fps: number; longest: number }> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no pane');
  // The left edge, half-way down: fit-to-view leaves it empty, so the drag pans.
  const x = box.x + 14;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; counting: boolean };
    w.frames_ = [];
    w.counting = true;
    const loop = (time: number) => {
      w.frames_.push(time);
      if (w.counting) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 1; Date.now() - start < PAN_MS; i++) {
    await page.mouse.move(x + (i % 30) * 12, y + (i % 15) * 6);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; counting: boolean };
    w.counting = false;
    return w.frames_;
  });
  const gaps = frames.slice(1).map((time, i) => time - (frames[i] ?? time));
  const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
  return { fps: span > 0 ? (gaps.length / span) * 1000 : 0, longest: Math.max(0, ...gaps) };
}

/**
 * Starts watching the page for `done` (checked on each DOM change) and resolves with the
 * wall-clock time of the first frame painted after it holds; fails after WATCH_LIMIT_MS.
 */
async function watchFor(page: Page, done: string): Promise<() => Promise<number>> {
  await page.evaluate((source) => {
    const check = new Function(`return (${source})`) as () => boolean;
    const w = window as unknown as { seen?: Promise<number> };
    w.seen = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }, done);
  return () =>
    page.evaluate(
      ([limit, what]) =>
        Promise.race([
          (window as unknown as { seen: Promise<number> }).seen,
          new Promise<number>((_, reject) =>
            setTimeout(() => reject(new Error(`not seen in ${limit} ms: ${what}`)), limit),
          ),
        ]),
      [WATCH_LIMIT_MS, done] as const,
    );
}

/**
 * Milliseconds from a click to the frame it painted, on an element of its own over the page
 * whose click changes one attribute: what Playwright's click (waiting for the element to be
 * stable, checking what is under the pointer, the mouse's events) and the next frame cost on
 * this page with no edit at all. Median of three. The add, delete and undo figures include it.
 */
async function measureClick(page: Page): Promise<number> {
  await page.evaluate(() => {
    const spot = document.createElement('div');
    spot.id = 'bench-click';
    spot.style.cssText =
      'position:fixed;right:0;bottom:0;width:12px;height:12px;z-index:2147483647;';
    spot.addEventListener('click', () => {
      spot.dataset.clicks = String(Number(spot.dataset.clicks ?? 0) + 1);
    });
    document.body.append(spot);
  });
  const spot = await page.locator('#bench-click').elementHandle();
  if (!spot) throw new Error('no click target');
  const times: number[] = [];
  for (let click = 1; click <= 3; click++) {
    const painted = await watchFor(
      page,
      `document.getElementById('bench-click')?.dataset.clicks === '${click}'`,
    );
    const start = Date.now();
    await spot.click();
    times.push((await painted()) - start);
  }
  await spot.evaluate((element) => element.remove());
  return median(times);
}

/** Bare React Flow's select: a mouse click on a node until its wrapper is painted selected. */
async function measureBareSelect(page: Page): Promise<number> {
  const box = await page.locator('.react-flow__node[data-id="n0"]').boundingBox();
  if (!box) throw new Error('no bare node n0');
  const painted = await watchFor(
    page,
    `!!document.querySelector('.react-flow__node[data-id="n0"].selected')`,
  );
  const start = Date.now();
  await page.mouse.click(box.x + 3, box.y + 3);
  return (await painted()) - start;
}

async function openAccordMap(server: TestServer, bodies: number) {
  const response = await fetch(`${server.url}/api/maps/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(generateSpec(bodies)),
  });
  if (response.status !== 201) throw new Error(`import answered ${response.status}`);
  const { id, links } = (await response.json()) as {
    id: string;
    links: { owner: string; editor: string };
  };
  const token = new URL(links.editor).hash.replace('#token=', '');
  return { id, link: links.owner, editorToken: token };
}

async function measureAccord(
  page: Page,
  server: TestServer,
  map: { id: string; link: string; editorToken: string },
  renames: number,
): Promise<CanvasFigures> {
  await page.goto(map.link);
  const interactiveMs = await timeToInteractive(page);
  const pan = await panFps(page);
  const figures: CanvasFigures = { interactiveMs, panFps: pan.fps, longestFrameMs: pan.longest };

  const remote = connectClient(server.wsUrl, map.id, map.editorToken);
  await remote.synced;
  const target = 'body-000000';
  try {
    figures.clickMs = await measureClick(page);
    // Zoomed out on a big map the ICB has no card until it is selected: a click on its block.
    figures.selectMs = await measureSelect(
      page,
      await bodyOnPage(page, remote.doc, target),
      target,
    );

    // A stock y-websocket client renames the selected ICB; the time until this page paints
    // the name.
    const times: number[] = [];
    for (let round = 0; round < renames; round++) {
      const name = `Renamed ICB ${round}`;
      const painted = await watchFor(
        page,
        `document.querySelector('[data-id="${target}"]')?.textContent?.includes(${JSON.stringify(name)})`,
      );
      const start = Date.now();
      renameNode(remote.doc, origin, target, name);
      times.push((await painted()) - start);
    }
    figures.remoteRenameMs = median(times);

    const known = new Set(readMap(remote.doc).nodes.map((node) => node.id));
    await measureLocalEdits(page, figures, remote.doc, known);
  } catch (error) {
    // A whole region at fit-to-view draws a body a few pixels wide, perhaps under its
    // neighbour: the figures measured so far still count.
    console.log(`  local edits at this size not measured: ${String(error).split('\n')[0]}`);
  } finally {
    remote.destroy();
  }
  return figures;
}

/** A click at `at` on the page until body `target` is painted selected. */
async function measureSelect(
  page: Page,
  at: { x: number; y: number },
  target: string,
): Promise<number> {
  const painted = await watchFor(
    page,
    `!!document.querySelector('[data-id="${target}"] .is-selected')`,
  );
  const start = Date.now();
  await page.mouse.click(at.x, at.y);
  return (await painted()) - start;
}

/**
 * Adds a body from the palette, deletes it and undoes that. Each button clicked is found
 * before the clock starts: finding a button by its role and name makes Playwright work out
 * the role and name of every element on a page of 50,000 (60–110 ms of the page's own thread
 * at 2,000 bodies), which is not what the page does for a click.
 */
async function measureLocalEdits(
  page: Page,
  figures: CanvasFigures,
  doc: Y.Doc,
  known: ReadonlySet<string>,
): Promise<void> {
  const button = async (name: string) => {
    const found = await page.getByRole('button', { name, exact: true }).elementHandle();
    if (!found) throw new Error(`no ${name} button`);
    return found;
  };
  // Added, the new body is selected: its card comes.
  const selectedIds = 'document.querySelectorAll(".react-flow__node-body.selected")';
  const knownIds = JSON.stringify([...known]);
  const painted = await watchFor(
    page,
    `[...${selectedIds}].some((card) => !${knownIds}.includes(card.getAttribute('data-id')))`,
  );
  const addButton = await button('NHS trust');
  let start = Date.now();
  await addButton.click();
  figures.addMs = (await painted()) - start;
  const added = await page.evaluate(
    (ids) =>
      [...document.querySelectorAll('.react-flow__node-body.selected')]
        .map((card) => card.getAttribute('data-id') ?? '')
        .find((id) => !ids.includes(id)) ?? '',
    [...known],
  );
  await waitForDoc(doc, added);
  // The block's box on the page, wherever the palette put it (the free spot nearest the
  // middle of the view, or beside every body on a crowded one), to watch for any change.
  const box = {
    from: await bodyOnPage(page, doc, added, { x: 0, y: 0 }),
    to: await bodyOnPage(page, doc, added, { x: FAR_CARD.width, y: FAR_CARD.minHeight }),
  };

  // Deleted, the canvas paints what was under its block; undone, the block again (it is not
  // selected, so it has no card). Each watch starts once the page has settled (the checks'
  // findings for the new body painted), so that only the edit changes the block's box.
  await settle(page);
  let repainted = await watchForRepaint(page, box);
  const deleteButton = await button('Delete');
  start = Date.now();
  await deleteButton.click();
  figures.deleteMs = (await repainted()) - start;
  await settle(page);

  repainted = await watchForRepaint(page, box);
  const undoButton = await button('Undo');
  start = Date.now();
  await undoButton.click();
  figures.undoMs = (await repainted()) - start;
}

/** Resolves after a second and three more frames of the page: the map's checks have run. */
async function settle(page: Page): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await frames(page, 3);
}

/** Waits until body `id` is in the doc (the stock client has the page's edit). */
async function waitForDoc(doc: Y.Doc, id: string): Promise<void> {
  const until = Date.now() + WATCH_LIMIT_MS;
  while (!readMap(doc).nodes.some((node) => node.id === id)) {
    if (Date.now() > until) throw new Error(`${id} never reached the stock client`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Starts watching the zoomed-out view's canvas inside `box` (two corners on the page) and
 * resolves with the wall-clock time of the first frame in which any of its pixels differs
 * from when the watch began; fails after WATCH_LIMIT_MS.
 */
async function watchForRepaint(
  page: Page,
  box: { from: { x: number; y: number }; to: { x: number; y: number } },
): Promise<() => Promise<number>> {
  await page.evaluate(
    ([corners, limit]) => {
      const w = window as unknown as { block?: Promise<number> };
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="far-blocks"]');
      const context = canvas?.getContext('2d');
      if (!canvas || !context) throw new Error('no zoomed-out canvas');
      const bounds = canvas.getBoundingClientRect();
      const scale = canvas.width / bounds.width;
      // One canvas pixel around the box, at least 3 × 3.
      const x = Math.floor((corners.from.x - bounds.left) * scale) - 1;
      const y = Math.floor((corners.from.y - bounds.top) * scale) - 1;
      const width = Math.max(3, Math.ceil((corners.to.x - corners.from.x) * scale) + 2);
      const height = Math.max(3, Math.ceil((corners.to.y - corners.from.y) * scale) + 2);
      const pixels = () => context.getImageData(x, y, width, height).data;
      const before = pixels();
      w.block = new Promise<number>((resolve, reject) => {
        const until = performance.now() + limit;
        const look = () => {
          const now = pixels();
          if (now.some((value, i) => value !== before[i])) {
            resolve(performance.timeOrigin + performance.now());
            return;
          }
          if (performance.now() > until) reject(new Error(`no change of the block in ${limit} ms`));
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
    },
    [box, WATCH_LIMIT_MS] as const,
  );
  return () => page.evaluate(() => (window as unknown as { block: Promise<number> }).block);
}

/**
 * Runs the canvas benchmark at each size and prints figures with ratios to bare React Flow.
 * Sizes up to 2,000 bodies run `rounds` times, each round on fresh pages (and a fresh
 * import), bare React Flow and Accord taking turns at going first: a figure is the median of
 * the rounds, a ratio the median of each round's own ratio, since a shared machine's mood
 * moves one run's figures by a third. Larger sizes run once.
 */
export async function canvasBench(
  sizes: readonly number[],
  renames: number,
  rounds = 3,
): Promise<void> {
  const bareDir = await buildBarePage();
  const bare = await serveStatic(bareDir);
  // A regional map (10,000 bodies, 15,000 relationships) is past what a person may import.
  const server = await startTestServer({
    importLimits: {
      burst: 100,
      perMinute: 100,
      maxInFlight: 4,
      maxElements: 100_000,
      maxBytes: 100 * 1024 * 1024,
    },
  });
  const browser = await launchChromium();
  const newContext = async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    // tsx names functions with a helper the page lacks; page.evaluate sends their source.
    await context.addInitScript('globalThis.__name = (target) => target;');
    await context.addInitScript(() => localStorage.setItem('accord:name', 'Bench'));
    return context;
  };
  const measureBare = async (bodies: number): Promise<CanvasFigures> => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${bare.url}?n=${bodies}`);
      const interactiveMs = await timeToInteractive(page);
      const pan = await panFps(page);
      const clickMs = await measureClick(page).catch(() => undefined);
      const selectMs = await measureBareSelect(page).catch(() => undefined);
      return { interactiveMs, panFps: pan.fps, longestFrameMs: pan.longest, clickMs, selectMs };
    } finally {
      await context.close();
    }
  };
  const measureOurs = async (bodies: number): Promise<CanvasFigures> => {
    const map = await openAccordMap(server, bodies);
    const context = await newContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(180_000);
      return await measureAccord(page, server, map, renames);
    } finally {
      await context.close();
    }
  };
  try {
    for (const bodies of sizes) {
      const runs: { bare: CanvasFigures; accord: CanvasFigures }[] = [];
      const times = bodies <= 2000 ? Math.max(1, rounds) : 1;
      for (let round = 0; round < times; round++) {
        if (round % 2 === 0) {
          const bareFigures = await measureBare(bodies);
          runs.push({ bare: bareFigures, accord: await measureOurs(bodies) });
        } else {
          const accordFigures = await measureOurs(bodies);
          runs.push({ bare: await measureBare(bodies), accord: accordFigures });
        }
      }
      printRuns(bodies, runs);
    }
  } finally {
    await browser.close();
    await server.stop();
    bare.server.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
}

/** A figure in whole units, or a dash where it was not measured. */
const f = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(0));

/** The median of each figure over the rounds (rounds that did not measure it left out). */
function medianFigures(runs: readonly CanvasFigures[]): CanvasFigures {
  const of = (pick: (figures: CanvasFigures) => number | undefined) => {
    const values = runs.map(pick).filter((value): value is number => value !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  return {
    interactiveMs: of((f) => f.interactiveMs) ?? Number.NaN,
    panFps: of((f) => f.panFps) ?? Number.NaN,
    longestFrameMs: of((f) => f.longestFrameMs) ?? Number.NaN,
    remoteRenameMs: of((f) => f.remoteRenameMs),
    clickMs: of((f) => f.clickMs),
    selectMs: of((f) => f.selectMs),
    addMs: of((f) => f.addMs),
    deleteMs: of((f) => f.deleteMs),
    undoMs: of((f) => f.undoMs),
  };
}

function printRuns(
  bodies: number,
  runs: readonly { bare: CanvasFigures; accord: CanvasFigures }[],
): void {
  const bare = medianFigures(runs.map((run) => run.bare));
  const accord = medianFigures(runs.map((run) => run.accord));
  const ratio = (pick: (figures: CanvasFigures) => number) =>
    median(runs.map((run) => pick(run.accord) / pick(run.bare)));
  printRow(bodies, bare, accord, {
    interactive: ratio((f) => f.interactiveMs),
    pan: ratio((f) => f.panFps),
  });
  if (runs.length < 2) return;
  const list = (pick: (figures: CanvasFigures) => number | undefined) =>
    runs.map((run) => f(pick(run.accord))).join(' / ');
  console.log(
    `${' '.repeat(14)}${runs.length} rounds (medians above; ratios: median of each round's): ` +
      `time to interactive bare ${runs.map((run) => f(run.bare.interactiveMs)).join(' / ')}, ` +
      `Accord ${list((x) => x.interactiveMs)} ms; Accord select ${list((x) => x.selectMs)}, ` +
      `add ${list((x) => x.addMs)}, delete ${list((x) => x.deleteMs)}, undo ${list((x) => x.undoMs)} ms`,
  );
}

function printRow(
  bodies: number,
  bare: CanvasFigures,
  accord: CanvasFigures,
  ratios: { interactive: number; pan: number },
): void {
  console.log(
    `${String(bodies).padStart(6)} bodies  time to interactive: bare ${f(bare.interactiveMs)} ms, ` +
      `Accord ${f(accord.interactiveMs)} ms (${ratios.interactive.toFixed(2)}× bare)`,
  );
  console.log(
    `${' '.repeat(14)}pan while dragging:  bare ${bare.panFps.toFixed(1)} fps (longest frame ` +
      `${f(bare.longestFrameMs)} ms), Accord ${accord.panFps.toFixed(1)} fps (longest ${f(accord.longestFrameMs)} ms) ` +
      `(${ratios.pan.toFixed(2)}× bare)`,
  );
  console.log(
    `${' '.repeat(14)}Accord: remote rename of the selected body painted ${f(accord.remoteRenameMs)} ms ` +
      `(median); local select (a mouse click) ${f(accord.selectMs)}, add ${f(accord.addMs)}, delete ${f(accord.deleteMs)}, undo ${f(accord.undoMs)} ms`,
  );
  // A button's click that edits nothing: the part of the add, delete and undo figures that is
  // Playwright's click and a frame.
  console.log(
    `${' '.repeat(14)}a button's click that edits nothing: bare ${f(bare.clickMs)} ms, Accord ${f(accord.clickMs)} ms; ` +
      `bare React Flow's select (a mouse click) ${f(bare.selectMs)} ms`,
  );
}
