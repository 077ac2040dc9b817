import { describe, expect, it } from 'vitest';
import { dataUrlToBlob } from './dataUrlToBlob.ts';

describe('dataUrlToBlob', () => {
  it('decodes base64 data URLs', async () => {
    const blob = dataUrlToBlob(`data:image/png;base64,${btoa('png bytes')}`);
    expect(blob.type).toBe('image/png');
    expect(await blob.text()).toBe('png bytes');
  });

  it('decodes percent-encoded data URLs', async () => {
    const svg = '<svg><text>Leeds & “partners”</text></svg>';
    const blob = dataUrlToBlob(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toBe(svg);
  });

  it('refuses anything else', () => {
    expect(() => dataUrlToBlob('https://example.org/x.png')).toThrow('Not a data URL.');
  });
});
