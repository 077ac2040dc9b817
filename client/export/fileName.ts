/** The formats the map can be exported as: an image or a printable page. */
export type ExportFormat = 'png' | 'svg' | 'pdf';

const MAX_SLUG_LENGTH = 80;

/**
 * A file-name-safe form of a title: lower case ASCII words joined by hyphens, accents
 * folded ("Café" → "cafe"), so the file saves the same on every system.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug === '' ? 'map' : slug;
}

/** The download name of an exported map image. */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${slugify(title)}.${format}`;
}
