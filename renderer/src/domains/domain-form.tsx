import {
  createContext,
  useContext,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type FormEvent,
  type ReactNode,
} from 'react';
import { Spinner } from '../ui/spinner.js';
import { useDelayedFlag } from '../ui/use-delayed-flag.js';

const FormBusy = createContext(false);

interface DomainFormProps {
  /** The work of the submit button (or Enter in a field); the form is busy until it settles. */
  onSubmit: () => Promise<unknown> | unknown;
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A Domains form: Enter in one of its fields submits it, as the submit button does, and the
 * submit button is busy while the work runs. The fields' own messages replace the browser's.
 */
export function DomainForm({ onSubmit, children, ...rest }: DomainFormProps) {
  const [busy, setBusy] = useState(false);
  // A second submit before React re-renders the button disabled must not run the work twice.
  const running = useRef(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await onSubmit();
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return (
    <form noValidate {...rest} onSubmit={(event) => void submit(event)}>
      <FormBusy.Provider value={busy}>{children}</FormBusy.Provider>
    </form>
  );
}

interface SubmitButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  busyLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children: ReactNode;
}

/** The form's submit button: disabled while the form's work runs, progress after 300 ms. */
export function SubmitButton({
  busyLabel,
  variant = 'primary',
  disabled,
  children,
  ...rest
}: SubmitButtonProps) {
  const busy = useContext(FormBusy);
  const showProgress = useDelayedFlag(busy);
  return (
    <button
      {...rest}
      type="submit"
      className={`button button-${variant}`}
      disabled={disabled || busy}
      aria-busy={busy}
    >
      {showProgress && <Spinner label={busyLabel ?? 'Working'} />}
      {children}
    </button>
  );
}
