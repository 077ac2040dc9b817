import type { RuleSubject } from './types.ts';

/** True when an element with these dates is in force on `date` (all YYYY-MM-DD; both ends inclusive). */
export function inForce(element: { validFrom?: string; validTo?: string }, date: string): boolean {
  return (
    (element.validFrom === undefined || element.validFrom <= date) &&
    (element.validTo === undefined || date <= element.validTo)
  );
}

/**
 * The structure as it stands on `date` (docs/domain.md, "Time"): the bodies in force then
 * (`validFrom` ≤ date ≤ `validTo`, either left open), and the relationships in force whose two
 * ends are too: a relationship lapses with the body at either end. Footprints are areas and
 * stay. A map of a merger is thus valid on each side of the date.
 */
export function subjectAt(subject: RuleSubject, date: string): RuleSubject {
  const bodies = subject.bodies.filter((body) => inForce(body, date));
  const ids = new Set(bodies.map((body) => body.id));
  const known = new Set(subject.bodies.map((body) => body.id));
  return {
    asAt: date,
    footprints: subject.footprints,
    bodies,
    // A relationship to something that is not a body at all stays, for dangling-relationship.
    relationships: subject.relationships.filter(
      (link) =>
        inForce(link, date) &&
        (ids.has(link.from) || !known.has(link.from)) &&
        (ids.has(link.to) || !known.has(link.to)),
    ),
  };
}
