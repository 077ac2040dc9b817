import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { listInWords } from './words.ts';

/** `decision-body-governance`: a body taking delegated decisions records its terms of reference, chair and quorum. */
export function decisionBodyGovernance(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const findings: Finding[] = [];
  for (const body of subject.bodies) {
    const delegations = graph.into(body.id, 'delegates');
    if (delegations.length === 0) continue;
    const governance = body.governance ?? {};
    const missing = [
      governance.termsOfReference ? undefined : 'terms of reference',
      governance.chair ? undefined : 'chair',
      governance.quorum ? undefined : 'quorum',
    ].filter((what): what is string => what !== undefined);
    if (missing.length === 0) continue;
    const verb = missing.length === 1 && missing[0] !== 'terms of reference' ? 'is' : 'are';
    findings.push(
      finding(
        'decision-body-governance',
        `${body.name} receives delegated decisions but its ${listInWords(missing)} ${verb} not recorded.`,
        [body.id, ...delegations.map((link) => link.id)],
      ),
    );
  }
  return findings;
}
