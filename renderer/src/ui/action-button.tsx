import { useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Spinner } from './spinner.js';
import { useDelayedFlag } from './use-delayed-flag.js';

interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> {
  /** The work; the button is busy (and shows progress after 300 ms) until it settles. */
  onAction: () => Promise<unknown> | unknown;
  busyLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children: ReactNode;
}

/** A button for work that may be slow: disabled while running, progress after 300 ms. */
export function ActionButton({
  onAction,
  busyLabel,
  variant = 'secondary',
  children,
  disabled,
  ...rest
}: ActionButtonProps) {
  const [busy, setBusy] = useState(false);
  const showProgress = useDelayedFlag(busy);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onAction();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      {...rest}
      className={`button button-${variant} ${rest.className ?? ''}`.trim()}
      disabled={disabled || busy}
      aria-busy={busy}
      onClick={() => void run()}
    >
      {showProgress && <Spinner label={busyLabel ?? 'Working'} />}
      {children}
    </button>
  );
}
