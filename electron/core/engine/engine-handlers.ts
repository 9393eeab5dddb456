import type { ChannelRequest, ChannelResponse } from '../../../shared/contract/index.js';
import type { ENGINE_CHANNEL_NAMES } from '../../../shared/contract/engine-names.js';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import type { Clock } from '../ports.js';
import type { IpFollower } from './ip-follower.js';

export type EngineChannel = (typeof ENGINE_CHANNEL_NAMES)[number];
export type EngineHandlers = {
  [K in EngineChannel]: (request: ChannelRequest<K>) => Promise<ChannelResponse<K>>;
};

export const NOT_RUNNING: CoreStatus = {
  overall: 'paused',
  summary: 'The follow-the-IP engine is not running in this shell.',
  families: [],
  hosts: [],
  nextCheckAt: null,
  pausedUntil: null,
  requestsInLastHour: 0,
  hourlyRequestBudget: 0,
};

/** The engine's channels; a shell that runs no engine still answers them, plainly. */
export function createEngineHandlers(follower: IpFollower | null, clock: Clock): EngineHandlers {
  const status = (): CoreStatus => follower?.status() ?? NOT_RUNNING;
  return {
    'status:get': async () => status(),
    'sync:updateNow': async (request) => {
      if (!follower) return { started: false };
      if (request?.hostId) await follower.resumeHost(request.hostId);
      else follower.updateNow();
      return { started: true };
    },
    'sync:pause': async (request) => {
      follower?.pause(
        request.minutes === undefined ? null : clock.now() + request.minutes * 60_000,
      );
      return status();
    },
    'sync:resume': async (request) => {
      if (request?.hostId) await follower?.resumeHost(request.hostId);
      else follower?.resume();
      return status();
    },
    'ip:checkSources': async () => {
      if (!follower) throw new Error('The follow-the-IP engine is not running in this shell.');
      return follower.checkSources();
    },
  };
}
