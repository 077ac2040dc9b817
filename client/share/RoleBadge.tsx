import type { Role } from '../app/api.ts';
import './share.css';

const BADGES: Record<Role, { label: string; className: string; hint: string }> = {
  owner: {
    label: 'Facilitator',
    className: 'role-owner',
    hint: 'You run this map: you share its links, lock what is settled and restore versions.',
  },
  editor: {
    label: 'Editor',
    className: 'role-editor',
    hint: 'You can change the map with everyone else.',
  },
  viewer: {
    label: 'View only',
    className: 'view-only',
    hint: 'You can read the map but not change it.',
  },
};

/** Says which role this participant's link gives them. */
export function RoleBadge({ role }: { role: Role }) {
  const { label, className, hint } = BADGES[role];
  return (
    <span className={`badge role-badge ${className}`} title={hint} data-role={role}>
      {label}
    </span>
  );
}
