import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SpecFindings } from '../../shared/spec/buildSpec.ts';
import type { Finding } from '../../shared/spec/specSchema.ts';

/** An element's worst finding. */
export type Flag = 'error' | 'warning';

/** The validator's findings on everything drawn, and each element's worst severity. */
export interface FindingsState {
  errors: Finding[];
  warnings: Finding[];
  /** Elements with a finding; the same object until an element's flag changes. */
  flags: ReadonlyMap<string, Flag>;
}

/** The findings of the open map, taken in as the rules worker answers. */
export interface FindingsStore extends StoreApi<FindingsState> {
  /** Takes in a check's findings; findings that did not change notify no one. */
  take: (findings: SpecFindings) => void;
}

/** Each element's worst severity among these findings. */
export function flagsOf(findings: SpecFindings): Map<string, Flag> {
  const flags = new Map<string, Flag>();
  for (const finding of findings.warnings)
    for (const id of finding.elements) flags.set(id, 'warning');
  for (const finding of findings.errors) for (const id of finding.elements) flags.set(id, 'error');
  return flags;
}

function sameFlags(a: ReadonlyMap<string, Flag>, b: ReadonlyMap<string, Flag>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, flag] of a) if (b.get(id) !== flag) return false;
  return true;
}

/**
 * A store of findings that keeps what did not change: the same lists while the worker's
 * answer keeps them (client/rules/findingsDelta.ts), and the same flags while no element's
 * worst severity changed, so a change that fixes a warning's wording redraws no body.
 */
export function createFindingsStore(): FindingsStore {
  const store = createStore<FindingsState>(() => ({ errors: [], warnings: [], flags: new Map() }));
  const take = (findings: SpecFindings) => {
    const now = store.getState();
    if (findings.errors === now.errors && findings.warnings === now.warnings) return;
    const flags = flagsOf(findings);
    store.setState({
      errors: findings.errors,
      warnings: findings.warnings,
      flags: sameFlags(flags, now.flags) ? now.flags : flags,
    });
  };
  return Object.assign(store, { take });
}

/** The open map's findings, provided by the workspace. */
export const FindingsContext = createContext<FindingsStore | null>(null);

/** A slice of the open map's findings; re-renders only when the slice changes (`Object.is`). */
export function useFindingsState<T>(selector: (state: FindingsState) => T): T {
  const store = useContext(FindingsContext);
  if (!store) throw new Error('useFindingsState needs a FindingsContext provider');
  return useStore(store, selector);
}
