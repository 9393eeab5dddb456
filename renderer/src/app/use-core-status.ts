import { useEffect, useState } from 'react';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { dnsTray } from '../bridge/dns-tray.js';

/** The engine's status, read once and then kept fresh by status:changed. */
export function useCoreStatus(): CoreStatus | null {
  const [status, setStatus] = useState<CoreStatus | null>(null);
  useEffect(() => {
    let live = true;
    const unsubscribe = dnsTray.on('status:changed', (next) => setStatus(next));
    dnsTray.status.get().then(
      (next) => live && setStatus((current) => current ?? next),
      () => undefined,
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return status;
}
