import { z } from 'zod';
import type { InvalidElement, MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { edgeRecordSchema, nodeRecordSchema } from '../../shared/ydoc/schema.ts';
import { ApiError } from '../app/api.ts';

const invalidElementSchema = z.object({
  id: z.string(),
  collection: z.enum(['nodes', 'edges']),
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});

// What the server sends is checked like the doc is: a newer or older server cannot crash the canvas.
const snapshotSchema = z.object({
  title: z.string(),
  description: z.string().optional(),
  nodes: z.array(nodeRecordSchema),
  edges: z.array(edgeRecordSchema),
  invalid: z.array(invalidElementSchema).catch([]),
  fieldProblems: z.array(invalidElementSchema).catch([]),
});

/** A saved version of the map as plain, validated records (GET …/versions/:v/snapshot). */
export async function fetchVersionSnapshot(
  mapId: string,
  token: string,
  versionId: number,
): Promise<MapSnapshot> {
  let response: Response;
  try {
    response = await fetch(
      `/api/maps/${encodeURIComponent(mapId)}/versions/${versionId}/snapshot`,
      { headers: { authorization: `Bearer ${token}` } },
    );
  } catch {
    throw new ApiError(0, 'unreachable', 'The Accord server cannot be reached.');
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? `The server answered ${response.status}.`,
    );
  }
  const parsed = snapshotSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'bad_snapshot',
      'The server sent a version this page cannot read.',
    );
  }
  const { invalid, fieldProblems, ...rest } = parsed.data;
  return {
    ...rest,
    invalid: invalid as InvalidElement[],
    fieldProblems: fieldProblems as InvalidElement[],
  };
}
