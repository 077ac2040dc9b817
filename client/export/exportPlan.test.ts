import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, OVERVIEW_NAME_PX, planExport } from './exportPlan.ts';

const fit = { a4: 0.5, a3: 0.75 } as const;
const fitScale = (paper: 'a4' | 'a3') => fit[paper];

describe('planExport', () => {
  it('draws a small map at the scale asked for, names as big as on screen', () => {
    const plan = planExport(
      { format: 'png', scale: 2 },
      { width: 1800, height: 1500 },
      15,
      fitScale,
    );
    expect(plan).toMatchObject({
      width: 3600,
      height: 3000,
      scale: 2,
      nameSize: 30,
      legible: true,
    });
    expect(plan.advice).toBeNull();
  });

  it('never squeezes a long strip to a fixed side: one scale both ways, and says so', () => {
    // The strip an import once made: 267,000 × 1,538.
    const plan = planExport(
      { format: 'png', scale: 1 },
      { width: 267_000, height: 1_600 },
      15,
      fitScale,
    );
    expect(plan.width).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(plan.width / plan.height / (267_000 / 1_600)).toBeCloseTo(1, 1);
    expect(plan.legible).toBe(false);
    expect(plan.advice).toMatch(/too big for a PNG at 100%/);
    expect(plan.advice).toMatch(/SVG or PDF/);
  });

  it('keeps a big PNG within what a browser draws', () => {
    const plan = planExport(
      { format: 'png', scale: 1 },
      { width: 12_000, height: 8_000 },
      15,
      fitScale,
    );
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_PNG_PIXELS * 1.01);
    expect(plan.scale).toBeLessThan(1);
  });

  it('does not limit an SVG, which has no pixels', () => {
    const plan = planExport(
      { format: 'svg', scale: 1 },
      { width: 12_000, height: 8_000 },
      15,
      fitScale,
    );
    expect(plan).toMatchObject({ width: 12_000, height: 8_000, scale: 1, advice: null });
  });

  it('fits a PDF to its paper and warns when names would print too small', () => {
    const a3 = planExport(
      { format: 'pdf', paper: 'a3' },
      { width: 2000, height: 1500 },
      15,
      fitScale,
    );
    expect(a3).toMatchObject({ width: 1191, height: 842, unit: 'pt', legible: true, advice: null });
    const tiny = planExport(
      { format: 'pdf', paper: 'a4' },
      { width: 2000, height: 1500 },
      15,
      () => 0.1,
    );
    expect(tiny.legible).toBe(false);
    expect(tiny.advice).toMatch(/1\.5 pt high, too small to read/);
  });

  it('draws a whole system small as an overview whose names stay readable', () => {
    // 2,000 bodies in ten places: about 21,000 × 6,000 at 100%.
    const plan = planExport(
      { format: 'png', scale: 1 },
      { width: 21_300, height: 6_100 },
      15,
      fitScale,
    );
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_PNG_PIXELS * 1.01);
    expect(plan.width / plan.height).toBeCloseTo(21_300 / 6_100, 1);
    expect(plan.overviewNameSize).toBeDefined();
    expect(plan.nameSize).toBeGreaterThanOrEqual(OVERVIEW_NAME_PX);
    expect(plan.legible).toBe(true);
    expect(plan.advice).toMatch(/names only/);
  });

  it('draws cards in full when their names are readable as they are', () => {
    const plan = planExport(
      { format: 'png', scale: 1 },
      { width: 1800, height: 1500 },
      15,
      fitScale,
    );
    expect(plan.overviewNameSize).toBeUndefined();
  });
});
