import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStatus } from '../ydoc/attrs.ts';
import { connect } from '../ydoc/edges.ts';
import { initMap } from '../ydoc/initMap.ts';
import { addNode } from '../ydoc/nodes.ts';
import { addNote } from '../ydoc/notes.ts';
import { type MapSnapshot, readMap } from '../ydoc/readMap.ts';
import { buildMapSvg } from './mapSvg.ts';
import { TEST_THEME } from './testTheme.ts';

const origin = { kind: 'local', participantId: 'test' } as const;

function smallMap(): { snapshot: MapSnapshot; ids: Record<string, string> } {
  const doc = new Y.Doc();
  initMap(doc, { title: 'Leeds <place> & partners', createdAt: '2026-12-01T00:00:00Z' });
  const place = addNode(doc, origin, {
    kind: 'footprint',
    label: 'Leeds',
    position: { x: 0, y: 0 },
    attrs: { level: 'place' },
  });
  const icb = addNode(doc, origin, {
    kind: 'icb',
    label: 'NHS West Yorkshire Integrated Care Board',
    position: { x: 40, y: 60 },
    parentId: place,
  });
  const trust = addNode(doc, origin, {
    kind: 'nhs-trust',
    label: 'Leeds Teaching Hospitals',
    position: { x: 900, y: 300 },
  });
  const edge = connect(doc, origin, { kind: 'delegates', source: icb, target: trust });
  setStatus(doc, origin, [{ collection: 'nodes', id: trust }], 'agreed');
  return { snapshot: readMap(doc), ids: { place, icb, trust, edge: edge.ok ? edge.id : '' } };
}

const base = { theme: TEST_THEME, legend: [], size: { kind: 'scale', scale: 1 } } as const;

