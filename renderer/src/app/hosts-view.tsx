import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { DEFAULT_ECHO_SOURCES } from '../../../shared/engine/default-echo-sources.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { EchoSourcesContext } from '../hosts/address-from-field.js';
import { HostsPage, type HostsActions } from '../hosts/hosts-page.js';
import { createSettingsWriter } from './settings-actions.js';
import { describeEngine, summarizeAddresses, toHostStatusViews } from './status-mappers.js';
import type { SettingsData } from './use-settings-data.js';

/** Asks the engine to update now; says why when it cannot (e.g. no engine in this shell). */
export async function requestUpdate(hostId: string | undefined, status: CoreStatus | null) {
  const { started } = await dnsTray.sync.updateNow(hostId === undefined ? {} : { hostId });
  if (!started)
    throw new Error(`The update did not start. ${status?.summary ?? 'The engine is not running.'}`);
}

/** The Hosts window wired to the app: settings for what hosts hold, status for where they are. */
export function HostsView({ data, status }: { data: SettingsData; status: CoreStatus | null }) {
  const settings = data.settings!;
  const writer = createSettingsWriter(data.accept, data.reload);
  const accounts = settings.accounts.freedns;
  const actions: HostsActions = {
    saveHost: async (host) => void (await writer.saveHost(settings, host)),
    deleteHost: async (hostId) => void (await writer.deleteHost(settings, hostId)),
    updateNow: (hostId) => requestUpdate(hostId, status),
  };
  const echoSources = (settings.engine.sources ?? DEFAULT_ECHO_SOURCES).filter((s) => s.enabled);
  return (
    <EchoSourcesContext.Provider value={echoSources}>
      <HostsPage
        hosts={settings.hosts}
        accounts={accounts}
        statuses={toHostStatusViews(settings.hosts, accounts, status)}
        addressSummary={summarizeAddresses(status)}
        engineSummary={describeEngine(status)}
        working={status?.overall === 'working'}
        familiesOn={{
          ipv4: settings.engine.families.includes('ipv4'),
          ipv6: settings.engine.families.includes('ipv6'),
        }}
        actions={actions}
      />
    </EchoSourcesContext.Provider>
  );
}
