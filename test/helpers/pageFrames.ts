import type { Page } from 'playwright-core';

/** Waits for the page to paint `count` frames. */
export function frames(page: Page, count: number): Promise<void> {
  return page.evaluate(async (n) => {
    for (let frame = 0; frame < n; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, count);
}
