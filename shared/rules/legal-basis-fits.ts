import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import { CONTRACT_TYPE_NAMES } from '../model/fields.ts';
import { LEGAL_BASES, type LegalBasisInfo, legalBasisProblem } from '../model/legalBasis.ts';
import { RELATIONSHIP_KIND_LABEL } from '../model/relationshipKinds.ts';
import type { Finding, SpecBody, SpecRelationship } from '../spec/specSchema.ts';
import { lowerFirst, withArticle } from '../spec/words.ts';
import { finding } from './finding.ts';
import { isJointCommittee } from './governanceKinds.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

const kindName = (kind: BodyKind) => lowerFirst(BODY_KIND_INFO[kind].label);

/** Which provider kinds each contract type is held by (docs/domain.md, "Contracts"). */
const CONTRACT_HOLDERS: Record<string, readonly BodyKind[]> = {
  iho: ['nhs-trust'],
  'multi-neighbourhood': ['neighbourhood-provider', 'nhs-trust'],
  'single-neighbourhood': ['neighbourhood-provider', 'pcn', 'gp-practice'],
  gms: ['gp-practice'],
  pms: ['gp-practice'],
  apms: ['gp-practice', 'independent-provider', 'nhs-trust', 'neighbourhood-provider'],
  'nhs-standard-contract': [
    'nhs-trust',
    'independent-provider',
    'vcse',
    'neighbourhood-provider',
    'neighbourhood-team',
    'pcn',
    'gp-practice',
  ],
};

function contractProblem(link: SpecRelationship, to: SpecBody): string | undefined {
  const type = link.contractType;
  if (!type) return undefined;
  const holders = CONTRACT_HOLDERS[type] ?? [];
  const name = CONTRACT_TYPE_NAMES[type];
  if (!holders.includes(to.kind)) {
    return `a ${name} is not held by ${withArticle(kindName(to.kind))}`;
  }
  if (type === 'iho' && to.designation !== 'integrated-health-organisation') {
    return `an ${name} is held by a trust designated an integrated health organisation, and ${to.name} is not recorded as one`;
  }
  if (
    to.kind === 'neighbourhood-provider' &&
    to.neighbourhoodScale &&
    (type === 'single-neighbourhood' || type === 'multi-neighbourhood') &&
    to.neighbourhoodScale !== type
  ) {
    return `${to.name} is recorded as a ${to.neighbourhoodScale.replace('-', ' ')} provider`;
  }
  return undefined;
}

/**
 * Functions exercised jointly under s65Z5 are exercised by a joint committee of the bodies
 * (s65Z5(2)): a committee, partnership or collaborative recorded as something else cannot take
 * them. One whose type or model is not recorded yet is not judged.
 */
function jointCommitteeProblem(
  basis: NonNullable<SpecRelationship['legalBasis']>,
  to: SpecBody,
): string | undefined {
  const info: LegalBasisInfo = LEGAL_BASES[basis];
  if (!info.jointCommittee || to.kind === 'local-authority' || isJointCommittee(to))
    return undefined;
  const recorded = to.kind === 'committee' ? to.committeeType : to.governance?.model;
  if (
    !recorded ||
    !['committee', 'place-partnership', 'provider-collaborative'].includes(to.kind)
  ) {
    return undefined;
  }
  return `functions exercised jointly go to a joint committee of the bodies (s65Z5(2)), and ${to.name} is not recorded as one`;
}

/**
 * `legal-basis-fits`: the legal basis of a delegation or of a payment into a pool is one that
 * the bodies at its two ends can use (s65Z5 only from NHS bodies, s75 between the NHS and a
 * council, s101 from a council…), and a commissioning contract's type fits its holder.
 */
export function legalBasisFits(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const findings: Finding[] = [];
  const { links } = graph;
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as SpecRelationship;
    // Most links have neither a contract nor a legal basis: nothing to look up for them.
    if (link.kind === 'commissions' ? !link.contractType : !link.legalBasis) continue;
    const from = graph.linkFrom(i);
    const to = graph.linkTo(i);
    const elements = [link.id, from.id, to.id];
    if (link.kind === 'commissions') {
      const problem = contractProblem(link, to);
      if (problem) {
        findings.push(
          finding(
            'legal-basis-fits',
            `${from.name} commissions ${to.name} under a ${CONTRACT_TYPE_NAMES[link.contractType ?? 'nhs-standard-contract']}, but ${problem}.`,
            elements,
          ),
        );
      }
      continue;
    }
    if (!link.legalBasis) continue;
    const problem =
      legalBasisProblem(link.legalBasis, link.kind, from.kind, to.kind, kindName) ??
      jointCommitteeProblem(link.legalBasis, to);
    if (!problem) continue;
    const verb = RELATIONSHIP_KIND_LABEL[link.kind];
    findings.push(
      finding(
        'legal-basis-fits',
        `${from.name} ${verb} ${to.name} under ${LEGAL_BASES[link.legalBasis].label}, but ${problem}.`,
        elements,
      ),
    );
  }
  return findings;
}
