import type { Finding } from '../spec/specSchema.ts';
import type { RuleSubject } from './types.ts';

/** Findings split by severity, as validateSpec returns them. */
interface Found {
  errors: Finding[];
  warnings: Finding[];
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The last validation one caller ran, to answer the next at once when the rules would see
 * nothing new: the same footprints, bodies and relationships (the very same objects, in the same
 * order) as at the same date. The findings worker keeps one: many edits it is sent (a body
 * dragged or resized, a relationship's bend) leave every spec element as it was (SpecCache
 * keeps their identity). Elements are taken as values, so an element changed in place is not
 * noticed: only a caller that never changes its elements keeps a memo.
 */
export class ValidationMemo {
  private last:
    | { subject: Required<Omit<RuleSubject, 'asAt'>>; asAt?: string; found: Found }
    | undefined;

  /** The findings of the last validation, when it was of these same elements on this date. */
  recall(subject: RuleSubject, asAt: string | undefined): Found | undefined {
    const last = this.last;
    if (
      !last ||
      last.asAt !== asAt ||
      !sameItems(last.subject.bodies, subject.bodies) ||
      !sameItems(last.subject.relationships, subject.relationships) ||
      !sameItems(last.subject.footprints, subject.footprints)
    )
      return undefined;
    return { errors: [...last.found.errors], warnings: [...last.found.warnings] };
  }

  /** Keeps a validation's findings with copies of the lists it ran on. */
  remember(subject: RuleSubject, asAt: string | undefined, found: Found): void {
    this.last = {
      subject: {
        footprints: [...subject.footprints],
        bodies: [...subject.bodies],
        relationships: [...subject.relationships],
      },
      ...(asAt !== undefined ? { asAt } : {}),
      found: { errors: [...found.errors], warnings: [...found.warnings] },
    };
  }
}
