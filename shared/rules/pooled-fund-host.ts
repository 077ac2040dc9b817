import type { BodyKind } from '../model/bodyKinds.ts';
import type { Finding, SpecBody } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import type { SubjectGraph } from './subjectGraph.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { listInWords } from './words.ts';

const NHS_FUNDERS: readonly BodyKind[] = ['nhs-england', 'icb', 'nhs-trust'];

function hostFindings(graph: SubjectGraph, fund: SpecBody): Finding[] {
  const hosts = graph.into(fund.id, 'hosts');
  if (hosts.length === 0) {
    return [
      finding(
        'pooled-fund-host',
        `${fund.name} has no host: record which partner holds the fund for the others.`,
        [fund.id],
      ),
    ];
  }
  const payers = new Set(graph.into(fund.id, 'funds').map((link) => link.from));
  return hosts
    .filter((link) => !payers.has(link.from))
    .map((link) => {
      const host = graph.body(link.from);
      return finding(
        'pooled-fund-host',
        `${host.name} hosts ${fund.name} but does not pay into it: the host of a pooled fund is one of the partners paying in.`,
        [fund.id, host.id, link.id],
      );
    });
}

/**
 * `pooled-fund-host`: a pooled fund has a host, which is one of the partners paying in; a
 * section 75 fund is paid into by an NHS body and a local authority and records its pool
 * manager and risk share; a Better Care Fund pool's plan is approved by a health and wellbeing
 * board (docs/domain.md, "Pooled funds").
 */
export function pooledFundHost(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies
    .filter((fund) => fund.kind === 'pooled-fund')
    .flatMap((fund) => {
      const findings = hostFindings(graph, fund);
      if (fund.betterCareFund && graph.into(fund.id, 'approves').length === 0) {
        findings.push(
          finding(
            'pooled-fund-host',
            `${fund.name} is the Better Care Fund pool, but no health and wellbeing board approves its plan.`,
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
      const unrecorded = [
        fund.poolManager ? undefined : 'pool manager',
        fund.riskShare ? undefined : 'risk share',
      ].filter((what): what is string => what !== undefined);
      if (unrecorded.length > 0) {
        findings.push(
          finding(
            'pooled-fund-host',
            `${fund.name} is a section 75 pooled fund, but its ${listInWords(unrecorded)} ${unrecorded.length > 1 ? 'are' : 'is'} not recorded; a section 75 agreement names both.`,
            [fund.id],
          ),
        );
      }
      return findings;
    });
}
