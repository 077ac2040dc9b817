import type { DocumentKind } from '../../shared/documents/documentKinds.ts';

/** A document's file format as the server names it. */
export type DocumentFormat = 'docx' | 'md';

// The server's names are plain slugs in quotes; anything else falls back to a name of ours.
function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Which state of the map a document describes: as at a date, from a saved version. */
export interface DocumentSourceChoice {
  /** YYYY-MM-DD, or undefined for everything as drawn. */
  asAt?: string;
  /** A saved version's id, or undefined for the map as it is now. */
  versionId?: number;
}

/**
 * Asks the server for a document and saves it: the server writes the Word file, so the client
 * never carries the docx library. Throws with the server's message when it refuses.
 */
export async function downloadDocument(
  mapId: string,
  token: string,
  kind: DocumentKind,
  bodyId: string,
  format: DocumentFormat,
  source: DocumentSourceChoice = {},
): Promise<string> {
  const query = new URLSearchParams({ body: bodyId, format });
  if (source.asAt) query.set('asAt', source.asAt);
  if (source.versionId !== undefined) query.set('version', String(source.versionId));
  let response: Response;
  try {
    response = await fetch(
      `/api/maps/${encodeURIComponent(mapId)}/documents/${kind}?${query.toString()}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
  } catch {
    throw new Error('The Accord server cannot be reached.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: string };
    } | null;
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  }
  const fileName = fileNameOf(response.headers.get('content-disposition'), `${kind}.${format}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}
