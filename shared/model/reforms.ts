/** A change to the law or national policy that a map's rules depend on, and when it applies. */
export interface Reform {
  /** Plain-English name, as findings print it. */
  label: string;
  /** Where it comes from (docs/domain.md, "Reforms and the date"). */
  source: string;
  /**
   * YYYY-MM-DD from which it applies; absent while it is only a bill (or policy) with no date
   * in force, so that as at any date the law before it still applies.
   */
  from?: string;
}

/** The reforms the rules know, by id (docs/domain.md, "Reforms and the date"). */
export const REFORMS = {
  'mayors-on-icbs': {
    label: 'mayors (or their representative) sitting on integrated care boards',
    source: '10 Year Health Plan for England, 3 July 2025',
    from: '2025-07-03',
  },
  'healthwatch-abolition': {
    label: 'the abolition of Healthwatch',
    source: 'Health Bill 2026, a bill not yet in force; Dash review, July 2025',
  },
} as const satisfies Record<string, Reform>;

/** A reform's id. */
export type ReformId = keyof typeof REFORMS;

/** The reforms with their dates: the rules take one so a test can set a bill's date. */
export type ReformTable = Record<ReformId, Reform>;

/**
 * True when the reform applies on `date` (YYYY-MM-DD). Without a date (the map as drawn,
 * whenever), a reform applies once it has a date in force at all.
 */
export function reformApplies(
  id: ReformId,
  date: string | undefined,
  reforms: ReformTable = REFORMS,
): boolean {
  const from = reforms[id].from;
  if (from === undefined) return false;
  return date === undefined || from <= date;
}
