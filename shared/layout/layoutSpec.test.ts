import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../spec/parseSpec.ts';
import type { GovernanceSpec } from '../spec/specSchema.ts';
import { FOOTPRINT_TITLE_SPACE } from './footprintTitle.ts';
import { UNMEASURED_BODY_SIZE } from './layoutInput.ts';
import { layoutSpec } from './layoutSpec.ts';

function fixture(): GovernanceSpec {
  const file = 'test/fixtures/ics-west-yorkshire.spec.json';
  const parsed = parseSpec(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.spec;
}

/** The smallest valid spec with the given bodies, footprints and relationships. */
function spec(parts: Partial<Pick<GovernanceSpec, 'footprints' | 'bodies' | 'relationships'>>) {
  return {
    specVersion: 2,
    map: { id: 'm', title: 'T', exportedAt: '2030-01-01T00:00:00.000Z', includes: 'all' },
    footprints: [],
    bodies: [],
    relationships: [],
    validation: { errors: [], warnings: [] },
    ...parts,
  } satisfies GovernanceSpec;
}

const body = (id: string): GovernanceSpec['bodies'][number] => ({
  id,
  kind: 'nhs-trust',
  name: id,
  statutory: true,
  status: 'agreed',
});

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

// ELK on the whole fixture takes seconds on a busy shared machine; these assert placement, not time.
describe('layoutSpec', { timeout: 60_000 }, () => {
  it('places every fixture element inside its footprint, clear of its siblings', async () => {
    const input = fixture();
    const { positions, sizes } = await layoutSpec(input);
    const parentOf = new Map<string, string | undefined>([
      ...input.footprints.map((f) => [f.id, f.parent] as const),
      ...input.bodies.map((b) => [b.id, b.footprint] as const),
    ]);
    expect([...positions.keys()].sort()).toEqual([...parentOf.keys()].sort());
    expect([...sizes.keys()].sort()).toEqual(input.footprints.map((f) => f.id).sort());

    const box = (id: string): Box => {
      const { x, y } = positions.get(id) ?? { x: Number.NaN, y: Number.NaN };
      const size = sizes.get(id) ?? {
        w: UNMEASURED_BODY_SIZE.width,
        h: UNMEASURED_BODY_SIZE.height,
      };
      return { x, y, ...size };
    };
    for (const [id, parent] of parentOf) {
      if (!parent) continue;
      const inner = box(id);
      const outer = sizes.get(parent);
      expect(outer, `${parent} has a size`).toBeDefined();
      expect(inner.x).toBeGreaterThanOrEqual(0);
      expect(inner.y).toBeGreaterThanOrEqual(FOOTPRINT_TITLE_SPACE);
      expect(inner.x + inner.w).toBeLessThanOrEqual(outer?.w ?? 0);
      expect(inner.y + inner.h).toBeLessThanOrEqual(outer?.h ?? 0);
    }
    const ids = [...parentOf.keys()];
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) {
        if (parentOf.get(a) !== parentOf.get(b)) continue;
        expect(overlaps(box(a), box(b)), `${a} overlaps ${b}`).toBe(false);
      }
    }
  });

  it('puts the body held to account above, and a delegate below', async () => {
    const { positions } = await layoutSpec(
      spec({
        bodies: [body('board'), body('committee'), body('trust')],
        relationships: [
          { id: 'r1', kind: 'accountable-to', from: 'committee', to: 'board', status: 'agreed' },
          { id: 'r2', kind: 'delegates', from: 'committee', to: 'trust', status: 'agreed' },
        ],
      }),
    );
    const y = (id: string) => positions.get(id)?.y ?? Number.NaN;
    expect(y('board')).toBeLessThan(y('committee'));
    expect(y('committee')).toBeLessThan(y('trust'));
  });

  it('keeps an empty footprint at its level’s starting size', async () => {
    const { sizes } = await layoutSpec(
      spec({
        footprints: [{ id: 'fp-empty', name: 'Empty', level: 'neighbourhood' }],
        bodies: [body('alone')],
      }),
    );
    expect(sizes.get('fp-empty')).toEqual({ w: 380, h: 260 });
  });
});
