import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A value read from the doc, re-read whenever any of the given shared types (or anything
 * inside them) changes. With `isEqual`, a re-read equal to the value held keeps the value
 * held, so components that depend on it do not render again for nothing.
 */
export function useDocValue<T>(
  doc: Y.Doc,
  // biome-ignore lint/suspicious/noExplicitAny: any shared type may be watched
  types: (doc: Y.Doc) => ReadonlyArray<Y.AbstractType<any>>,
  read: (doc: Y.Doc) => T,
  isEqual?: (a: T, b: T) => boolean,
): T {
  const [value, setValue] = useState(() => read(doc));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `types`, `read` and `isEqual` are fixed per call site; re-subscribing on every render would be wasteful
  useEffect(() => {
    const watched = types(doc);
    const update = () => {
      const next = read(doc);
      setValue((held) => (isEqual?.(held, next) ? held : next));
    };
    for (const type of watched) type.observeDeep(update);
    update();
    return () => {
      for (const type of watched) type.unobserveDeep(update);
    };
  }, [doc]);
  return value;
}
