import { describe, expect, it } from 'vitest';
import type { Detection } from '../../../../electron/core/public-ip/detect-address.js';
import { planHost } from '../../../../electron/core/sync/plan-host.js';
import type { Host } from '../../../../shared/records/desired-records.js';

const known = (address: string): Detection => ({
  family: 'ipv4',
  state: 'known',
  address,
  agreedBy: ['a', 'b'],
  answers: [],
});
const host = (records: Host['records']): Host => ({
  id: 'h1',
  accountId: 'acc',
  label: 'home',
  records,
  enabled: true,
});
const sends = (items: ReturnType<typeof planHost>) =>
  items
    .filter((item) => item.kind === 'send')
    .map((item) => item.kind === 'send' && item.operation);

describe('planHost', () => {
  it('sends nothing when every record matches what was applied', () => {
    const items = planHost(
      host([
        { type: 'A', mode: 'follow' },
        { type: 'TXT', value: 'v=spf1 -all' },
        { type: 'MX', entries: [{ target: 'mx.example.net', preference: 10 }] },
      ]),
      { ipv4: known('198.51.100.7') },
      { A: '198.51.100.7', TXT: 'v=spf1 -all', MX: [{ target: 'mx.example.net', preference: 10 }] },
    );
    expect(items.map((item) => item.kind)).toEqual(['matched', 'matched', 'matched']);
  });

  it('sets a following A record to the agreed address, marked as following IPv4', () => {
    const items = planHost(
      host([{ type: 'A', mode: 'follow' }]),
      { ipv4: known('198.51.100.8') },
      { A: '198.51.100.7' },
    );
    expect(items[0]).toMatchObject({
      kind: 'send',
      follows: 'ipv4',
      operation: { op: 'set-address', host: 'home', type: 'A', value: '198.51.100.8' },
    });
  });

  it.each([
    [
      { family: 'ipv4', state: 'unknown', reason: 'sources disagree', answers: [] } as Detection,
      'IPv4 address unknown (sources disagree); nothing is written',
    ],
    [
      { family: 'ipv4', state: 'absent', detail: 'no route', answers: [] } as Detection,
      'no IPv4 connectivity; the record is left as it is',
    ],
    [undefined, 'IPv4 is not being checked'],
  ])('writes nothing for a following record when the address is %j', (detection, reason) => {
    const items = planHost(
      host([{ type: 'A', mode: 'follow' }]),
      detection ? { ipv4: detection } : {},
      { A: '198.51.100.7' },
    );
    expect(items).toEqual([{ kind: 'waiting', record: 'A', reason }]);
  });

  it('turns an MX change into replace, delete and add, in that order', () => {
    const items = planHost(
      host([
        {
          type: 'MX',
          entries: [
            { target: 'mx1.example.net', preference: 5 },
            { target: 'mx3.example.net', preference: 20 },
            { target: 'mx4.example.net', preference: 30 },
          ],
        },
      ]),
      {},
      {
        MX: [
          { target: 'mx1.example.net', preference: 10 },
          { target: 'mx2.example.net', preference: 10 },
        ],
      },
    );
    expect(sends(items)).toEqual([
      {
        op: 'replace-mx',
        host: 'home',
        oldTarget: 'mx1.example.net',
        target: 'mx1.example.net',
        preference: 5,
      },
      {
        op: 'replace-mx',
        host: 'home',
        oldTarget: 'mx2.example.net',
        target: 'mx3.example.net',
        preference: 20,
      },
      { op: 'add-mx', host: 'home', target: 'mx4.example.net', preference: 30 },
    ]);
  });

  it('deletes records the user removed', () => {
    const items = planHost(
      host([]),
      {},
      { TXT: 'old', MX: [{ target: 'mx.example.net', preference: 10 }] },
    );
    expect(sends(items)).toEqual([
      { op: 'delete-record', host: 'home', type: 'TXT' },
      { op: 'delete-mx', host: 'home', target: 'mx.example.net' },
    ]);
  });
});
