import { z } from 'zod';
import { formatZodIssues } from '../../shared/errors/formatZodIssues.ts';
import { currentState, restoreVersion } from '../maps/restoreVersion.ts';
import type { DocStore, MapRecord } from '../store/DocStore.ts';
import type { StoredVersion, VersionStore } from '../store/VersionStore.ts';
import { HttpError } from './HttpError.ts';
import type { MapRequest } from './mapRequest.ts';
import type { MapsContext } from './mapsRoutes.ts';
import { readJsonBody } from './readJsonBody.ts';
import { sendJson } from './respond.ts';
import { specIncludes } from './specRoutes.ts';

/** What the version routes need: a store that also keeps named versions. */
export interface VersionsContext extends MapsContext {
  store: DocStore & VersionStore;
}

const saveVersionBody = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
});

/** The saved version a request names, or a 404. */
export async function findVersion(
  store: VersionStore,
  map: MapRecord,
  versionParam: string,
): Promise<StoredVersion> {
  const versionId = /^[1-9][0-9]{0,15}$/.test(versionParam) ? Number(versionParam) : undefined;
  const version = versionId === undefined ? undefined : await store.getVersion(map.id, versionId);
  if (!version) throw new HttpError('not_found', 'No such version of this map.');
  return version;
}

/** GET /api/maps/:id/versions (any role) -> {versions: [{id, name, createdAt}]}. */
export async function getVersions({ res, context, map }: MapRequest): Promise<void> {
  sendJson(res, 200, { versions: await context.store.listVersions(map.id) });
}

/** POST /api/maps/:id/versions (owner) {name} -> 201 {id, name, createdAt}: the map as it is now. */
export async function postVersion({ req, res, context, map }: MapRequest): Promise<void> {
  const parsed = saveVersionBody.safeParse(await readJsonBody(req));
  if (!parsed.success) {
    throw new HttpError('invalid_body', 'The request body is not a valid version.', {
      details: formatZodIssues(parsed.error),
    });
  }
  const state = await currentState(map, context.store, context.rooms);
  const saved = await context.store.saveVersion(
    map.id,
    parsed.data.name,
    new Date().toISOString(),
    state,
  );
  sendJson(res, 201, saved);
}

/** GET /api/maps/:id/versions/:v/spec (any role; ?include=all) -> that version's governance spec. */
export async function getVersionSpec({
  res,
  context,
  url,
  map,
  params,
}: MapRequest): Promise<void> {
  const includes = specIncludes(url);
  const version = await findVersion(context.store, map, params.version ?? '');
  const spec = await context.work.run('exportSpec', {
    state: version.state,
    mapId: map.id,
    includes,
  });
  sendJson(res, 200, spec);
}

/** GET /api/maps/:id/versions/:v/snapshot (any role) -> that version's map as plain records. */
export async function getVersionSnapshot({ res, context, map, params }: MapRequest): Promise<void> {
  const version = await findVersion(context.store, map, params.version ?? '');
  sendJson(res, 200, await context.work.run('readSnapshot', { state: version.state }));
}

/** POST /api/maps/:id/versions/:v/restore (owner) -> 200 {restored: {id, name, createdAt}}. */
export async function postRestore({ res, context, map, params }: MapRequest): Promise<void> {
  const version = await findVersion(context.store, map, params.version ?? '');
  await restoreVersion(map, context.store, context.rooms, version);
  const { id, name, createdAt } = version;
  sendJson(res, 200, { restored: { id, name, createdAt } });
}
