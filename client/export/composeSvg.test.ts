import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, layoutExport } from './composeSvg.ts';
import type { LegendEntry } from './legend.ts';

const LEGEND: LegendEntry[] = [
  { label: 'Integrated care board', color: '#005eb8', kind: 'body' },
  { label: 'NHS trust', color: '#007f3b', kind: 'body' },
  { label: 'Accountable to', color: '#003087', kind: 'relationship' },
  { label: 'Delegates to', color: '#7c2855', kind: 'relationship', dash: '9 4' },
];

describe('layoutExport', () => {
  it('puts the title above the map and the key below it, inside the page', () => {
    const layout = layoutExport({
      title: 'Leeds',
      legend: LEGEND,
      map: { width: 900, height: 500 },
    });
    expect(layout.title.y).toBeLessThan(layout.map.y);
    expect(layout.width).toBe(900);
    for (const item of layout.items) {
      expect(item.y).toBeGreaterThan(layout.map.y + layout.map.height);
      expect(item.y).toBeLessThan(layout.height);
    }
    expect(layout.groups.map((g) => g.label)).toEqual(['Bodies', 'Relationships']);
  });

  it('gives a small map a page wide enough for its title and centres it', () => {
    const layout = layoutExport({ title: 'X', legend: [], map: { width: 200, height: 100 } });
    expect(layout.width).toBeGreaterThan(200);
    expect(layout.map.x).toBe((layout.width - 200) / 2);
    expect(layout.groups).toEqual([]);
  });

  it('wraps a long key onto more lines instead of running off the page', () => {
    const many = Array.from({ length: 18 }, (_, i) => ({
      label: `Body kind number ${i}`,
      color: '#000000',
      kind: 'body' as const,
    }));
    const layout = layoutExport({ title: 'T', legend: many, map: { width: 600, height: 300 } });
    expect(new Set(layout.items.map((item) => item.y)).size).toBeGreaterThan(1);
    for (const item of layout.items) expect(item.x).toBeLessThan(layout.width);
  });

  it('shortens a title too long for the page', () => {
    const title = 'A very long map title '.repeat(20);
    const layout = layoutExport({ title, legend: [], map: { width: 600, height: 300 } });
    expect(layout.title.text.endsWith('…')).toBe(true);
    expect(layout.title.text.length).toBeLessThan(title.length);
  });
});

describe('composeSvg', () => {
  it('draws the title and key as text, swatches and dashed lines around the map', () => {
    const layout = layoutExport({
      title: 'Leeds <Place> & partners',
      subtitle: 'Exported today',
      legend: LEGEND,
      map: { width: 900, height: 500 },
    });
    const svg = composeSvg(layout, 'data:image/png;base64,AAAA');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>Leeds &lt;Place&gt; &amp; partners</text>');
    expect(svg).toContain('>Exported today</text>');
    expect(svg).toContain('xlink:href="data:image/png;base64,AAAA"');
    expect(svg).toContain('fill="#005eb8"');
    expect(svg).toContain('stroke="#7c2855" stroke-width="2.5" stroke-dasharray="9 4"');
    expect(svg).toContain('>Delegates to</text>');
    expect(svg.match(/<rect x=/g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(2);
  });
});

describe('escapeXml', () => {
  it('escapes every character with a meaning in XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
