import { slugify } from '../../export/fileName.ts';

/** The download name of a map's review: "west-yorkshire-ics.review.md". */
export function reviewFileName(title: string): string {
  return `${slugify(title)}.review.md`;
}
