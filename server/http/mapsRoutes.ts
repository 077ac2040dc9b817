import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import { z } from 'zod';
import { formatZodIssues } from '../../shared/errors/formatZodIssues.ts';
import { layoutSpec } from '../../shared/layout/layoutSpec.ts';
import { MAX_TITLE_LENGTH } from '../../shared/model/limits.ts';
import { findTemplate, TEMPLATES } from '../../shared/templates/templates.ts';
import { templateToDoc } from '../../shared/templates/templateToDoc.ts';
import { createMap } from '../maps/createMap.ts';
import { readTitle } from '../maps/readTitle.ts';
import type { DocStore } from '../store/DocStore.ts';
import type { Rooms } from '../sync/Rooms.ts';
import type { WorkerPool } from '../work/WorkerPool.ts';
import { HttpError } from './HttpError.ts';
import { linkHost, mapLinks } from './mapLinks.ts';
import type { MapRequest } from './mapRequest.ts';
import { readJsonBody } from './readJsonBody.ts';
import { sendJson } from './respond.ts';

/** What the map routes need from the server. */
export interface MapsContext {
  store: DocStore;
  rooms: Rooms;
  /** host:port to put in links when the request's Host header is unusable. */
  fallbackHost: string;
  /** The key every link's token is derived from (server/auth/secret.ts). */
  secret: Buffer;
  /** Worker threads for heavy work (imports, specs), off the event loop every room shares. */
  work: WorkerPool;
}

const createMapBody = z
  .object({
    title: z
      .string()
      .max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`)
      .optional(),
    template: z.string().optional(),
  })
  .optional();

/**
 * POST /api/maps {title?, template?} -> 201 {id, title, createdAt, links}. With a template,
 * the map starts as that template's spec, titled with the template's name unless given one.
 */
export async function postMap(
  req: IncomingMessage,
  res: ServerResponse,
  context: MapsContext,
): Promise<void> {
  const parsed = createMapBody.safeParse(await readJsonBody(req));
  if (!parsed.success) {
    throw new HttpError('invalid_body', 'The request body is not a valid new map.', {
      details: formatZodIssues(parsed.error),
    });
  }
  const templateId = parsed.data?.template;
  const template = templateId === undefined ? undefined : findTemplate(templateId);
  if (templateId !== undefined && !template) {
    throw new HttpError(
      'invalid_body',
      `There is no map template “${templateId}”. Leave it out for a blank map, or choose one of: ${TEMPLATES.map((t) => t.id).join(', ')}.`,
    );
  }
  let map: Awaited<ReturnType<typeof createMap>>;
  if (template) {
    const { spec } = template;
    // Before createMap: its fill is synchronous, and ELK is not.
    const layout = await layoutSpec(spec);
    map = await createMap(context.store, context.secret, {
      title: parsed.data?.title?.trim() || template.name,
      description: spec.map.description,
      fill: (doc: Y.Doc) => templateToDoc(template, doc, layout),
    });
  } else {
    map = await createMap(context.store, context.secret, { title: parsed.data?.title });
  }
  const links = mapLinks(linkHost(req, context.fallbackHost), map.id, map.tokens);
  sendJson(res, 201, { id: map.id, title: map.title, createdAt: map.createdAt, links });
}

/** GET /api/maps/:id (any role's token) -> {id, title, role, createdAt}. */
export async function getMap({ res, context, map, role }: MapRequest): Promise<void> {
  const title = readTitle(map, context.rooms);
  sendJson(res, 200, { id: map.id, title, role, createdAt: map.createdAt });
}
