import type { Finding } from '../../../shared/spec/specSchema.ts';
import type { MapSnapshot } from '../../../shared/ydoc/readMap.ts';
import type { EdgeRecord, NodeRecord } from '../../../shared/ydoc/schema.ts';

/** How the Problems panel groups findings. */
export type ProblemGrouping = 'rule' | 'footprint';

/** Findings that share a rule, or a footprint, with what "show all on the map" selects. */
export interface ProblemGroup {
  key: string;
  title: string;
  /** The worst severity among its findings. */
  severity: Finding['severity'];
  findings: Finding[];
  /** Every element its findings name, once each. */
  elementIds: string[];
}

/** A rule's id as words: `delegation-without-holding` → "Delegation without holding". */
export function ruleTitle(rule: string): string {
  const words = rule.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where an element sits: its innermost footprint's id and name. */
export type FootprintOf = (elementId: string) => { id: string; name: string } | null;

/**
 * The innermost footprint each element sits in: a body's own, a relationship's source's, a
 * footprint's parent. Null when it is in none.
 */
export function footprintFinder(snapshot: MapSnapshot): FootprintOf {
  return footprintFinderIn(
    new Map(snapshot.nodes.map((node) => [node.id, node])),
    new Map(snapshot.edges.map((edge) => [edge.id, edge])),
  );
}

/** `footprintFinder` over records by id, as the map's store keeps them. */
export function footprintFinderIn(
  nodes: ReadonlyMap<string, NodeRecord>,
  edges: ReadonlyMap<string, EdgeRecord>,
): FootprintOf {
  return (elementId) => {
    const nodeId = edges.get(elementId)?.source ?? elementId;
    const parentId = nodes.get(nodeId)?.parentId;
    const parent = parentId ? nodes.get(parentId) : undefined;
    return parent ? { id: parent.id, name: parent.label } : null;
  };
}

/** Whether a finding matches the panel's filter (its words or its rule), ignoring case. */
export function matchesFilter(finding: Finding, filter: string): boolean {
  const wanted = filter.trim().toLowerCase();
  if (!wanted) return true;
  return (
    finding.message.toLowerCase().includes(wanted) ||
    finding.rule.includes(wanted) ||
    ruleTitle(finding.rule).toLowerCase().includes(wanted)
  );
}

/**
 * Groups findings by rule or by the footprint of the first element each names, errors first,
 * then the largest groups; each group lists its findings and every element they name.
 */
export function groupFindings(
  findings: readonly Finding[],
  by: ProblemGrouping,
  footprintOf: FootprintOf,
  filter = '',
): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup & { seen: Set<string> }>();
  for (const finding of findings) {
    if (!matchesFilter(finding, filter)) continue;
    let key: string;
    let title: string;
    if (by === 'rule') {
      key = finding.rule;
      title = ruleTitle(finding.rule);
    } else {
      const footprint = finding.elements[0] ? footprintOf(finding.elements[0]) : null;
      key = footprint?.id ?? '';
      title = footprint?.name ?? 'Not in a footprint';
    }
    let group = groups.get(key);
    if (!group) {
      group = { key, title, severity: 'warning', findings: [], elementIds: [], seen: new Set() };
      groups.set(key, group);
    }
    group.findings.push(finding);
    if (finding.severity === 'error') group.severity = 'error';
    for (const id of finding.elements) {
      if (group.seen.has(id)) continue;
      group.seen.add(id);
      group.elementIds.push(id);
    }
  }
  return [...groups.values()]
    .map(({ seen: _seen, ...group }) => group)
    .sort(
      (a, b) =>
        Number(b.severity === 'error') - Number(a.severity === 'error') ||
        b.findings.length - a.findings.length ||
        a.title.localeCompare(b.title),
    );
}
