import type { BodyKind } from '../model/bodyKinds.ts';
import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

const NHS_FUNDERS: readonly BodyKind[] = ['nhs-england', 'icb', 'nhs-trust'];

/**
 * `pooled-fund-host`: a pooled fund has a host, and a section 75 fund is paid into by at least
 * one NHS body and one local authority.
 */
export function pooledFundHost(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies
    .filter((fund) => fund.kind === 'pooled-fund')
    .flatMap((fund) => {
      const findings: Finding[] = [];
      if (graph.into(fund.id, 'hosts').length === 0) {
        findings.push(
          finding(
            'pooled-fund-host',
            `${fund.name} has no host: record which body holds the fund for the partners.`,
            [fund.id],
          ),
        );
      }
      if (fund.fundType !== 's75') return findings;
      const funding = graph.into(fund.id, 'funds');
      const kinds = funding.map((link) => graph.body(link.from).kind);
      const missing = [
        kinds.some((kind) => NHS_FUNDERS.includes(kind)) ? undefined : 'NHS body',
        kinds.includes('local-authority') ? undefined : 'local authority',
      ].filter((who): who is string => who !== undefined);
      if (missing.length > 0) {
        findings.push(
          finding(
            'pooled-fund-host',
            `${fund.name} is a section 75 pooled fund, but no ${missing.join(' or ')} pays into it; a section 75 pool needs money from both the NHS and a local authority.`,
            [fund.id, ...funding.map((link) => link.id)],
          ),
        );
      }
      return findings;
    });
}
