import { SvgIcon } from '../icons/SvgIcon.tsx';

/** A ballot with a tick: opening a vote. */
export function VoteIcon({ size = 12 }: { size?: number }) {
  return (
    <SvgIcon size={size} className="vote-icon">
      <rect
        x="1.5"
        y="1.5"
        width="13"
        height="13"
        rx="2.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <path
        d="M4.5 8.2l2.3 2.3 4.7-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.9"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </SvgIcon>
  );
}
