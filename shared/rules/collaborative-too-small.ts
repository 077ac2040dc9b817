import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/**
 * `collaborative-too-small`: a provider collaborative at scale has at least two NHS trusts as
 * members. A collaborative at place may join one trust with councils, practices and VCSEs
 * (docs/domain.md, "Provider collaboratives").
 */
export function collaborativeTooSmall(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies
    .filter((body) => body.kind === 'provider-collaborative' && body.scale === 'at-scale')
    .flatMap((collaborative) => {
      const links = graph
        .into(collaborative.id, 'member-of')
        .filter((link) => graph.body(link.from).kind === 'nhs-trust');
      const trusts = [...new Set(links.map((link) => link.from))];
      if (trusts.length >= 2) return [];
      const has =
        trusts.length === 0
          ? 'has no NHS trust as a member'
          : `has only one NHS trust as a member (${graph.body(trusts[0] ?? '').name})`;
      return [
        finding(
          'collaborative-too-small',
          `${collaborative.name} ${has}; a provider collaborative at scale needs at least two NHS trusts.`,
          [collaborative.id, ...trusts, ...links.map((link) => link.id)],
        ),
      ];
    });
}
