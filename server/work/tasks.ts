import * as Y from 'yjs';
import { layoutSpec } from '../../shared/layout/layoutSpec.ts';
import { parseSpec } from '../../shared/spec/parseSpec.ts';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { initMap } from '../../shared/ydoc/index.ts';
import { type MapSnapshot, readMap } from '../../shared/ydoc/readMap.ts';
import { DEFAULT_TITLE } from '../maps/createMap.ts';
import { exportSpec } from '../maps/exportSpec.ts';

/** An imported spec as a new map's first state, or the spec's problems. */
export type ImportResult =
  | { ok: true; title: string; description?: string; createdAt: string; state: Uint8Array }
  | { ok: false; problems: unknown[] };

/**
 * The heavy work the server does off its event loop, by name (see WorkerPool): each takes and
 * returns plain, cloneable data, so it can run in a worker thread.
 */
export const tasks = {
  /** Checks a spec, lays it out and writes it into a new map's first doc state. */
  async importSpec(input: { body: unknown; createdAt: string }): Promise<ImportResult> {
    const parsed = parseSpec(input.body);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const { spec } = parsed;
    const layout = await layoutSpec(spec);
    const title = spec.map.title.trim() || DEFAULT_TITLE;
    const doc = new Y.Doc();
    try {
      initMap(doc, { title, createdAt: input.createdAt, description: spec.map.description });
      specToDoc(spec, doc, layout);
      return {
        ok: true,
        title,
        createdAt: input.createdAt,
        ...(spec.map.description !== undefined ? { description: spec.map.description } : {}),
        state: Y.encodeStateAsUpdate(doc),
      };
    } finally {
      doc.destroy();
    }
  },

  /** A map's doc state as plain, validated records. */
  readSnapshot(input: { state: Uint8Array }): MapSnapshot {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, input.state);
      return readMap(doc);
    } finally {
      doc.destroy();
    }
  },

  /** The governance spec (with the rules' findings) of a map's doc state. */
  exportSpec(input: {
    state: Uint8Array;
    mapId: string;
    includes: 'agreed' | 'all';
  }): GovernanceSpec {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, input.state);
      return exportSpec(readMap(doc), input.mapId, input.includes);
    } finally {
      doc.destroy();
    }
  },
} as const;

/** The name of a task. */
export type TaskName = keyof typeof tasks;
/** What a task takes. */
export type TaskInput<N extends TaskName> = Parameters<(typeof tasks)[N]>[0];
/** What a task gives back. */
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof tasks)[N]>>;
