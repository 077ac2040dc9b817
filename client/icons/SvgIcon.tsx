import type { ReactNode } from 'react';

/**
 * A small drawn icon on a 16×16 grid, hidden from screen readers (the button or badge it sits
 * in says what it means). Drawn, not emoji: emoji fonts are missing on some workshop laptops
 * and projectors.
 */
export function SvgIcon({
  size,
  className,
  children,
}: {
  size: number;
  className: string;
  children: ReactNode;
}) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
