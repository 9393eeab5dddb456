import { describe, expect, it } from 'vitest';
import { watchApplied, type RewriteList } from '../../../../electron/core/verify/watch-applied.js';
import { MemoryAppliedRecordStore } from '../../../fakes/memory-applied-record-store.js';

function rewrites(due: Set<string>) {
  const accepted: string[] = [];
  const list: RewriteList = {
    isDue: (hostId, type) => due.has(`${hostId}/${type}`),
    accepted: (hostId, type) => {
      accepted.push(`${hostId}/${type}`);
      due.delete(`${hostId}/${type}`);
    },
  };
  return { list, accepted };
}

describe('the applied values as the engine sees them while a record is due for a rewrite', () => {
  it('hides the drifted record, so the ordinary plan writes it again', async () => {
    const store = new MemoryAppliedRecordStore();
    await store.set('h1', {
      records: { A: '203.0.113.10', TXT: 'x' },
      lastUpdateAt: { A: 1, TXT: 1 },
    });
    const { list } = rewrites(new Set(['h1/A']));
    expect((await watchApplied(store, list).get('h1'))?.records).toEqual({ TXT: 'x' });
    expect((await store.get('h1'))?.records.A).toBe('203.0.113.10');
  });

  it('keeps the hidden value in the file when another record is written, and reports accepted writes', async () => {
    const store = new MemoryAppliedRecordStore();
    await store.set('h1', {
      records: { A: '203.0.113.10', TXT: 'x' },
      lastUpdateAt: { A: 1, TXT: 1 },
    });
    const { list, accepted } = rewrites(new Set(['h1/A']));
    const watched = watchApplied(store, list);
    await watched.set('h1', { records: { TXT: 'y' }, lastUpdateAt: { A: 1, TXT: 2 } });
    expect((await store.get('h1'))?.records).toEqual({ A: '203.0.113.10', TXT: 'y' });
    expect(accepted).toEqual(['h1/TXT']);
    await watched.set('h1', {
      records: { A: '203.0.113.10', TXT: 'y' },
      lastUpdateAt: { A: 3, TXT: 2 },
    });
    expect(accepted).toEqual(['h1/TXT', 'h1/A']);
    expect((await watched.get('h1'))?.records.A).toBe('203.0.113.10');
  });
});
