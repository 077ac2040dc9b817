import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { isCommitteeLike } from './governanceKinds.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';
import { listInWords } from './words.ts';

/**
 * `no-non-executive`: a committee that takes decisions delegated by statutory bodies has at
 * least one non-executive member.
 */
export function noNonExecutive(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies.filter(isCommitteeLike).flatMap((committee) => {
    const delegations = graph
      .into(committee.id, 'delegates')
      .filter((link) => graph.body(link.from).statutory);
    if (delegations.length === 0) return [];
    if ((committee.governance?.nonExecutiveMembers ?? 0) >= 1) return [];
    const delegators = [...new Set(delegations.map((link) => graph.body(link.from).name))];
    return [
      finding(
        'no-non-executive',
        `${committee.name} takes decisions delegated by ${listInWords(delegators)} but has no non-executive member recorded; a decision-making committee of statutory bodies should have at least one.`,
        [committee.id, ...delegations.map((link) => link.id)],
      ),
    ];
  });
}
