/**
 * Turns a data URL (base64 or percent-encoded, as html-to-image and our SVG composer make
 * them) into a Blob, so large images download through an object URL instead of a very
 * long link, which some browsers refuse.
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0) throw new Error('Not a data URL.');
  const header = dataUrl.slice(5, comma);
  const body = dataUrl.slice(comma + 1);
  const [type = 'application/octet-stream', ...params] = header.split(';');
  if (params.includes('base64')) {
    const binary = atob(body);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type });
  }
  return new Blob([decodeURIComponent(body)], { type });
}
