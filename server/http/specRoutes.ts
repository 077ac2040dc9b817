import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { layoutSpec } from '../../shared/layout/layoutSpec.ts';
import { governanceSpecJsonSchema } from '../../shared/spec/jsonSchema.ts';
import { parseSpec } from '../../shared/spec/parseSpec.ts';
import { specToDoc } from '../../shared/spec/specToDoc.ts';
import { createMap } from '../maps/createMap.ts';
import { exportSpec } from '../maps/exportSpec.ts';
import { loadSnapshot } from '../maps/loadSnapshot.ts';
import { HttpError } from './HttpError.ts';
import { linkHost, mapLinks } from './mapLinks.ts';
import { authorizeMap, type MapsContext } from './mapsRoutes.ts';
import { readJsonBody } from './readJsonBody.ts';
import { sendJson } from './respond.ts';

/** Which elements a spec request wants: `?include=all` for everything, else only agreed ones. */
export function specIncludes(url: URL): 'agreed' | 'all' {
  const include = url.searchParams.get('include');
  if (include !== null && include !== 'all' && include !== 'agreed') {
    throw new HttpError('invalid_query', 'include must be "all" or "agreed".');
  }
  return include === 'all' ? 'all' : 'agreed';
}

/** GET /api/maps/:id/spec -> the governance spec (agreed elements; ?include=all for all). */
export async function getSpec(
  req: IncomingMessage,
  res: ServerResponse,
  context: MapsContext,
  url: URL,
  mapId: string,
): Promise<void> {
  const includes = specIncludes(url);
  const { map } = await authorizeMap(req, context, url, mapId);
  const snapshot = await loadSnapshot(map, context.store, context.rooms);
  sendJson(res, 200, exportSpec(snapshot, map.id, includes));
}

/** GET /api/maps/:id/validation -> {errors, warnings} for everything on the map. */
export async function getValidation(
  req: IncomingMessage,
  res: ServerResponse,
  context: MapsContext,
  url: URL,
  mapId: string,
): Promise<void> {
  const { map } = await authorizeMap(req, context, url, mapId);
  const snapshot = await loadSnapshot(map, context.store, context.rooms);
  const spec = exportSpec(snapshot, map.id, 'all');
  sendJson(res, 200, spec.validation);
}

/** POST /api/maps/import (a spec) -> 201 {id, title, createdAt, links}; a bad spec creates nothing. */
export async function postImport(
  req: IncomingMessage,
  res: ServerResponse,
  context: MapsContext,
): Promise<void> {
  const parsed = parseSpec(await readJsonBody(req));
  if (!parsed.ok) {
    throw new HttpError(
      'invalid_spec',
      `The governance spec has ${parsed.problems.length} problem(s).`,
      {
        details: parsed.problems,
      },
    );
  }
  const { spec } = parsed;
  // Before createMap: its fill is synchronous, and ELK is not.
  const layout = await layoutSpec(spec);
  const map = await createMap(context.store, context.secret, {
    title: spec.map.title,
    description: spec.map.description,
    fill: (doc: Y.Doc) => specToDoc(spec, doc, layout),
  });
  const links = mapLinks(linkHost(req, context.fallbackHost), map.id, map.tokens);
  sendJson(res, 201, { id: map.id, title: map.title, createdAt: map.createdAt, links });
}

/** Version 1's JSON Schema, frozen as it shipped: version 1 files are upgraded on import. */
const V1_SCHEMA: unknown = JSON.parse(
  readFileSync(new URL('../../docs/governance-spec.v1.json', import.meta.url), 'utf8'),
);

/** GET /schema/governance-spec.v2.json (or v1) -> the JSON Schema of that spec version. */
export function getSchema(res: ServerResponse, version: 1 | 2): void {
  sendJson(res, 200, version === 1 ? V1_SCHEMA : governanceSpecJsonSchema());
}
