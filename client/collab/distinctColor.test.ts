import { describe, expect, it } from 'vitest';
import { distinctColor } from './distinctColor.ts';
import { PARTICIPANT_COLORS } from './identity.ts';
import type { Peer } from './presence.ts';

function peer(clientId: number, color: string, isSelf = false): Peer {
  return {
    clientId,
    isSelf,
    user: { id: `p${clientId}`, name: `P${clientId}`, color, role: 'editor' },
    cursor: null,
    selection: [],
    dragging: {},
    viewport: null,
    facilitator: null,
  };
}

describe('distinctColor', () => {
  it('keeps my colour when nobody earlier has it', () => {
    const me = peer(5, '#d5281b', true);
    expect(distinctColor([me, peer(9, '#d5281b')], me)).toBe('#d5281b');
  });

  it('picks the first unused colour when an earlier participant has mine', () => {
    const me = peer(5, PARTICIPANT_COLORS[0] ?? '', true);
    const others = [peer(1, PARTICIPANT_COLORS[0] ?? ''), peer(2, PARTICIPANT_COLORS[1] ?? '')];
    expect(distinctColor([me, ...others], me)).toBe(PARTICIPANT_COLORS[2]);
  });
});
