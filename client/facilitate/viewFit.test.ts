import { describe, expect, it } from 'vitest';
import { fitRect, sameViewport, viewportToShow, visibleFlowRect } from './viewFit.ts';

const limits = { minZoom: 0.1, maxZoom: 2 };

describe('visibleFlowRect', () => {
  it('maps the pane back through pan and zoom', () => {
    expect(visibleFlowRect({ x: -200, y: 100, zoom: 2, width: 800, height: 600 })).toEqual({
      x: 100,
      y: -50,
      width: 400,
      height: 300,
    });
  });
});

describe('fitRect', () => {
  it('fills a pane of the same shape exactly', () => {
    expect(
      fitRect({ x: 100, y: 50, width: 400, height: 300 }, { width: 800, height: 600 }, limits),
    ).toEqual({
      x: -200,
      y: -100,
      zoom: 2,
    });
  });

  it('fits a wide area into a tall pane by its width, centred', () => {
    const view = fitRect(
      { x: 0, y: 0, width: 1000, height: 500 },
      { width: 500, height: 1000 },
      limits,
    );
    expect(view.zoom).toBe(0.5);
    // The area's centre (500, 250) lands in the pane's centre (250, 500).
    expect(500 * view.zoom + view.x).toBeCloseTo(250);
    expect(250 * view.zoom + view.y).toBeCloseTo(500);
  });

  it('keeps within the zoom limits', () => {
    expect(
      fitRect({ x: 0, y: 0, width: 10, height: 10 }, { width: 1000, height: 1000 }, limits).zoom,
    ).toBe(2);
    expect(
      fitRect(
        { x: 0, y: 0, width: 100_000, height: 100_000 },
        { width: 1000, height: 1000 },
        limits,
      ).zoom,
    ).toBe(0.1);
  });
});

describe('viewportToShow', () => {
  const leader = { x: -1500, y: -800, zoom: 1.25, width: 1000, height: 700 };

  it('gives the leader’s own viewport when the panes are the same size', () => {
    const view = viewportToShow(leader, { width: 1000, height: 700 }, limits);
    expect(view).not.toBeNull();
    expect(sameViewport(view ?? { x: 0, y: 0, zoom: 0 }, leader)).toBe(true);
  });

  it('shows all the leader sees, centred, in a pane of another size', () => {
    const pane = { width: 1200, height: 600 };
    const view = viewportToShow(leader, pane, limits);
    if (!view) throw new Error('no view');
    const seen = visibleFlowRect({ ...view, ...pane });
    const wanted = visibleFlowRect(leader);
    expect(seen.x).toBeLessThanOrEqual(wanted.x + 1e-9);
    expect(seen.y).toBeLessThanOrEqual(wanted.y + 1e-9);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(wanted.x + wanted.width - 1e-9);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(wanted.y + wanted.height - 1e-9);
    expect(seen.x + seen.width / 2).toBeCloseTo(wanted.x + wanted.width / 2);
    expect(seen.y + seen.height / 2).toBeCloseTo(wanted.y + wanted.height / 2);
    // The pane's short side (height) is filled: nothing more is shown than needed.
    expect(seen.height).toBeCloseTo(wanted.height);
  });

  it('matches pan and zoom when either pane has no size yet', () => {
    expect(viewportToShow({ ...leader, width: 0 }, { width: 800, height: 600 }, limits)).toEqual({
      x: -1500,
      y: -800,
      zoom: 1.25,
    });
    expect(viewportToShow(leader, { width: 0, height: 0 }, limits)).toEqual({
      x: -1500,
      y: -800,
      zoom: 1.25,
    });
  });

  it('ignores a viewport that cannot be used', () => {
    const pane = { width: 800, height: 600 };
    expect(viewportToShow({ ...leader, zoom: 0 }, pane, limits)).toBeNull();
    expect(viewportToShow({ ...leader, x: Number.NaN }, pane, limits)).toBeNull();
    expect(viewportToShow({ ...leader, y: '3' as unknown as number }, pane, limits)).toBeNull();
  });
});

describe('sameViewport', () => {
  it('ignores differences below half a pixel', () => {
    expect(sameViewport({ x: 1, y: 2, zoom: 1 }, { x: 1.4, y: 1.7, zoom: 1.0004 })).toBe(true);
    expect(sameViewport({ x: 1, y: 2, zoom: 1 }, { x: 2, y: 2, zoom: 1 })).toBe(false);
    expect(sameViewport({ x: 1, y: 2, zoom: 1 }, { x: 1, y: 2, zoom: 1.01 })).toBe(false);
  });
});
