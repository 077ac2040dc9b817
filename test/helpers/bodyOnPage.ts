import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { mapDoc } from '../../shared/ydoc/layout.ts';
import { absolutePosition } from '../../shared/ydoc/nodes.ts';

/**
 * Where body `id` is on the page, a point inside its box (`at`, in the flow's pixels from its
 * top-left corner): from its place in the map's doc (inside its footprints) and how React
 * Flow's viewport is moved and scaled. Zoomed out on a big map most bodies have no card, only
 * a painted block, so this is where a person would point at it.
 */
export async function bodyOnPage(
  page: Page,
  doc: Y.Doc,
  id: string,
  at = { x: 125, y: 42 },
): Promise<{ x: number; y: number }> {
  const place = absolutePosition(mapDoc(doc).nodes, id);
  if (!place) throw new Error(`${id} is not on the map`);
  const x = place.x + at.x;
  const y = place.y + at.y;
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(transform);
  const flow = await page.locator('.react-flow').boundingBox();
  if (!match || !flow) throw new Error('no React Flow viewport on the page');
  const [tx, ty, zoom] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { x: flow.x + tx + x * zoom, y: flow.y + ty + y * zoom };
}
