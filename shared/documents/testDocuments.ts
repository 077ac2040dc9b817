import westYorkshireJson from '../../test/fixtures/ics-west-yorkshire.spec.json' with {
  type: 'json',
};
import { validateSpec } from '../rules/validateSpec.ts';
import { specOrThrow } from '../spec/review/testSpec.ts';
import type { GovernanceSpec } from '../spec/specSchema.ts';
import { buildDocument } from './buildDocument.ts';
import type { DocumentKind } from './documentKinds.ts';
import type { GovernanceDocument } from './documentTypes.ts';

/** A spec with its findings worked out, as the server exports it. */
export function withFindings(spec: GovernanceSpec): GovernanceSpec {
  return { ...spec, validation: validateSpec(spec) };
}

/** The West Yorkshire fixture, with its findings worked out. */
export const WEST_YORKSHIRE: GovernanceSpec = withFindings(specOrThrow(westYorkshireJson));

/** Builds a document that must build; a test fails with the reason when it does not. */
export function mustBuild(
  spec: GovernanceSpec,
  kind: DocumentKind,
  bodyId: string,
): GovernanceDocument {
  const built = buildDocument(spec, kind, bodyId);
  if (!built.ok) throw new Error(built.problem.message);
  return built.document;
}
