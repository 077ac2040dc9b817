import type { TestServer } from './startServer.ts';

/** A JSON answer of the REST API. */
export interface ApiAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are probed field by field
  json: Record<string, any>;
}

/** Calls the REST API as the holder of `token` (null: without one), sending `body` as JSON. */
export async function api(
  server: Pick<TestServer, 'url'>,
  path: string,
  token: string | null,
  init: { method?: string; body?: unknown } = {},
): Promise<ApiAnswer> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      'Content-Type': 'application/json',
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, json: (await response.json()) as ApiAnswer['json'] };
}
