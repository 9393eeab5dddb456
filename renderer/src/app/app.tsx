import { useEffect, useState } from 'react';
import type { AppVersion } from '../../../shared/contract/index.js';
import { dnsTray } from '../bridge/dns-tray.js';

export function App() {
  const [version, setVersion] = useState<AppVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastBeat, setLastBeat] = useState<string | null>(null);

  useEffect(() => {
    dnsTray.app.getVersion().then(setVersion, (e: unknown) => setError(String(e)));
    return dnsTray.on('app:heartbeat', (payload) => setLastBeat(payload.at));
  }, []);

  return (
    <main className="app">
      <header className="app-header">
        <h1>DNS Tray</h1>
        {version ? (
          <p className="version" data-testid="version">
            Version {version.version} ({version.shell})
          </p>
        ) : error ? (
          <p role="alert">Could not reach the app: {error}</p>
        ) : (
          <p aria-busy="true">Connecting…</p>
        )}
      </header>
      {lastBeat && <p className="muted">Core alive at {new Date(lastBeat).toLocaleTimeString()}</p>}
    </main>
  );
}
