import type { MapRecord } from './DocStore.ts';

/** A row of the `maps` table, as both stores name its columns. */
export interface MapRow {
  id: string;
  title: string;
  created_at: string;
  owner_hash: string;
  editor_hash: string;
  viewer_hash: string;
  owner_generation: number;
  editor_generation: number;
  viewer_generation: number;
}

/** A map's record from its row in either store. */
export function mapRecordFromRow(row: MapRow): MapRecord {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    tokenHashes: { owner: row.owner_hash, editor: row.editor_hash, viewer: row.viewer_hash },
    generations: {
      owner: row.owner_generation,
      editor: row.editor_generation,
      viewer: row.viewer_generation,
    },
  };
}
