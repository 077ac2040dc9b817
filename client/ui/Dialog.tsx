import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useRef,
} from 'react';

/** What a dialog needs: a name, and what closing it means. */
export interface DialogProps {
  /** Called on Escape, on a click on the backdrop (when allowed), or by the dialog's own buttons. */
  onClose: () => void;
  /** The id of the heading that names the dialog; or give `label`. */
  labelledBy?: string;
  label?: string;
  /** The id of the text that describes it, if any. */
  describedBy?: string;
  /** Classes for the dialog box (`modal` gives the usual padded card). */
  className?: string;
  /** Whether a click outside the box closes it; off for questions that must be answered. */
  dismissOnBackdrop?: boolean;
  /** Whether Escape closes it; off only where the page cannot go on without an answer. */
  dismissible?: boolean;
  children: ReactNode;
}

/**
 * The one dialog of the app: a native `<dialog>` opened with `showModal()`, so the browser
 * makes the rest of the page inert (focus stays inside, screen readers see only the dialog)
 * and puts it in the top layer. Focus returns to what had it before when the dialog goes.
 * Escape is handled here once and goes no further, so the canvas's own Escape (stop
 * following, leave a menu) does not also fire. Render it to open it; unmount it to close.
 */
export function Dialog({
  onClose,
  labelledBy,
  label,
  describedBy,
  className,
  dismissOnBackdrop = true,
  dismissible = true,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // The browser's own close on Escape would leave React thinking the dialog is open.
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    if (dismissible) close.current();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    if (dismissible) close.current();
  };

  // A click on the backdrop lands on the <dialog> itself, outside its box.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (!dismissOnBackdrop || !dismissible || event.target !== event.currentTarget) return;
    const box = event.currentTarget.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) close.current();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={labelledBy}
      aria-label={label}
      aria-describedby={describedBy}
      onCancel={onCancel}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      {children}
    </dialog>
  );
}