describe('buildMapSvg', () => {
  it('draws the map as shapes and text only: no HTML, no embedded images', () => {
    const { svg } = buildMapSvg(smallMap().snapshot, base);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/foreignObject|<image|<div|xlink:href/);
    expect(svg).toContain('>Leeds &lt;place&gt; &amp; partners</text>');
    // A long name is broken over lines, each its own text.
    expect(svg).toContain('>NHS West Yorkshire</text>');
    expect(svg).toContain('>Integrated Care Board</text>');
    expect(svg).toContain('>Leeds Teaching Hospitals</text>');
    expect(svg).toContain('>delegates to</text>');
    expect(svg).toContain('>AGREED</text>');
    expect(svg).toContain(
      `stroke="${TEST_THEME.relationship.delegates.color}" stroke-width="2" stroke-dasharray="9 4"`,
    );
  });

  it('places bodies inside their footprint and draws the line between their borders', () => {
    const { snapshot, ids } = smallMap();
    const { scene } = buildMapSvg(snapshot, base);
    const place = scene.footprints.find((f) => f.id === ids.place);
    const icb = scene.bodies.find((b) => b.id === ids.icb);
    expect(place?.box).toMatchObject({ x: 0, y: 0, w: 860, h: 460 });
    expect(icb?.box).toMatchObject({ x: 40, y: 60 });
    const line = scene.relationships[0]?.curve;
    expect(line?.start.x).toBeCloseTo((icb?.box.x ?? 0) + (icb?.box.w ?? 0), 0);
    expect(scene.bounds.x).toBe(0);
  });

  it('sets the title, date and key larger for a picture shown smaller than drawn', () => {
    // A PNG of a whole system drawn at a quarter: set four times larger, they come out at
    // their own size (a 22 px title, 13 px key) rather than a few pixels high.
    const legend = [{ label: 'NHS trust', color: '#007f3b', kind: 'body' as const }];
    const options = { ...base, legend, subtitle: 'Exported from Accord on 1 December 2026' };
    const plain = buildMapSvg(smallMap().snapshot, options);
    const large = buildMapSvg(smallMap().snapshot, { ...options, textScale: 4 });
    expect(large.svg).toMatch(/font-size="88" font-weight="700"[^>]*>Leeds &lt;place&gt;/);
    expect(large.svg).toMatch(/font-size="52"[^>]*>Exported from Accord/);
    expect(large.svg).toMatch(/font-size="52"[^>]*>NHS trust<\/text>/);
    expect(large.svg).toContain('scale(4)');
    // The map itself is drawn as before; the page grows by the larger title and key.
    expect(large.layout.map.scale).toBe(plain.layout.map.scale);
    expect(large.layout.map.y).toBeGreaterThan(plain.layout.map.y * 3);
    const keyRoom = (svg: typeof plain) =>
      svg.layout.height - svg.layout.map.y - svg.layout.map.height;
    expect(keyRoom(large)).toBeGreaterThanOrEqual(keyRoom(plain) * 4);
  });

  it('leaves problem highlights out unless they are asked for', () => {
    const { snapshot, ids } = smallMap();
    const flags = new Map([[ids.trust ?? '', 'error' as const]]);
    const plain = buildMapSvg(snapshot, { ...base, flags }).svg;
    const marked = buildMapSvg(snapshot, { ...base, flags, showProblems: true }).svg;
    expect(plain).not.toContain(`stroke="${TEST_THEME.red}" stroke-width="3"`);
    expect(marked).toContain(`stroke="${TEST_THEME.red}" stroke-width="3"`);
  });

  it('keys the statuses, proposed (dashed) among them, after the kinds', () => {
    const legend = [{ label: 'NHS trust', color: '#007f3b', kind: 'body' as const }];
    const { svg, layout } = buildMapSvg(smallMap().snapshot, { ...base, legend });
    expect(layout.groups.map((group) => group.label)).toEqual(['Bodies', 'Status']);
    expect(svg).toContain('>Proposed (dashed)</text>');
    expect(svg).toContain('>Agreed (solid)</text>');
    expect(svg).toContain('>Disputed (red)</text>');
  });

  it('fits the map to a fixed page between the title and the key', () => {
    const { layout, nameSize } = buildMapSvg(smallMap().snapshot, {
      ...base,
      size: { kind: 'page', width: 842, height: 595 },
    });
    expect(layout.width).toBe(842);
    expect(layout.height).toBe(595);
    expect(layout.map.x).toBeGreaterThanOrEqual(0);
    expect(layout.map.x + layout.map.width).toBeLessThanOrEqual(842);
    expect(layout.map.y).toBeGreaterThan(layout.title.y);
    const keyTop = Math.min(...layout.groups.map((group) => group.y)) - 24;
    expect(layout.map.y + layout.map.height).toBeLessThanOrEqual(keyTop + 1);
    expect(nameSize).toBeCloseTo(15 * layout.map.scale);
  });

  it('scales the whole document with outputScale, keeping its drawing units', () => {
    const one = buildMapSvg(smallMap().snapshot, base);
    const half = buildMapSvg(smallMap().snapshot, { ...base, outputScale: 0.5 });
    const size = (svg: string) =>
      svg
        .match(/width="([\d.]+)" height="([\d.]+)"/)
        ?.slice(1)
        .map(Number);
    const [w1 = 0, h1 = 0] = size(one.svg) ?? [];
    expect(size(half.svg)).toEqual([w1 / 2, h1 / 2]);
    expect(half.svg).toContain(`viewBox="0 0 ${one.layout.width} ${one.layout.height}"`);
  });

  it('draws sticky notes and free text over the map, lines kept, empty ones left out', () => {
    const doc = new Y.Doc();
    initMap(doc, { title: 'Workshop', createdAt: '2026-12-01T00:00:00Z' });
    addNode(doc, origin, { kind: 'icb', label: 'WY ICB', position: { x: 0, y: 0 } });
    addNote(doc, origin, {
      kind: 'note',
      text: 'Who chairs it?\nAsk both councils',
      position: { x: 600, y: 400 },
      color: 'pink',
    });
    addNote(doc, origin, { kind: 'text', text: 'Riverton', position: { x: -300, y: -200 } });
    addNote(doc, origin, { kind: 'note', text: '', position: { x: 0, y: 300 } });
    const { svg, scene } = buildMapSvg(readMap(doc), base);
    expect(svg).toContain('>Who chairs it?</text>');
    expect(svg).toContain('>Ask both councils</text>');
    expect(svg).toMatch(/font-size="20" font-weight="700" fill="#111111">Riverton<\/text>/);
    expect(svg).toContain(`fill="${TEST_THEME.note.pink.fill}"`);
    expect(scene.notes).toHaveLength(2);
    // The page takes in every note, the empty one too, wherever it sits.
    expect(scene.bounds).toEqual({ x: -300, y: -200, w: 1100, h: 760 });
  });

  it('draws an overview: names alone at the size asked, no relationship labels', () => {
    const { snapshot } = smallMap();
    const full = buildMapSvg(snapshot, base);
    const overview = buildMapSvg(snapshot, { ...base, overviewNameSize: 32 });
    expect(overview.nameSize).toBe(32);
    expect(overview.svg).toContain('<g font-size="32" font-weight="700" fill="#111111">');
    expect(overview.svg).toContain('>Teaching</text>');
    expect(full.svg).toContain('INTEGRATED CARE BOARD');
    expect(overview.svg).not.toContain('INTEGRATED CARE BOARD');
    expect(overview.svg.length).toBeLessThan(full.svg.length);
  });

  it("sets an overview's footprint names larger than its bodies' names, over everything", () => {
    const { snapshot } = smallMap();
    const full = buildMapSvg(snapshot, base);
    expect(full.svg).toMatch(/font-size="17"[^>]*>Leeds<\/text>/);
    const { svg } = buildMapSvg(snapshot, { ...base, overviewNameSize: 32 });
    const name = /<text [^>]*font-size="48"[^>]*>Leeds<\/text>/.exec(svg);
    expect(name).not.toBeNull();
    // Drawn after the bodies' blocks and names, so neither hides it.
    expect(name?.index).toBeGreaterThan(svg.indexOf('>Teaching</text>'));
  });
});
