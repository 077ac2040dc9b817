import type { Finding, RuleId } from '../spec/specSchema.ts';
import { RULE_SEVERITY } from './severity.ts';

/** A finding of `rule` at the rule's severity, naming each element once, in the order given. */
export function finding(rule: RuleId, message: string, elements: readonly string[]): Finding {
  return { rule, severity: RULE_SEVERITY[rule], message, elements: distinct(elements) };
}

/** The ids once each, in order; most findings name a few elements, so no set is made for them. */
function distinct(ids: readonly string[]): string[] {
  if (ids.length > 8) return [...new Set(ids)];
  const out: string[] = [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders findings by their element ids (element by element), then by message. */
export function compareFindings(a: Finding, b: Finding): number {
  const length = Math.min(a.elements.length, b.elements.length);
  for (let index = 0; index < length; index++) {
    const order = compareText(a.elements[index] ?? '', b.elements[index] ?? '');
    if (order !== 0) return order;
  }
  return a.elements.length - b.elements.length || compareText(a.message, b.message);
}
