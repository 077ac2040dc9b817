import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { addNode } from '../../shared/ydoc/nodes.ts';
import { browserSession, screenshotPath } from './browser.ts';
import { openAs } from './ui.ts';

const session = browserSession();

describe('elements the map cannot read, in Chromium', () => {
  it('draws them marked invalid, says why to the keyboard and screen readers, and lets them be deleted', async () => {
    const map = await session.server.createMap('Unreadable elements');
    // A newer client writes a body of a kind this version does not know, and links to it.
    const newer = await session.client(map.id, map.tokens.editor);
    const origin = { kind: 'local', participantId: 'newer' } as const;
    const icb = addNode(newer.doc, origin, {
      kind: 'icb',
      label: 'Northshire ICB',
      position: { x: 0, y: 0 },
    });
    newer.doc.transact(() => {
      const castle = new Y.Map<unknown>();
      castle.set('kind', 'castle');
      castle.set('label', 'Old Board');
      castle.set('position', { x: 360, y: 0 });
      castle.set('status', 'proposed');
      castle.set('attrs', new Y.Map());
      mapDoc(newer.doc).nodes.set('castle-1', castle);
      const link = new Y.Map<unknown>();
      link.set('kind', 'accountable-to');
      link.set('source', icb);
      link.set('target', 'castle-1');
      link.set('status', 'proposed');
      link.set('attrs', new Y.Map());
      mapDoc(newer.doc).edges.set('rel-castle', link);
    });

    const page = await openAs(session.browser, map.links.owner, 'Ola');
    const unreadable = page.locator('.react-flow__node[data-id="castle-1"]');
    await unreadable.waitFor();
    expect(await unreadable.getAttribute('aria-label')).toBe(
      'Old Board, cannot be read: its kind “castle” is not one this version of Accord knows',
    );
    expect(await unreadable.locator('.invalid-head').textContent()).toContain('Cannot be read');
    const edge = page.locator('.react-flow__edge[data-id="rel-castle"]');
    await edge.waitFor();
    expect(await edge.getAttribute('aria-label')).toBe(
      'Relationship from Northshire ICB to Old Board, cannot be read: source: one end of this relationship is missing',
    );

    // From the keyboard: focus it, select it, and the side panel says why.
    await unreadable.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.inspector [role="status"]').textContent())
      .toContain('This element could not be read');
    await page.screenshot({ path: screenshotPath('invalid-elements-1') });

    // It can be deleted, and goes for everyone.
    await page.keyboard.press('Delete');
    await expect.poll(() => mapDoc(newer.doc).nodes.has('castle-1')).toBe(false);
    await page.context().close();
  });
});
