import { formatDate } from './formatDate.ts';
import { AMOUNT_NOT_RECORDED, formatMaybeMoney, formatMoney } from './formatMoney.ts';
import { loopInWords } from './loopInWords.ts';
import { escapeMarkdown, markdownTable } from './markdownText.ts';
import { REVIEW_SECTIONS } from './reviewSections.ts';
import type {
  AccountabilityNode,
  Review,
  ReviewBody,
  ReviewDelegation,
  ReviewFootprint,
} from './reviewTypes.ts';

/** The review as a Markdown document: a title, the export date and the four sections. */
export function reviewToMarkdown(review: Review, title: string): string {
  const blocks = [
    `# ${escapeMarkdown(title)}`,
    `_Exported on ${formatDate(review.exportedAt)}, ${review.includes === 'all' ? 'including proposed and disputed parts' : 'agreed parts only'}._`,
    ...(review.description ? [escapeMarkdown(review.description)] : []),
    ...whoDoesWhat(review),
    ...accountability(review),
    ...money(review),
    ...delegations(review),
  ];
  return `${blocks.join('\n\n')}\n`;
}

const e = escapeMarkdown;

function whoDoesWhat({ whoDoesWhat }: Review): string[] {
  const blocks = [`## ${REVIEW_SECTIONS.whoDoesWhat}`];
  const footprint = (node: ReviewFootprint): void => {
    const where = node.path.length > 0 ? ` in ${node.path.toReversed().join(', ')}` : '';
    const people =
      node.population !== undefined ? ` · ${node.population.toLocaleString('en-GB')} people` : '';
    blocks.push(
      `### ${e(node.name)}`,
      `_${node.levelLabel}${e(where)}${people}_`,
      bodiesTable(node.bodies),
    );
    for (const child of node.children) footprint(child);
  };
  for (const root of whoDoesWhat.footprints) footprint(root);
  if (whoDoesWhat.unplaced.length > 0) {
    blocks.push('### Not in any footprint', bodiesTable(whoDoesWhat.unplaced));
  }
  return blocks;
}

function bodiesTable(bodies: readonly ReviewBody[]): string {
  if (bodies.length === 0) return '_No bodies recorded here._';
  return markdownTable(
    ['Body', 'Kind', 'Statutory', 'Functions', 'Governance'],
    bodies.map((body) => [
      body.name,
      body.kindLabel,
      body.statutory ? 'Yes' : 'No',
      body.functions.join('; '),
      body.governance ?? '',
    ]),
  );
}

function accountability({ accountability }: Review): string[] {
  const blocks = [`## ${REVIEW_SECTIONS.accountability}`];
  const lines: string[] = [];
  const item = (node: AccountabilityNode, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}- ${accountabilityLine(node)}`);
    for (const child of node.children) item(child, depth + 1);
  };
  for (const root of accountability.roots) item(root, 0);
  blocks.push(lines.length > 0 ? lines.join('\n') : '_No accountability lines are recorded._');
  if (accountability.cycles.length > 0) {
    blocks.push(
      '### Accountability loops',
      accountability.cycles.map((names) => `- ⚠ ${e(loopInWords(names))}`).join('\n'),
    );
  }
  if (accountability.unlinked.length > 0) {
    blocks.push(
      '### No accountability line recorded',
      accountability.unlinked.map((body) => `- ${e(body.name)} (${e(body.kindLabel)})`).join('\n'),
    );
  }
  return blocks;
}

/** One line of the accountability tree, with its loop marks. */
function accountabilityLine(node: AccountabilityNode): string {
  const kind = node.kindLabel ? ` (${e(node.kindLabel)})` : '';
  const mark =
    node.stop === 'loops-back'
      ? ' — ⚠ loops back: already above in this line'
      : node.stop === 'shown-above'
        ? ' — ⚠ part of a loop shown above'
        : node.inCycle
          ? ' — ⚠ in an accountability loop'
          : '';
  return `**${e(node.name)}**${kind}${mark}`;
}

function money({ money }: Review): string[] {
  const blocks = [`## ${REVIEW_SECTIONS.money}`, '### Funds flowing'];
  if (money.flows.length === 0) blocks.push('_No funding flows are recorded._');
  else {
    blocks.push(
      markdownTable(
        ['From', 'To', 'Amount'],
        money.flows.map((flow) => [flow.from, flow.to, formatMaybeMoney(flow.amountGBP)]),
      ),
      `**Total funds flowing: ${formatMoney(money.totalFlowingGBP)}**${notCounted(money.flowsNotRecorded)}`,
      '### Received by each body',
      markdownTable(
        ['Body', 'Total received'],
        money.received.map((total) => [
          total.name,
          total.recorded === 0
            ? AMOUNT_NOT_RECORDED
            : `${formatMoney(total.totalGBP)}${notCounted(total.notRecorded)}`,
        ]),
      ),
    );
  }
  blocks.push('### Pooled funds');
  if (money.pooledFunds.length === 0) blocks.push('_No pooled funds are recorded._');
  else {
    blocks.push(
      markdownTable(
        ['Fund', 'Type', 'Amount', 'Hosted by', 'Funded by'],
        money.pooledFunds.map((fund) => [
          fund.name,
          fund.fundType ?? 'type not recorded',
          formatMaybeMoney(fund.amountGBP),
          fund.hosts.join('; ') || 'no host recorded',
          fund.funders.map((f) => `${f.name} (${formatMaybeMoney(f.amountGBP)})`).join('; ') ||
            'no funders recorded',
        ]),
      ),
    );
  }
  blocks.push('### Delegated financial limits');
  if (money.delegatedLimits.length === 0)
    blocks.push('_No delegated financial limits are recorded._');
  else {
    blocks.push(
      markdownTable(
        ['From', 'To', 'Function', 'Limit'],
        money.delegatedLimits.map((d) => [
          d.from,
          d.to,
          functionOf(d),
          formatMaybeMoney(d.limitGBP),
        ]),
      ),
      `**Total delegated limits: ${formatMoney(money.totalDelegatedLimitsGBP)}**`,
    );
  }
  return blocks;
}

function delegations({ delegations }: Review): string[] {
  const blocks = [`## ${REVIEW_SECTIONS.delegations}`];
  if (delegations.length === 0) blocks.push('_No delegations are recorded._');
  for (const group of delegations) {
    blocks.push(
      `### ${e(group.from)}`,
      markdownTable(
        ['Delegates to', 'Function', 'Legal basis', 'Limit'],
        group.delegations.map((d) => [
          d.to,
          functionOf(d),
          d.legalBasis ?? 'not recorded',
          formatMaybeMoney(d.limitGBP),
        ]),
      ),
    );
  }
  return blocks;
}

function functionOf(delegation: ReviewDelegation): string {
  return delegation.function ?? 'function not recorded';
}

function notCounted(count: number): string {
  if (count === 0) return '';
  return ` (${count} ${count === 1 ? 'flow has its' : 'flows have their'} ${AMOUNT_NOT_RECORDED}, not counted)`;
}
