import type { CoreStatus } from '../../../shared/engine/core-status.js';
import type { CoreEvents } from '../core-events.js';
import type { Clock } from '../ports.js';
import type { EngineHandlers } from '../engine/engine-handlers.js';
import type { EngineConfigSource } from '../engine/engine-config.js';
import type { HistoryStore } from '../store/history-store.js';
import type { AppliedRecordStore } from '../sync/sync-ports.js';
import { DnsVerifier } from './dns-verifier.js';
import { systemDns, type SystemDns } from './find-nameservers.js';
import { watchApplied } from './watch-applied.js';

export interface Verification {
  verifier: DnsVerifier;
  /** The applied-values store to give the engine: it hides records due for a rewrite. */
  applied: AppliedRecordStore;
  systemDns: SystemDns;
  decorate(status: CoreStatus): CoreStatus;
  /** status:get and friends carry the verification; the source doctor adds the nameservers. */
  wrapHandlers(handlers: EngineHandlers): EngineHandlers;
  settingsChanged(): void;
}

/** Everything DNS checking adds to a core, in one place, so create-core stays a list of parts. */
export function createVerification(deps: {
  clock: Clock;
  random?: () => number;
  config: EngineConfigSource;
  applied: AppliedRecordStore;
  system?: SystemDns;
  history: Pick<HistoryStore, 'append'>;
  events: CoreEvents;
  requestSync(): void;
  publish(): void;
}): Verification {
  const system = deps.system ?? systemDns;
  const verifier: DnsVerifier = new DnsVerifier({
    clock: deps.clock,
    random: deps.random,
    config: deps.config,
    applied: deps.applied,
    system,
    requestSync: deps.requestSync,
    onChange: deps.publish,
    onNotice(notice) {
      // Drift still reaches the windows through the event when the history cannot be written.
      deps.history
        .append({
          kind: 'notice',
          level: 'warning',
          message: `${notice.hostname} ${notice.record}: ${notice.message}`,
        })
        .catch(() => undefined);
      deps.events.emit('dns:drift', { ...notice, at: new Date(deps.clock.now()).toISOString() });
    },
  });
  const decorate = (status: CoreStatus): CoreStatus => verifier.decorate(status);
  return {
    verifier,
    applied: watchApplied(deps.applied, verifier),
    systemDns: system,
    decorate,
    settingsChanged: () => void verifier.checkNow(),
    wrapHandlers: (handlers) => ({
      ...handlers,
      'status:get': async (request) => decorate(await handlers['status:get'](request)),
      'sync:pause': async (request) => decorate(await handlers['sync:pause'](request)),
      'sync:resume': async (request) => decorate(await handlers['sync:resume'](request)),
      'ip:checkSources': async (request) => {
        const check = await handlers['ip:checkSources'](request);
        await verifier.checkNow();
        return { ...check, nameservers: verifier.lastAnswers() };
      },
    }),
  };
}
