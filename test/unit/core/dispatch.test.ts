import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';

const app = {
  name: 'dnstray',
  productName: 'DNS Tray',
  version: '1.2.3',
  shell: 'headless' as const,
};

describe('dispatch', () => {
  it('answers app:getVersion with the running version', async () => {
    const core = createCore({ app });
    await expect(dispatch(core.handlers, 'app:getVersion', undefined)).resolves.toEqual({
      ok: true,
      result: app,
    });
  });

  it('refuses an unknown channel and names it', async () => {
    const core = createCore({ app });
    const result = await dispatch(core.handlers, 'app:formatDisk', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'unknown channel "app:formatDisk"' },
    });
  });

  it('refuses a payload the schema does not allow, without calling the handler', async () => {
    const core = createCore({ app });
    let called = false;
    core.handlers['app:getVersion'] = async () => {
      called = true;
      return app;
    };
    const result = await dispatch(core.handlers, 'app:getVersion', { unexpected: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-input');
    expect(!result.ok && result.error.message).toMatch(/^request: /);
    expect(called).toBe(false);
  });

  it('reduces a failing handler to its message', async () => {
    const core = createCore({ app });
    core.handlers['app:getVersion'] = async () => {
      throw new Error('disk on fire');
    };
    await expect(dispatch(core.handlers, 'app:getVersion', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk on fire' },
    });
  });
});
