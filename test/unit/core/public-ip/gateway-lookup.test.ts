import { describe, expect, it } from 'vitest';
import { gatewayLookupFailure } from '../../../../electron/core/public-ip/router-wan-reader.js';

describe('looking up the default gateway for NAT-PMP', () => {
  it('win32 without wmic: switched off for good, with a reason a person can act on', () => {
    const missing = Object.assign(new Error('spawn wmic ENOENT'), { code: 'ENOENT' });
    expect(gatewayLookupFailure(missing, 'win32')).toEqual({
      permanent: true,
      reason:
        'NAT-PMP is off: the default gateway cannot be looked up, wmic (removed from newer Windows 11) is not available',
    });
  });

  it('linux without the tool it runs: also for good', () => {
    expect(gatewayLookupFailure(new Error('spawn ip ENOENT'), 'linux').permanent).toBe(true);
  });

  it('a passing failure (no route yet) is asked again later', () => {
    expect(gatewayLookupFailure(new Error('Unable to determine default gateway'), 'win32')).toEqual(
      {
        permanent: false,
        reason: 'NAT-PMP: Unable to determine default gateway',
      },
    );
  });
});
