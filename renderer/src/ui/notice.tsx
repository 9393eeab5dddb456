import type { ReactNode } from 'react';

/** A message in the page: errors are announced at once, information politely. */
export function Notice({
  kind,
  children,
}: {
  kind: 'error' | 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
