import type { GovernanceSpec } from '../spec/specSchema.ts';
import type { Section } from './documentTypes.ts';
import { bold, bullets, paragraph } from './runs.ts';

/**
 * The last section of every document: the validation findings of the agreed map that name
 * the document's body or a relationship it draws on, errors first. They are open questions
 * to settle before anyone signs.
 */
export function openFindingsSection(spec: GovernanceSpec, elements: ReadonlySet<string>): Section {
  const { errors, warnings } = spec.validation;
  const affecting = [...errors, ...warnings].filter((finding) =>
    finding.elements.some((element) => elements.has(element)),
  );
  if (affecting.length === 0) {
    return {
      heading: 'Open findings',
      blocks: [paragraph('No open findings of the agreed map affect this document.')],
    };
  }
  return {
    heading: 'Open findings',
    blocks: [
      paragraph(
        'These findings of the agreed map affect this document and should be settled before it is signed:',
      ),
      bullets(
        affecting.map((finding) => [
          bold(finding.severity === 'error' ? 'Error' : 'Warning'),
          ` (${finding.rule}): ${finding.message}`,
        ]),
      ),
    ],
  };
}
