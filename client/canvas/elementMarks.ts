import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type RemoteSelector, SHOW_ALL, type ViewFilter } from './toFlow.ts';

/**
 * What the canvas marks on elements besides their own fields: the validator's flags, who
 * else has each selected, and the view's filter (which fades some). Each body reads its own
 * marks by selector, so a change re-renders the bodies whose marks changed, not every one.
 */
export interface ElementMarks {
  /** The worst problem the validator finds with each flagged element. */
  flags: ReadonlyMap<string, 'error' | 'warning'>;
  /** Others who have each element selected. */
  selectors: ReadonlyMap<string, readonly RemoteSelector[]>;
  filter: ViewFilter;
}

const NONE = new Map<string, never>();

/** A canvas's marks, set by the canvas from its props and presence. */
export function createElementMarks(): StoreApi<ElementMarks> {
  return createStore<ElementMarks>(() => ({ flags: NONE, selectors: NONE, filter: SHOW_ALL }));
}

/** The marks of the canvas this component is drawn in. */
export const ElementMarksContext = createContext<StoreApi<ElementMarks>>(createElementMarks());

/** A slice of the canvas's marks; select one element's, not an object built here. */
export function useElementMarks<T>(selector: (marks: ElementMarks) => T): T {
  return useStore(useContext(ElementMarksContext), selector);
}

const NO_SELECTORS: readonly RemoteSelector[] = [];

/** The others who have this element selected. */
export function useRemoteSelectors(id: string): readonly RemoteSelector[] {
  return useElementMarks((marks) => marks.selectors.get(id) ?? NO_SELECTORS);
}

/**
 * The worst problem the validator finds with this element, if any, while `shown` (a card
 * zoomed out reads none: the far canvas paints it, and new findings then draw no card).
 */
export function useFlag(id: string, shown = true): 'error' | 'warning' | undefined {
  return useElementMarks((marks) => (shown ? marks.flags.get(id) : undefined));
}
