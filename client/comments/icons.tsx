import { SvgIcon } from '../icons/SvgIcon.tsx';

/** A speech bubble, for comments. */
export function CommentIcon({ size = 14 }: { size?: number }) {
  return (
    <SvgIcon size={size} className="icon">
      <path
        d="M2.5 2.5h11a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.5 3v-3h-1a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </SvgIcon>
  );
}

/** A map pin, for notes pinned to the canvas. */
export function PinIcon({ size = 14 }: { size?: number }) {
  return (
    <SvgIcon size={size} className="icon">
      <path
        d="M8 15s5-4.6 5-8.5A5 5 0 0 0 3 6.5C3 10.4 8 15 8 15z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
      <circle cx="8" cy="6.5" r="1.8" fill="currentColor" />
    </SvgIcon>
  );
}
