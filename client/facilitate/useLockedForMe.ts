import { useWorkshop } from '../workshop/WorkshopContext.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * The elements this participant may not change: every locked element, unless they are the
 * facilitator (the owner), who may change anything.
 */
export function useLockedForMe(): ReadonlySet<string> {
  const { session, locked } = useWorkshop();
  return session?.role === 'owner' ? NONE : locked;
}
