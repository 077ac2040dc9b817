/** A socket that can speak for a participant. */
export interface ParticipantHolder {
  readonly isOpen: boolean;
  participant: { id: string; name: string } | undefined;
}

/** The longest participant id and name a presence may carry (as comments store them). */
const MAX_ID_LENGTH = 64;
const MAX_NAME_LENGTH = 100;

/**
 * Which open socket speaks for each participant id (the id a browser keeps in its storage
 * and shows in its presence). Ballots are keyed by it and comments carry it as author, so
 * one participant id is bound to one open socket at a time: a second socket that announces
 * the same id while the first is open is not bound, and may neither vote nor comment as it.
 */
export class Participants {
  private readonly holders = new Map<string, ParticipantHolder>();

  /**
   * Binds a participant to the socket whose presence announced it; returns false if another
   * open socket already speaks for that id (or the presence does not name one properly).
   */
  bind(holder: ParticipantHolder, user: unknown): boolean {
    if (user === null || typeof user !== 'object') return false;
    const { id, name } = user as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return false;
    if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return false;
    const current = this.holders.get(id);
    if (current && current !== holder && current.isOpen) return false;
    const previous = holder.participant?.id;
    if (previous !== undefined && previous !== id && this.holders.get(previous) === holder) {
      this.holders.delete(previous);
    }
    this.holders.set(id, holder);
    holder.participant = { id, name };
    return true;
  }

  /** Forgets a socket that closed: its participant id is free for the next socket. */
  release(holder: ParticipantHolder): void {
    const id = holder.participant?.id;
    if (id !== undefined && this.holders.get(id) === holder) this.holders.delete(id);
  }
}
