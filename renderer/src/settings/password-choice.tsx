import type { UnencryptedChoice } from '../../../shared/settings/store-contract.js';
import { ActionButton } from '../ui/action-button.js';
import { Notice } from '../ui/notice.js';

/**
 * Asked only when the system offers no encryption for secrets: the user decides between keeping
 * the password in memory for this run or not storing it. There is no silent plaintext option.
 */
export function PasswordChoice({
  message,
  onChoose,
}: {
  message: string;
  onChoose: (choice: UnencryptedChoice) => Promise<unknown>;
}) {
  return (
    <Notice kind="warning">
      <p>{message}</p>
      <div className="row">
        <ActionButton onAction={() => onChoose('keep-for-this-run')}>
          Keep it until DNS Tray quits
        </ActionButton>
        <ActionButton onAction={() => onChoose('do-not-store')}>Do not store it</ActionButton>
      </div>
    </Notice>
  );
}
