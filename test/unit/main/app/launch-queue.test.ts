import { describe, expect, it } from 'vitest';
import { windowForActivate } from '../../../../electron/main/app/launch-args.js';
import { LaunchQueue } from '../../../../electron/main/app/launch-queue.js';

describe('launches during startup', () => {
  it('are kept until the windows can open, then opened in order', () => {
    const queue = new LaunchQueue<string>();
    queue.push('settings');
    queue.push('hosts');
    expect(queue.pending).toBe(2);
    const opened: string[] = [];
    queue.attach((kind) => opened.push(kind));
    expect(opened).toEqual(['settings', 'hosts']);
    queue.push('activity');
    expect(opened).toEqual(['settings', 'hosts', 'activity']);
    expect(queue.pending).toBe(0);
  });
});

describe('macOS activate', () => {
  it('opens Hosts once started, and leaves the first launch to the start-up decision', () => {
    expect(windowForActivate(true)).toBe('hosts');
    expect(windowForActivate(false)).toBeNull();
  });
});
