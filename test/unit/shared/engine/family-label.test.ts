import { describe, expect, it } from 'vitest';
import { familyLabel, familyOfRecord } from '../../../../shared/engine/family-label.js';

describe('family names', () => {
  it('names each family as people read it, and the family each address record holds', () => {
    expect([familyLabel('ipv4'), familyLabel('ipv6')]).toEqual(['IPv4', 'IPv6']);
    expect([familyOfRecord('A'), familyOfRecord('AAAA')]).toEqual(['ipv4', 'ipv6']);
  });
});
