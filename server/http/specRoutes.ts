import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { governanceSpecJsonSchema } from '../../shared/spec/jsonSchema.ts';
import type { GovernanceSpec } from '../../shared/spec/specSchema.ts';
import { createMap } from '../maps/createMap.ts';
import { readCurrentDoc } from '../maps/readCurrentDoc.ts';
import type { MapRecord } from '../store/DocStore.ts';
import type { ImportResult } from '../work/tasks.ts';
import { HttpError } from './HttpError.ts';
import type { ImportLimiter } from './ImportLimiter.ts';
import { linkHost, mapLinks } from './mapLinks.ts';
import type { MapRequest } from './mapRequest.ts';
import type { MapsContext } from './mapsRoutes.ts';
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
export async function getSpec({ res, context, url, map }: MapRequest): Promise<void> {
  const includes = specIncludes(url);
  sendJson(res, 200, await currentSpec(context, map, includes));
}

/** A map's spec as it stands now, built in a worker from a copy of its state. */
async function currentSpec(
  context: MapsContext,
  map: MapRecord,
  includes: 'agreed' | 'all',
): Promise<GovernanceSpec> {
  const state = await readCurrentDoc(map, context.store, context.rooms, (doc) =>
    Y.encodeStateAsUpdate(doc),
  );
  return context.work.run('exportSpec', { state, mapId: map.id, includes });
}

/** GET /api/maps/:id/validation -> {errors, warnings} for everything on the map. */
export async function getValidation({ res, context, map }: MapRequest): Promise<void> {
  const spec = await currentSpec(context, map, 'all');
  sendJson(res, 200, spec.validation);
}

/** What an import needs besides the maps' context. */
export interface ImportContext extends MapsContext {
  /** Limits imports per client address. */
  imports: ImportLimiter;
}

/** POST /api/maps/import (a spec) -> 201 {id, title, createdAt, links}; a bad spec creates nothing. */
export async function postImport(
  req: IncomingMessage,
  res: ServerResponse,
  context: ImportContext,
): Promise<void> {
  const finished = context.imports.admit(req);
  let built: ImportResult;
  try {
    const body = await readJsonBody(req, context.imports.maxBytes);
    context.imports.checkSize(body);
    // Checking, laying out and writing the spec takes seconds for a big one: in a worker.
    built = await context.work.run('importSpec', { body, createdAt: new Date().toISOString() });
  } finally {
    finished();
  }
  if (!built.ok) {
    throw new HttpError(
      'invalid_spec',
      `The governance spec has ${built.problems.length} problem(s).`,
      {
        details: built.problems,
      },
    );
  }
  const map = await createMap(context.store, context.secret, {
    title: built.title,
    description: built.description,
    built: { state: built.state, createdAt: built.createdAt },
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
