import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import { catalogueFunction, FUNCTION_CATALOGUE } from '../model/functionCatalogue.ts';
import { REFORMS, type ReformTable, reformApplies } from '../model/reforms.ts';
import type { Finding, SpecBody } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { Rule, RuleSubject } from './types.ts';
import { listInWords } from './words.ts';

/** Council tiers that are a mayor's (or a would-be mayor's) strategic authority. */
const STRATEGIC_TIERS: ReadonlySet<string> = new Set([
  'combined-authority',
  'mayoral-strategic-authority',
  'foundation-strategic-authority',
]);

/** How findings name the holders of a moving function. */
const HOLDERS_IN_WORDS: Partial<Record<BodyKind, string>> = {
  healthwatch: 'local Healthwatch',
  'local-authority': 'councils',
  icb: 'ICBs',
};

function kindsInWords(kinds: readonly BodyKind[]): string {
  return listInWords(kinds.map((kind) => HOLDERS_IN_WORDS[kind] ?? BODY_KIND_INFO[kind].label));
}

/** A council on an ICB board: a mayor's strategic authority, and only since mayors sit there. */
function icbSeats(subject: RuleSubject, reforms: ReformTable): Finding[] {
  const graph = subjectGraph(subject);
  const findings: Finding[] = [];
  for (const link of graph.ofKind('member-of')) {
    const council = graph.body(link.from);
    const icb = graph.body(link.to);
    if (icb.kind !== 'icb' || council.kind !== 'local-authority') continue;
    const elements = [link.id, council.id, icb.id];
    if (!STRATEGIC_TIERS.has(council.tier ?? '')) {
      findings.push(
        finding(
          'reform-in-force',
          `${council.name} is drawn as a member of ${icb.name}, but only a mayor's combined or strategic authority sits on an ICB board; a council's seat is the partner member it nominates (draw “nominates”), or record its tier if it is a strategic authority.`,
          elements,
        ),
      );
      continue;
    }
    const date = subject.asAt ?? link.validFrom;
    if (date !== undefined && !reformApplies('mayors-on-icbs', date, reforms)) {
      const reform = reforms['mayors-on-icbs'];
      findings.push(
        finding(
          'reform-in-force',
          `${council.name} sits on ${icb.name} on ${date}, before ${reform.label} (${reform.source}): check the ICB's constitution gave the mayor a seat then.`,
          elements,
        ),
      );
    }
  }
  return findings;
}

/** A function a reform moves, held by a body that may not hold it on the date. */
function movedFunctions(subject: RuleSubject, reforms: ReformTable): Finding[] {
  const findings: Finding[] = [];
  for (const body of subject.bodies) {
    if (!body.functions) continue;
    for (const name of body.functions) {
      const id = catalogueFunction(name);
      const entry = id && FUNCTION_CATALOGUE[id];
      if (!entry || !('holders' in entry)) continue;
      const { reform: reformId, before, after } = entry.holders;
      const applies = reformApplies(reformId, subject.asAt, reforms);
      const allowed: readonly BodyKind[] = applies ? after : before;
      if (allowed.includes(body.kind)) continue;
      findings.push(movedFunction(body, entry.label, reforms[reformId], applies, before, after));
    }
  }
  return findings;
}

function movedFunction(
  body: SpecBody,
  label: string,
  reform: ReformTable[keyof ReformTable],
  applies: boolean,
  before: readonly BodyKind[],
  after: readonly BodyKind[],
): Finding {
  const fn = `“${label}”`;
  const when = `${reform.label} (${reform.source})`;
  const message = applies
    ? `${body.name} holds ${fn}, but since ${when} it is held by ${kindsInWords(after)}.`
    : after.includes(body.kind)
      ? `${body.name} holds ${fn} before it moves to ${kindsInWords(after)}, which needs ${when}; until then ${kindsInWords(before)} hold it.`
      : `${body.name} holds ${fn}, which ${kindsInWords(before)} hold (and, with ${when}, ${kindsInWords(after)}).`;
  return finding('reform-in-force', message, [body.id]);
}

/** A body a reform abolishes, still in force on the date. */
function abolishedBodies(subject: RuleSubject, reforms: ReformTable): Finding[] {
  if (!reformApplies('healthwatch-abolition', subject.asAt, reforms)) return [];
  const reform = reforms['healthwatch-abolition'];
  return subject.bodies
    .filter((body) => body.kind === 'healthwatch')
    .map((body) =>
      finding(
        'reform-in-force',
        `${body.name} is abolished with ${reform.label} (${reform.source}): give it a “valid to” date and draw it succeeded by the ICB and the council that take over its functions.`,
        [body.id],
      ),
    );
}

/**
 * `reform-in-force` with a given table of reforms (a test sets a bill's date): what a map draws
 * that depends on a reform, checked against the date it is validated as at (docs/domain.md,
 * "Reforms and the date"). A council on an ICB board must be a mayor's strategic authority and
 * sit there no earlier than the 10 Year Health Plan; Healthwatch's functions are held by local
 * Healthwatch and its council until the Health Bill's abolition applies, then by ICBs (health)
 * and councils (social care); a Healthwatch still drawn after that is flagged.
 */
export function reformInForceWith(reforms: ReformTable): Rule {
  return (subject) => [
    ...icbSeats(subject, reforms),
    ...movedFunctions(subject, reforms),
    ...abolishedBodies(subject, reforms),
  ];
}

/** `reform-in-force` with the reforms as they stand (shared/model/reforms.ts). */
export const reformInForce: Rule = reformInForceWith(REFORMS);
