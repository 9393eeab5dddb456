import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileAppliedRecordStore } from '../../../../electron/core/sync/file-applied-record-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function file(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-applied-'));
  dirs.push(dir);
  return path.join(dir, 'engine-applied.json');
}

describe('the applied-records file', () => {
  it('keeps what freedns.io accepted, and a pause, across a restart', async () => {
    const where = file();
    await createFileAppliedRecordStore(where).set('h1', {
      records: { A: '198.51.100.4', MX: [{ target: 'mx.example.net', preference: 10 }] },
      lastUpdateAt: { A: 1_000 },
      paused: {
        fingerprint: 'f',
        reason: 'bad-credentials',
        serverMessage: 'Invalid username or password.',
        at: 2_000,
      },
    });
    const again = await createFileAppliedRecordStore(where).get('h1');
    expect(again?.records).toEqual({
      A: '198.51.100.4',
      MX: [{ target: 'mx.example.net', preference: 10 }],
    });
    expect(again?.paused?.reason).toBe('bad-credentials');
    expect(statSync(where).mode & 0o777).toBe(0o600);
  });

  it('knows nothing of a host it never wrote', async () => {
    expect(await createFileAppliedRecordStore(file()).get('nope')).toBeUndefined();
  });

  it('refuses a damaged file instead of resending every record', async () => {
    const where = file();
    writeFileSync(where, '{"version":1,"hosts":{"h1":{"records":');
    await expect(createFileAppliedRecordStore(where).get('h1')).rejects.toThrow(
      /is damaged; move it aside/,
    );
  });
});
