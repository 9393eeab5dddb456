import Conf from 'conf';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ElectronStore from 'electron-store';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { openConfBacking } from '../../../../electron/core/store/open-settings.js';
import type { SettingsBacking } from '../../../../electron/core/store/settings-store.js';

describe('settings backing', () => {
  it('is satisfied by electron-store (checked by the type checker) and by conf', () => {
    // electron-store cannot load outside Electron, so only its type is checked here.
    expectTypeOf<ElectronStore<Record<string, unknown>>>().toExtend<SettingsBacking>();
    expectTypeOf<Conf<Record<string, unknown>>>().toExtend<SettingsBacking>();
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-backing-'));
    try {
      const backing = openConfBacking(folder);
      expect(backing.path).toBe(path.join(folder, 'config.json'));
      backing.store = { ui: { theme: 'dark' } };
      expect(new Conf({ cwd: folder, configName: 'config' }).store).toEqual({
        ui: { theme: 'dark' },
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
