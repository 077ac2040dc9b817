import { subjectAt } from '../rules/subjectAt.ts';
import { validateSpec } from '../rules/validateSpec.ts';
import type { GovernanceSpec } from '../spec/specSchema.ts';

/**
 * A spec as it stands on `date` (YYYY-MM-DD, docs/domain.md, "Time"): the bodies and
 * relationships in force that day, and the rules' findings as at that day, so a document of
 * a merger map describes one side of the date.
 */
export function specAsAt(spec: GovernanceSpec, date: string): GovernanceSpec {
  const { bodies, relationships } = subjectAt(spec, date);
  return { ...spec, bodies, relationships, validation: validateSpec(spec, { asAt: date }) };
}
