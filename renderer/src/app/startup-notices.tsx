import { useEffect, useState } from 'react';
import type { StartupNotice } from '../../../shared/settings/store-contract.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { Notice } from '../ui/notice.js';

const KIND = { info: 'info', warning: 'warning', error: 'error' } as const;

/**
 * What happened to the app's files at start (a corrupt settings file moved aside, damaged
 * history lines dropped): shown until dismissed, with where the old file now is.
 */
export function StartupNotices() {
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  useEffect(() => {
    dnsTray.app.notices().then(
      (answer) => setNotices(answer.notices),
      () => setNotices([]),
    );
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="page startup-notices">
      {notices.map((notice) => (
        <Notice key={notice.id} kind={KIND[notice.level]}>
          <p>
            {notice.file}: {notice.message}
            {notice.movedTo && <> The old file is kept as {notice.movedTo}.</>}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => setNotices(notices.filter((n) => n.id !== notice.id))}
          >
            Dismiss
          </button>
        </Notice>
      ))}
    </div>
  );
}
