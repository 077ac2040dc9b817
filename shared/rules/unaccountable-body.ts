import type { Finding, SpecBody } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/** `unaccountable-body`: every non-statutory body answers, through a chain, to a statutory one. */
export function unaccountableBody(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const answers = graph.reachers(
    'accountable-to',
    subject.bodies.filter((body) => body.statutory),
  );
  const findings: Finding[] = [];
  const { bodies } = subject;
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i] as SpecBody;
    if (body.statutory || answers(body.id)) continue;
    findings.push(
      finding(
        'unaccountable-body',
        `${body.name} is not accountable to any statutory body, directly or through others, so no organisation answers in law for what it does.`,
        [body.id],
      ),
    );
  }
  return findings;
}
