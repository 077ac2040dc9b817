import { useLayoutEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { createElementMarks, type ElementMarks } from '../elementMarks.ts';

/**
 * The canvas's store of marks (elementMarks.ts), kept to what it is given: the store stays
 * the same object, so the context holding it never changes and each element re-renders only
 * when its own mark does.
 */
export function useElementMarksStore(
  flags: ElementMarks['flags'],
  selectors: ElementMarks['selectors'],
  filter: ElementMarks['filter'],
): StoreApi<ElementMarks> {
  const [marks] = useState(createElementMarks);
  useLayoutEffect(
    () => marks.setState({ flags, selectors, filter }),
    [marks, flags, selectors, filter],
  );
  return marks;
}
