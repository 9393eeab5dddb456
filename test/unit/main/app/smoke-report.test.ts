import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SMOKE_TIMEOUT_MS,
  parseSmokeTestArgs,
  smokeExitCode,
  smokeReportLine,
  type SmokeObservations,
} from '../../../../electron/main/app/smoke-report.js';

const all: SmokeObservations = {
  version: '0.1.0',
  platform: 'linux',
  tray: true,
  hostsWindow: true,
  statusOverall: 'ok',
  error: null,
  elapsedMs: 812,
};

describe('--smoke-test arguments', () => {
  it('is off unless asked for', () => {
    expect(parseSmokeTestArgs(['dnstray'])).toEqual({
      enabled: false,
      timeoutMs: DEFAULT_SMOKE_TIMEOUT_MS,
    });
  });
  it('takes a timeout, and ignores a bad one', () => {
    expect(parseSmokeTestArgs(['--smoke-test', '--smoke-timeout=5000'])).toEqual({
      enabled: true,
      timeoutMs: 5000,
    });
    for (const bad of ['--smoke-timeout=abc', '--smoke-timeout=-1', '--smoke-timeout=1e9']) {
      expect(parseSmokeTestArgs(['--smoke-test', bad]).timeoutMs).toBe(DEFAULT_SMOKE_TIMEOUT_MS);
    }
  });
});

describe('the smoke report', () => {
  it('passes with exit 0 when the tray, Hosts and status:get all happened', () => {
    const line = smokeReportLine(all);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      smokeTest: 'passed',
      version: '0.1.0',
      platform: 'linux',
      tray: true,
      hostsWindow: true,
      statusOverall: 'ok',
      elapsedMs: 812,
    });
    expect(smokeExitCode(all)).toBe(0);
  });

  it.each([
    ['no tray', { tray: false }, 'the tray was not created'],
    ['no Hosts window', { hostsWindow: false }, 'the Hosts window did not open'],
    ['no IPC answer', { statusOverall: null }, 'status:get got no answer over IPC'],
    ['a timeout', { error: 'timed out after 30000 ms' }, 'timed out after 30000 ms'],
  ])('fails with exit 1 and says why on %s', (_name, missing, reason) => {
    const seen = { ...all, ...missing };
    expect(JSON.parse(smokeReportLine(seen))).toMatchObject({ smokeTest: 'failed', reason });
    expect(smokeExitCode(seen)).toBe(1);
  });
});
