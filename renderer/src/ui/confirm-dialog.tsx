import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** When set, the user must type this text (e.g. the domain name) before confirming. */
  typeToConfirm?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: it traps focus, Escape cancels, and the
 * safe choice (Cancel) has the initial focus.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, typeToConfirm, onCancel } = props;
  const [typed, setTyped] = useState('');
  const ref = useModal(open, () => setTyped(''));
  // Several dialogs can share a page, so each title needs its own id.
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => (event.preventDefault(), onCancel())}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      {typeToConfirm !== undefined && (
        <TypeToConfirmField expected={typeToConfirm} typed={typed} onType={setTyped} />
      )}
      <ConfirmDialogActions
        {...props}
        ready={typeToConfirm === undefined || typed === typeToConfirm}
      />
    </dialog>
  );
}

/** Opens the <dialog> as a modal when `open` turns true (calling `onOpen`), closes it after. */
function useModal(open: boolean, onOpen: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      onOpen();
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

function TypeToConfirmField(props: {
  expected: string;
  typed: string;
  onType: (text: string) => void;
}) {
  return (
    <label className="field">
      Type <strong>{props.expected}</strong> to confirm
      <input
        value={props.typed}
        onChange={(event) => props.onType(event.target.value)}
        autoComplete="off"
      />
    </label>
  );
}

function ConfirmDialogActions(props: ConfirmDialogProps & { ready: boolean }) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button button-secondary" onClick={props.onCancel} autoFocus>
        Cancel
      </button>
      <button
        type="button"
        className={`button ${props.danger ? 'button-danger' : 'button-primary'}`}
        disabled={!props.ready}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </button>
    </div>
  );
}
