import { describe, expect, it } from 'vitest';
import { StabilityGate } from '../../../../electron/core/budget/stability-gate.js';

describe('StabilityGate', () => {
  it('counts consecutive agreeing checks and starts over when the address changes', () => {
    const gate = new StabilityGate();
    expect(gate.observe('ipv4', '198.51.100.1')).toBe(1);
    expect(gate.observe('ipv4', '198.51.100.1')).toBe(2);
    expect(gate.observe('ipv4', '198.51.100.2')).toBe(1);
    expect(gate.timesSeen('ipv4', '198.51.100.1')).toBe(0);
    expect(gate.timesSeen('ipv6', '2001:db8::1')).toBe(0);
  });
});
