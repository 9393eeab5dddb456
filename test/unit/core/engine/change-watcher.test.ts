import { describe, expect, it } from 'vitest';
import { ChangeWatcher } from '../../../../electron/core/engine/change-watcher.js';
import { FakeClock } from '../../../support/fake-clock.js';

describe('ChangeWatcher', () => {
  it('reports an interface or router change within one interval, and not the first reading', async () => {
    const clock = new FakeClock();
    let interfaces = 'eth0/192.168.1.5';
    let router: string | Error = '198.51.100.1';
    const changes: string[] = [];
    const watcher = new ChangeWatcher(
      clock,
      5_000,
      [
        { trigger: 'interfaces', read: async () => interfaces },
        {
          trigger: 'router',
          read: async () => (router instanceof Error ? Promise.reject(router) : router),
        },
      ],
      (trigger) => changes.push(trigger),
    );
    watcher.start();
    await clock.advance(5_000);
    expect(changes).toEqual([]);
    interfaces = 'eth0/192.168.1.6';
    await clock.advance(5_000);
    expect(changes).toEqual(['interfaces']);
    router = new Error('no answer');
    await clock.advance(5_000);
    router = '198.51.100.2';
    await clock.advance(5_000);
    expect(changes).toEqual(['interfaces', 'router', 'router']);
    await watcher.stop();
    expect(clock.pendingTimers).toBe(0);
  });
});
