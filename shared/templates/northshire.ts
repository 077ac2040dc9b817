import type { SpecBody, SpecFootprint } from '../spec/specSchema.ts';
import { body, footprint } from './template.ts';

// Every template is drawn in Northshire, one made-up system, so that templates differ only in
// how they are run, not in where.

/** The id of Northshire's system footprint. */
export const NORTHSHIRE = 'fp-system-northshire';

/** The id of the Northshire ICB. */
export const NORTHSHIRE_ICB = 'icb-northshire';

/** Northshire's system footprint, inside `region` when given. */
export function northshireFootprint(region?: string): SpecFootprint {
  return footprint(NORTHSHIRE, 'Northshire', 'system', region);
}

/** The Northshire ICB, in Northshire, with the fields given. */
export function northshireIcb(fields: Parameters<typeof body>[3] = {}): SpecBody {
  return body(NORTHSHIRE_ICB, 'icb', 'NHS Northshire Integrated Care Board', {
    footprint: NORTHSHIRE,
    ...fields,
  });
}
