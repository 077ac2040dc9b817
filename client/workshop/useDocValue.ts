import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A value read from the doc, re-read whenever any of the given shared types (or anything
 * inside them) changes.
 */
export function useDocValue<T>(
  doc: Y.Doc,
  // biome-ignore lint/suspicious/noExplicitAny: any shared type may be watched
  types: (doc: Y.Doc) => ReadonlyArray<Y.AbstractType<any>>,
  read: (doc: Y.Doc) => T,
): T {
  const [value, setValue] = useState(() => read(doc));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `types` and `read` are fixed per call site; re-subscribing on every render would be wasteful
  useEffect(() => {
    const watched = types(doc);
    const update = () => setValue(read(doc));
    for (const type of watched) type.observeDeep(update);
    update();
    return () => {
      for (const type of watched) type.unobserveDeep(update);
    };
  }, [doc]);
  return value;
}
