import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { readMap } from '../../shared/ydoc/readMap.ts';
import { waitFor } from '../helpers/startServer.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

// WCAG 2.2 level A and AA, as in accessibility.test.ts.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const session = browserSession();
const origin = { kind: 'local', participantId: 'seed' } as const;

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}

const noteOn = (page: Page) => page.locator('.react-flow__node-note');

describe('sticky notes on the canvas', () => {
  it('one participant writes a sticky note, another sees it live and edits it', async () => {
    const map = await session.server.createMap('Riverton workshop');
    const seed = await session.client(map.id, map.tokens.owner);
    addNode(seed.doc, origin, {
      kind: 'place-partnership',
      label: 'Riverton Place Partnership',
      position: { x: 0, y: 0 },
    });

    const alice = await openAs(session.browser, map.links.editor, 'Alice');
    const bob = await openAs(session.browser, map.links.editor, 'Bob');

    // From the palette, by keyboard: the new note arrives selected with focus; Enter writes.
    await alice.getByRole('button', { name: 'Sticky note', exact: true }).focus();
    await alice.keyboard.press('Enter');
    await expect
      .poll(() =>
        alice.evaluate(() => document.activeElement?.classList.contains('react-flow__node-note')),
      )
      .toBe(true);
    await alice.keyboard.press('Enter');
    const field = alice.getByRole('textbox', { name: 'Sticky note text' });
    await field.waitFor();
    await alice.keyboard.type('Who chairs the place board?');
    await alice.keyboard.press('Enter');
    await alice.keyboard.type('Ask both councils');
    await alice.keyboard.press('Control+Enter');
    await field.waitFor({ state: 'detached' });

    // Bob sees it as it was written, lines and all, with a name built from its words.
    await expect.poll(() => noteOn(bob).textContent()).toContain('Ask both councils');
    expect(await noteOn(bob).getAttribute('aria-label')).toBe(
      'Sticky note: Who chairs the place board? Ask both councils',
    );
    await waitFor(() => readMap(seed.doc).notes?.[0]?.label.includes('\n') === true);
    expect(readMap(seed.doc).notes?.[0]?.label).toBe(
      'Who chairs the place board?\nAsk both councils',
    );

    // Bob edits it with the pointer and colours it green; Alice sees both.
    await noteOn(bob).locator('.note-text').dblclick();
    const bobField = bob.getByRole('textbox', { name: 'Sticky note text' });
    await bobField.fill('Agreed: the council leader chairs');
    await bobField.press('Control+Enter');
    await noteOn(bob).click();
    await bob.getByRole('button', { name: 'Green' }).click();
    await expect.poll(() => noteOn(alice).textContent()).toContain('the council leader chairs');
    await expect
      .poll(() => noteOn(alice).locator('.note-node').getAttribute('data-color'))
      .toBe('green');

    // Free text too, added the same way; neither is a body of the governance spec.
    await alice.getByRole('button', { name: 'Text', exact: true }).click();
    const textField = alice.getByRole('textbox', { name: 'Text', exact: true });
    await alice.locator('.react-flow__node-note .note-text.is-empty').dblclick();
    await textField.fill('Riverton');
    await textField.press('Control+Enter');
    await expect.poll(() => noteOn(bob).count()).toBe(2);
    await waitFor(() => readMap(seed.doc).notes?.length === 2);
    const spec = await fetch(`${session.server.url}/api/maps/${map.id}/spec?include=all`, {
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    }).then((response) => response.json());
    expect(spec.bodies.map((body: { name: string }) => body.name)).toEqual([
      'Riverton Place Partnership',
    ]);
    expect(JSON.stringify(spec)).not.toContain('council leader chairs');

    // Ctrl+Z takes back Alice's own last step only.
    await noteOn(alice).filter({ hasText: 'Riverton' }).click();
    await alice.keyboard.press('Control+z');
    await expect.poll(() => noteOn(bob).filter({ hasText: 'Riverton' }).count()).toBe(0);
    await alice.keyboard.press('Control+Shift+z');
    await expect.poll(() => noteOn(bob).filter({ hasText: 'Riverton' }).count()).toBe(1);

    await noteOn(alice).filter({ hasText: 'council leader' }).click();
    expect(await violations(alice)).toEqual([]);
    await alice.screenshot({ path: screenshotPath('90-sticky-note') });

    // A viewer reads the notes but cannot write on them.
    const vera = await openAs(session.browser, map.links.viewer, 'Vera');
    await expect.poll(() => noteOn(vera).count()).toBe(2);
    await noteOn(vera).filter({ hasText: 'council leader' }).locator('.note-text').dblclick();
    expect(await vera.getByRole('textbox', { name: 'Sticky note text' }).count()).toBe(0);

    // Deleting with the keyboard removes it for everyone.
    await noteOn(bob).filter({ hasText: 'council leader' }).click();
    await bob.keyboard.press('Delete');
    await expect.poll(() => noteOn(alice).count()).toBe(1);
    await waitFor(() => readMap(seed.doc).notes?.length === 1);

    for (const page of [alice, bob, vera]) await page.context().close();
  });

  it('a map made from a template shows its explanation on a sticky note', async () => {
    const map = await session.server.createMap(undefined, 'whole-ics');
    const fran = await openAs(session.browser, map.links.owner, 'Fran');
    const note = noteOn(fran);
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('The ICB plans and pays for NHS services');
    expect(await note.getAttribute('aria-label')).toMatch(/^Sticky note: The ICB plans/);
    await fran.locator('.react-flow__controls-fitview').click();
    expect(await violations(fran)).toEqual([]);
    await fran.screenshot({ path: screenshotPath('91-template-explained-on-a-note') });
    await fran.context().close();
  });
});
