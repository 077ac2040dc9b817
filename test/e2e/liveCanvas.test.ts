import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserSession, screenshotPath } from './browser.ts';
import { connectAs, renameInline } from './ui.ts';

const session = browserSession();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function newPage(): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return page;
}

async function join(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the map' }).click();
  await expect
    .poll(() => page.locator('.connection').getAttribute('data-status'))
    .toBe('connected');
}

function node(page: Page, label: string): Locator {
  return page.locator('.react-flow__node', { hasText: label });
}

async function dragBy(page: Page, target: Locator, dx: number, dy: number) {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to drag');
  const x = box.x + box.width / 2;
  const y = box.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

async function transformOf(target: Locator): Promise<string> {
  return target.evaluate((element) => (element as HTMLElement).style.transform);
}

describe('the live shared canvas in Chromium', () => {
  it('lets two people build one map together, each undoing only their own work', async () => {
    // Alice creates the map from the home page and copies the links.
    const alice = await newPage();
    await alice.goto(session.server.url);
    await alice.getByLabel('Map title').fill('Leeds place partnership');
    await alice.getByRole('button', { name: 'Create map' }).click();
    const ownerLink = await alice.locator('#link-owner').inputValue();
    const editorLink = await alice.locator('#link-editor').inputValue();
    expect(ownerLink).toMatch(/\/m\/[\w-]+#token=/);
    await alice.screenshot({ path: screenshotPath('01-home-links') });

    await join(alice, ownerLink, 'Alice');
    const bob = await newPage();
    await join(bob, editorLink, 'Bob');
    await expect.poll(() => alice.getByTestId('participants').textContent()).toContain('Bob');
    await expect
      .poll(() => alice.locator('.map-title').textContent())
      .toBe('Leeds place partnership');

    // Alice adds an ICB and renames it inline; Bob sees both.
    await alice.getByRole('button', { name: 'Integrated care board' }).click();
    await expect.poll(() => node(bob, 'Integrated care board').count()).toBe(1);
    await renameInline(alice, node(alice, 'Integrated care board'), 'West Yorkshire ICB');
    await expect.poll(() => node(bob, 'West Yorkshire ICB').count()).toBe(1);

    // Alice adds a trust, drags it clear, and Bob sees it where she dropped it.
    await alice.getByRole('button', { name: 'NHS trust' }).click();
    const trust = node(alice, 'NHS trust');
    await trust.waitFor();
    await dragBy(alice, trust, 0, 220);
    await expect
      .poll(async () => transformOf(node(bob, 'NHS trust')))
      .toBe(await transformOf(trust));

    // Alice connects the trust to the ICB; Bob sees the relationship.
    await connectAs(alice, trust, node(alice, 'West Yorkshire ICB'), 'accountable to');
    await expect.poll(() => bob.locator('.react-flow__edge').count()).toBe(1);
    await expect
      .poll(() => bob.locator('.react-flow__edge-text').textContent())
      .toBe('accountable to');

    // Bob sees Alice's cursor with her name, and her selection.
    const canvasBox = await alice.locator('.react-flow__pane').boundingBox();
    if (!canvasBox) throw new Error('no canvas');
    await alice.mouse.move(canvasBox.x + 200, canvasBox.y + 150, { steps: 3 });
    await alice.mouse.move(canvasBox.x + 240, canvasBox.y + 170, { steps: 3 });
    await expect.poll(() => bob.getByTestId('remote-cursor').textContent()).toBe('Alice');

    // Bob adds a PCN; Alice's undo removes her own last change, not Bob's.
    await bob.getByRole('button', { name: 'Primary care network' }).click();
    await expect.poll(() => node(alice, 'Primary care network').count()).toBe(1);
    await alice.locator('.react-flow__pane').click({ position: { x: 20, y: 200 } });
    await alice.keyboard.press('Control+z');
    await expect.poll(() => bob.locator('.react-flow__edge').count()).toBe(0);
    await expect.poll(() => node(bob, 'Primary care network').count()).toBe(1);
    await expect.poll(() => node(alice, 'Primary care network').count()).toBe(1);

    // Redo brings the relationship back for everyone.
    await alice.keyboard.press('Control+Shift+z');
    await expect.poll(() => bob.locator('.react-flow__edge').count()).toBe(1);

    await node(bob, 'West Yorkshire ICB').click();
    await expect.poll(() => node(alice, 'West Yorkshire ICB').textContent()).toContain('Bob');
    await alice.screenshot({ path: screenshotPath('02-alice-sees-bob') });
    await bob.screenshot({ path: screenshotPath('03-bob-sees-alice') });

    // Bob deletes the PCN with the Delete key; it goes for Alice too.
    await node(bob, 'Primary care network').click();
    await bob.keyboard.press('Delete');
    await expect.poll(() => node(alice, 'Primary care network').count()).toBe(0);

    // Alice selects both bodies and drags them together: Bob watches them move before she
    // drops them, and her one undo puts both back.
    const icbBefore = await transformOf(node(bob, 'West Yorkshire ICB'));
    const trustBefore = await transformOf(node(bob, 'NHS trust'));
    await node(alice, 'West Yorkshire ICB').click();
    await node(alice, 'NHS trust').click({ modifiers: ['Control'] });
    await expect.poll(() => alice.locator('.react-flow__node.selected').count()).toBe(2);
    const grip = await node(alice, 'NHS trust').boundingBox();
    if (!grip) throw new Error('no trust');
    await alice.mouse.move(grip.x + grip.width / 2, grip.y + 12);
    await alice.mouse.down();
    await alice.mouse.move(grip.x + grip.width / 2 + 60, grip.y + 40, { steps: 5 });
    await alice.mouse.move(grip.x + grip.width / 2 + 120, grip.y + 72, { steps: 5 });
    await expect.poll(() => transformOf(node(bob, 'NHS trust'))).not.toBe(trustBefore);
    await bob.screenshot({ path: screenshotPath('04-bob-watches-a-drag') });
    await alice.mouse.up();
    await expect.poll(() => transformOf(node(bob, 'West Yorkshire ICB'))).not.toBe(icbBefore);
    await expect
      .poll(() => transformOf(node(bob, 'NHS trust')))
      .toBe(await transformOf(node(alice, 'NHS trust')));
    await alice.locator('.react-flow__pane').click({ position: { x: 20, y: 200 } });
    await alice.keyboard.press('Control+z');
    await expect.poll(() => transformOf(node(bob, 'West Yorkshire ICB'))).toBe(icbBefore);
    await expect.poll(() => transformOf(node(bob, 'NHS trust'))).toBe(trustBefore);
  });
});
