/**
 * Who made a version: its owner, naming it ("after workshop 2"), or the server on its own,
 * at the end of a session of editing or every 30 minutes of it.
 */
export type VersionKind = 'named' | 'auto';

/** A version of a map, as listed. */
export interface VersionInfo {
  id: number;
  name: string;
  kind: VersionKind;
  /** ISO 8601. */
  createdAt: string;
}

/** A named version with the full doc state it was saved from. */
export interface StoredVersion extends VersionInfo {
  /** Y.encodeStateAsUpdate of the doc when the version was saved. */
  state: Uint8Array;
}

/**
 * Named versions of maps ("after workshop 2"). Kept apart from DocStore so stores and test
 * doubles that only hold documents need not implement them.
 */
export interface VersionStore {
  /** Saves a copy of a map's full doc state, durably: named by default, or automatic. */
  saveVersion(
    mapId: string,
    name: string,
    createdAt: string,
    state: Uint8Array,
    kind?: VersionKind,
  ): Promise<VersionInfo>;
  /** The map's versions, named and automatic, oldest first. */
  listVersions(mapId: string): Promise<VersionInfo[]>;
  /** One version of one map with its state, or undefined when the map has no such version. */
  getVersion(mapId: string, versionId: number): Promise<StoredVersion | undefined>;
}
