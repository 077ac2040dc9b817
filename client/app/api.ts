/** The three links of a new map, one per role. */
export interface MapLinks {
  owner: string;
  editor: string;
  viewer: string;
}

/** A participant's role on a map, as the server grants it. */
export type Role = 'owner' | 'editor' | 'viewer';

/** What the server says about a map to a token holder. */
export interface MapInfo {
  id: string;
  title: string;
  role: Role;
  createdAt: string;
}

/** A failed request, with the server's error code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'unreachable', 'The Accord server cannot be reached.');
  }
  const body = (await response.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string } })
    | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? `The server answered ${response.status}.`,
      (body?.error as { details?: unknown } | undefined)?.details,
    );
  }
  return body as T;
}

/** Creates a map, blank or from a template, and returns its id, title and links. */
export function createMap(
  title: string,
  template?: string,
): Promise<{ id: string; title: string; links: MapLinks }> {
  return request('/api/maps', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(template ? { template } : {}),
    }),
  });
}

/** Reads a map's title and the role a token grants on it. */
export function fetchMapInfo(mapId: string, token: string): Promise<MapInfo> {
  return request(`/api/maps/${encodeURIComponent(mapId)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

/** One problem the server found in an imported spec, located by its JSON path. */
export interface SpecProblem {
  path: string;
  message: string;
}

/** Creates a map from a governance spec; a refused spec comes back as an ApiError with problems. */
export async function importSpec(
  spec: unknown,
): Promise<{ id: string; title: string; links: MapLinks }> {
  return request('/api/maps/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
}

/** A version of a map: named by its owner, or kept automatically by the server. */
export interface MapVersion {
  id: number;
  name: string;
  /** Versions from before automatic ones existed carry no kind: they are named. */
  kind?: 'named' | 'auto';
  createdAt: string;
}

function authorized(token: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } };
}

/** The map's versions, named and automatic, oldest first. */
export async function listVersions(mapId: string, token: string): Promise<MapVersion[]> {
  const body = await request<{ versions: MapVersion[] }>(
    `/api/maps/${encodeURIComponent(mapId)}/versions`,
    authorized(token),
  );
  return body.versions;
}

/** Saves the map as it is now under a name (owner only). */
export function saveVersion(mapId: string, token: string, name: string): Promise<MapVersion> {
  return request(
    `/api/maps/${encodeURIComponent(mapId)}/versions`,
    authorized(token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    }),
  );
}

/** Restores a version as new changes that everyone receives (owner only). */
export function restoreVersion(mapId: string, token: string, versionId: number): Promise<unknown> {
  return request(
    `/api/maps/${encodeURIComponent(mapId)}/versions/${versionId}/restore`,
    authorized(token, { method: 'POST' }),
  );
}

/** A version's governance spec, as text to download. */
export async function versionSpecText(
  mapId: string,
  token: string,
  versionId: number,
): Promise<string> {
  const spec = await request<unknown>(
    `/api/maps/${encodeURIComponent(mapId)}/versions/${versionId}/spec`,
    authorized(token),
  );
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/**
 * A map's links as its owner is shown them again. A link is null when it was made before
 * links could be shown again: only a new one can be shared then.
 */
export interface RoleLinks {
  owner: string | null;
  editor: string | null;
  viewer: string | null;
}

/** The roles whose link the owner can replace. */
export type RotatableRole = 'editor' | 'viewer';

/** The map's three links (owner only). */
export async function fetchMapLinks(mapId: string, token: string): Promise<RoleLinks> {
  const body = await request<{ links: RoleLinks }>(
    `/api/maps/${encodeURIComponent(mapId)}/links`,
    authorized(token),
  );
  return body.links;
}

/**
 * Replaces a role's link with a new one (owner only). The old link stops working at once and
 * everyone connected with it is disconnected.
 */
export async function rotateLink(
  mapId: string,
  token: string,
  role: RotatableRole,
): Promise<RoleLinks> {
  const body = await request<{ links: RoleLinks }>(
    `/api/maps/${encodeURIComponent(mapId)}/links/${role}/rotate`,
    authorized(token, { method: 'POST' }),
  );
  return body.links;
}

/** True when the server refused the token: the link was replaced, or never opened this map. */
export function isRefusedLink(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}
