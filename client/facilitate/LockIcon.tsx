import { SvgIcon } from '../icons/SvgIcon.tsx';

/** A padlock; open when `open`. */
export function LockIcon({ open = false, size = 12 }: { open?: boolean; size?: number }) {
  return (
    <SvgIcon size={size} className="lock-icon">
      <path
        d={open ? 'M5 7V4.5a3 3 0 0 1 5.8-1' : 'M5 7V4.5a3 3 0 0 1 6 0V7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
      <rect x="2.5" y="7" width="11" height="8" rx="1.6" fill="currentColor" />
    </SvgIcon>
  );
}
