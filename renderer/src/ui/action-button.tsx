import { useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Spinner } from './spinner.js';
import { useDelayedFlag } from './use-delayed-flag.js';

type Variant = 'primary' | 'secondary' | 'danger';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The button's work is running: disabled, and progress shown after 300 ms. */
  busy: boolean;
  busyLabel?: string;
  variant: Variant;
  children: ReactNode;
}

/** A button whose work may be slow; ActionButton and a form's submit button draw with it. */
export function BusyButton({
  busy,
  busyLabel,
  variant,
  disabled,
  className,
  children,
  ...rest
}: BusyButtonProps) {
  const showProgress = useDelayedFlag(busy);
  return (
    <button
      {...rest}
      className={`button button-${variant} ${className ?? ''}`.trim()}
      disabled={disabled || busy}
      aria-busy={busy}
    >
      {showProgress && <Spinner label={busyLabel ?? 'Working'} />}
      {children}
    </button>
  );
}

interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> {
  /** The work; the button is busy (and shows progress after 300 ms) until it settles. */
  onAction: () => Promise<unknown> | unknown;
  busyLabel?: string;
  variant?: Variant;
  children: ReactNode;
}

/** A button for work that may be slow: disabled while running, progress after 300 ms. */
export function ActionButton({ onAction, variant = 'secondary', ...rest }: ActionButtonProps) {
  const [busy, setBusy] = useState(false);
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
    <BusyButton type="button" {...rest} variant={variant} busy={busy} onClick={() => void run()} />
  );
}
