import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/create-core.js';
import { SettingsSchema, toFieldErrors } from '../../../../shared/settings/settings-schema.js';

const app = {
  name: 'dnstray',
  productName: 'DNS Tray',
  version: '1.0.0',
  shell: 'headless',
} as const;

describe('the monitoring settings', () => {
  it('default to no heartbeat, no webhook and no token file', () => {
    expect(SettingsSchema.parse({}).monitoring).toEqual({
      heartbeat: null,
      webhooks: [],
      metrics: { tokenFile: null },
    });
  });

  it('name each bad field', () => {
    const result = SettingsSchema.safeParse({
      monitoring: {
        heartbeat: { url: 'http://hc-ping.example.net/x', style: 'pingdom' },
        webhooks: [
          { id: 'phone', url: 'https://ntfy.example.net/t', events: ['address-changed'] },
          { id: 'PHONE', url: 'ftp://x', format: 'slack', events: [] },
        ],
        metrics: { tokenFile: 'relative/token' },
      },
    });
    expect(result.success).toBe(false);
    const fields = toFieldErrors(result.error!).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'monitoring.heartbeat.url',
        'monitoring.heartbeat.style',
        'monitoring.webhooks.1.url',
        'monitoring.webhooks.1.format',
        'monitoring.webhooks.1.events',
        'monitoring.metrics.tokenFile',
      ]),
    );
  });

  it('refuse two webhooks with the same id (in any case)', () => {
    const result = SettingsSchema.safeParse({
      monitoring: {
        webhooks: [
          { id: 'phone', url: 'https://ntfy.example.net/a' },
          { id: 'PHONE', url: 'https://ntfy.example.net/b' },
        ],
      },
    });
    expect(toFieldErrors(result.error!)).toEqual([
      {
        field: 'monitoring.webhooks.1.id',
        message: 'monitoring.webhooks.1.id: Another webhook already uses this id.',
      },
    ]);
  });

  it('are refused by settings:update with the field named, and nothing changes', async () => {
    const core = createCore({ app });
    const answer = await core.handlers['settings:update']({
      patch: { monitoring: { heartbeat: { url: 'http://192.0.2.1/ping' } } },
    });
    expect(answer).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'monitoring.heartbeat.url',
          message:
            'monitoring.heartbeat.url: Use an https:// URL (plain http is allowed only for 127.0.0.1 or localhost).',
        },
      ],
    });
    expect((await core.handlers['settings:get'](undefined)).monitoring.heartbeat).toBeNull();
  });
});
