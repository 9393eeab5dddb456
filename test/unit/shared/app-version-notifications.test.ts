import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core.js';
import { AppVersionSchema } from '../../../shared/contract/channels.js';

const app = {
  name: 'dnstray',
  productName: 'DNS Tray',
  version: '1.0.0',
  shell: 'electron' as const,
};

describe('app:getVersion says whether notifications can be shown', () => {
  it('carries what the Electron shell found, and the headless shell may leave it out', async () => {
    const blocked = { shown: false, reason: 'not signed' };
    const core = createCore({ app: { ...app, notifications: blocked } });
    const answer = await core.handlers['app:getVersion'](undefined);
    expect(AppVersionSchema.parse(answer).notifications).toEqual(blocked);
    expect(AppVersionSchema.parse({ ...app, shell: 'headless' }).notifications).toBeUndefined();
  });

  it('refuses a malformed answer, naming the field', () => {
    const parsed = AppVersionSchema.safeParse({
      ...app,
      notifications: { shown: 'no', reason: null },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['notifications', 'shown']);
  });
});
