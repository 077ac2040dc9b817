import { describe, expect, it } from 'vitest';
import { keepInExport } from './exportFilter.ts';

const element = (classes: string[], dataset: Record<string, string> = {}) =>
  ({
    classList: { contains: (name: string) => classes.includes(name) },
    dataset,
  }) as unknown as HTMLElement;

describe('keepInExport', () => {
  it('keeps nodes and edges but leaves out handles, cursors and menus', () => {
    expect(keepInExport(element(['react-flow__node', 'react-flow__node-body']))).toBe(true);
    expect(keepInExport(element(['react-flow__handle', 'react-flow__handle-top']))).toBe(false);
    expect(keepInExport(element(['remote-cursor']))).toBe(false);
    expect(keepInExport(element(['floating-menu', 'element-menu']))).toBe(false);
  });

  it('leaves out anything marked data-export-skip, and keeps text nodes', () => {
    expect(keepInExport(element([], { exportSkip: '' }))).toBe(false);
    expect(keepInExport({} as HTMLElement)).toBe(true);
  });
});
