import type { Block, Run } from './documentTypes.ts';

/** A part of a sentence: words, a ready run, or `undefined` for what the map does not say. */
export type Part = string | Run | undefined;

/** The placeholder run: the map does not say this yet. */
export const toBeAgreed: Run = { kind: 'placeholder' };

/** Words in bold. */
export function bold(text: string): Run {
  return { kind: 'text', text, bold: true };
}

/** Runs from parts: strings become text, `undefined` becomes "[to be agreed]". */
export function runs(...parts: Part[]): Run[] {
  return parts.map((part) =>
    part === undefined
      ? toBeAgreed
      : typeof part === 'string'
        ? { kind: 'text', text: part }
        : part,
  );
}

/** A numbered clause. */
export function clause(...parts: Part[]): Block {
  return { kind: 'clause', runs: runs(...parts) };
}

/** An un-numbered paragraph. */
export function paragraph(...parts: Part[]): Block {
  return { kind: 'paragraph', runs: runs(...parts) };
}

/** A second-level heading inside a section. */
export function subheading(text: string): Block {
  return { kind: 'subheading', text };
}

/** A bulleted list; each item is its parts. */
export function bullets(items: readonly Part[][]): Block {
  return { kind: 'bullets', items: items.map((item) => runs(...item)) };
}

/** A table with a header row; each cell is one part (`undefined` is "[to be agreed]"). */
export function table(header: readonly string[], rows: readonly Part[][]): Block {
  return {
    kind: 'table',
    header: [...header],
    rows: rows.map((row) => row.map((cell) => runs(cell))),
  };
}

/**
 * A clause that states one of the map's free-text values after a label ("Quorum: Five
 * members."), so the value reads right however it was written; unset is "[to be agreed]".
 */
export function labelled(label: string, value: string | undefined): Block {
  const text = said(value)?.replace(/[.;:]+$/, '');
  return clause(`${label}: `, text, '.');
}

/** A value that may be unset but never blank: blank text counts as unsaid. */
export function said(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** The plain text of runs, with placeholders as "[to be agreed]". */
export function plainText(parts: readonly Run[]): string {
  return parts.map((run) => (run.kind === 'text' ? run.text : '[to be agreed]')).join('');
}
