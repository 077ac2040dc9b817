/** What a token lets its holder do on one map. */
export type Role = 'owner' | 'editor' | 'viewer';

/** Every role, most powerful first. */
export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];

/** True when the role may change the map's document. */
export function canEdit(role: Role): boolean {
  switch (role) {
    case 'owner':
    case 'editor':
      return true;
    case 'viewer':
      return false;
    default: {
      const unknownRole: never = role;
      throw new Error(`unknown role ${String(unknownRole)}`);
    }
  }
}
