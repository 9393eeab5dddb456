import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type FormEvent,
  type ReactNode,
} from 'react';
import { BusyButton } from '../ui/action-button.js';
import type { FieldErrors } from './form-check.js';

const FormBusy = createContext(false);

interface DomainFormProps {
  /** The work of the submit button (or Enter in a field); the form is busy until it settles. */
  onSubmit: () => Promise<unknown> | unknown;
  /** The fields' messages: each time a refusal sets them, the first invalid field has the focus. */
  errors: FieldErrors;
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A Domains form: Enter in one of its fields submits it, as the submit button does, and the
 * submit button is busy while the work runs, and a refused submit puts the focus on the first
 * invalid field. The fields' own messages replace the browser's.
 */
export function DomainForm({ onSubmit, errors, children, ...rest }: DomainFormProps) {
  const [busy, setBusy] = useState(false);
  const form = useFocusOnRefusal(errors);
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
    <form ref={form} noValidate {...rest} onSubmit={(event) => void submit(event)}>
      <FormBusy.Provider value={busy}>{children}</FormBusy.Provider>
    </form>
  );
}

/** Moves the focus to the first invalid field once the form's messages are shown. */
function useFocusOnRefusal(errors: FieldErrors) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}

interface SubmitButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  busyLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children: ReactNode;
}

/** The form's submit button: disabled while the form's work runs, progress after 300 ms. */
export function SubmitButton({ variant = 'primary', ...rest }: SubmitButtonProps) {
  return <BusyButton {...rest} type="submit" variant={variant} busy={useContext(FormBusy)} />;
}
