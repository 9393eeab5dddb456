import type { Host } from '../../../shared/records/desired-records.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';

/** Asks before a host is dropped from the settings; its records stay at freedns.io. */
export function DeleteHostDialog({
  host,
  onCancel,
  onConfirm,
}: {
  host: Host | null;
  onCancel: () => void;
  onConfirm: (host: Host) => void;
}) {
  return (
    <ConfirmDialog
      open={host !== null}
      title={`Delete ${host?.label ?? ''}?`}
      confirmLabel="Delete host"
      danger
      onCancel={onCancel}
      onConfirm={() => host && onConfirm(host)}
    >
      <p>
        DNS Tray stops keeping {host?.label}.freedns.io up to date. The records stay at freedns.io
        as they are now.
      </p>
    </ConfirmDialog>
  );
}
