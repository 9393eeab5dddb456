import type {
  HostProjection,
  StatusProjection,
} from '../../../../shared/engine/status-projection.js';

export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

export function host(overrides: Partial<HostProjection> = {}): HostProjection {
  return {
    name: 'home.example.com',
    state: 'up-to-date',
    updatesLeft: 2,
    updatesPerDay: 2,
    ...overrides,
  };
}

export function view(overrides: Partial<StatusProjection> = {}): StatusProjection {
  return {
    ipv4: { kind: 'known', address: '203.0.113.7' },
    ipv6: { kind: 'known', address: '2001:db8::7' },
    busy: false,
    pause: { kind: 'running' },
    nextCheckAt: NOW + 45_000,
    lastCheckAt: NOW - 120_000,
    hosts: [host()],
    ...overrides,
  };
}
