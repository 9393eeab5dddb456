import { lazy, Suspense, useEffect, useState } from 'react';
import type { AppVersion } from '../../../shared/contract/index.js';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { Notice } from '../ui/notice.js';
import { useTheme } from '../ui/use-theme.js';
import { HostsView } from './hosts-view.js';
import { SettingsView } from './settings-view.js';
import { SetupView } from './setup-view.js';
import { StartupNotices } from './startup-notices.js';
import { useCoreStatus } from './use-core-status.js';
import { useHashRoute, type Route } from './use-hash-route.js';
import { useSettingsData, type SettingsData } from './use-settings-data.js';

// Domains and Activity carry the charting library; they load when first opened, so the
// Hosts window (the one people open most) starts with less JavaScript.
const DomainsView = lazy(() =>
  import('./domains-view.js').then((m) => ({ default: m.DomainsView })),
);
const ActivityView = lazy(() =>
  import('./activity-view.js').then((m) => ({ default: m.ActivityView })),
);

const NAV: readonly { route: Route; label: string }[] = [
  { route: 'hosts', label: 'Hosts' },
  { route: 'domains', label: 'Domains' },
  { route: 'settings', label: 'Settings' },
  { route: 'activity', label: 'Activity' },
];

function useVersion(): { version: AppVersion | null; error: string | null } {
  const [version, setVersion] = useState<AppVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dnsTray.app.getVersion().then(setVersion, (e: unknown) => setError(String(e)));
  }, []);
  return { version, error };
}

/**
 * First run is decided once, from the settings as loaded: nothing configured means setup.
 * It stays on while the wizard saves the account and host, until the user finishes or skips.
 */
function useFirstRun(settings: Settings | null): { active: boolean; finish: () => void } {
  const [state, setState] = useState<'unknown' | 'needed' | 'done'>('unknown');
  useEffect(() => {
    if (state !== 'unknown' || settings === null) return;
    const empty = settings.accounts.freedns.length === 0 && settings.hosts.length === 0;
    setState(empty ? 'needed' : 'done');
  }, [settings, state]);
  return { active: state === 'needed', finish: () => setState('done') };
}

/** The window shell: brand, navigation, the version, and the page for the current route. */
export function App() {
  const { version, error } = useVersion();
  const data = useSettingsData();
  const status = useCoreStatus();
  const [route, go] = useHashRoute('hosts');
  const setup = useFirstRun(data.settings);
  useTheme(data.settings?.ui.theme ?? 'system');
  const inSetup = setup.active && route === 'hosts';
  // Each window (and browser tab) says which one it is.
  useEffect(() => {
    const name = inSetup ? 'Setup' : NAV.find((item) => item.route === route)?.label;
    document.title = name ? `${name} – DNS Tray` : 'DNS Tray';
  }, [route, inSetup]);

  return (
    <div className="shell">
      <ShellNav route={route} version={version} error={error} />
      <main id="main">
        {error && <Notice kind="error">Could not reach the app: {error}</Notice>}
        {data.error && <Notice kind="error">Could not read the settings: {data.error}</Notice>}
        <StartupNotices />
        {data.settings === null ? (
          !data.error && <Loading />
        ) : (
          <RoutedPage
            data={{ ...data, settings: data.settings }}
            status={status}
            route={route}
            go={go}
            setup={inSetup ? setup : null}
          />
        )}
      </main>
    </div>
  );
}

function Loading() {
  return (
    <p className="page muted" aria-busy="true">
      Loading…
    </p>
  );
}

function ShellNav({
  route,
  version,
  error,
}: {
  route: Route;
  version: AppVersion | null;
  error: string | null;
}) {
  return (
    <nav className="shell-nav" aria-label="Main">
      <span className="brand">DNS Tray</span>
      {NAV.map((item) => (
        <a
          key={item.route}
          href={`#/${item.route}`}
          aria-current={route === item.route ? 'page' : undefined}
        >
          {item.label}
        </a>
      ))}
      <span className="spacer" />
      {version ? (
        <span className="version muted" data-testid="version">
          Version {version.version} ({version.shell})
        </span>
      ) : (
        <span className="muted" aria-busy={!error}>
          {error ? 'Not connected' : 'Connecting…'}
        </span>
      )}
    </nav>
  );
}

/** The page for the route once the settings are read; setup first when nothing is configured. */
function RoutedPage({
  data,
  status,
  route,
  go,
  setup,
}: {
  data: SettingsData & { settings: Settings };
  status: CoreStatus | null;
  route: Route;
  go: (route: Route) => void;
  setup: { finish: () => void } | null;
}) {
  if (setup)
    return (
      <SetupView
        data={data}
        status={status}
        onDone={setup.finish}
        onSkip={() => {
          setup.finish();
          go('settings');
        }}
      />
    );
  if (route === 'hosts') return <HostsView data={data} status={status} />;
  if (route === 'settings') return <SettingsView data={data} />;
  return (
    <Suspense fallback={<Loading />}>
      {route === 'activity' ? (
        <ActivityView settings={data.settings} status={status} />
      ) : (
        <DomainsView />
      )}
    </Suspense>
  );
}
