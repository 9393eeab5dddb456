import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messageOf, toFieldErrorMap } from '../../../../shared/validators/field-errors.js';

describe('messages for forms', () => {
  it("shows a failed call's message without the core's request path", () => {
    const refused = new Error('request.nameservers: Enter at least 2 nameservers.');
    expect(messageOf(refused)).toBe('Enter at least 2 nameservers.');
    expect(messageOf(new Error('schedule.pollSeconds: too short'))).toBe(
      'schedule.pollSeconds: too short',
    );
    expect(messageOf('the app is not running')).toBe('the app is not running');
  });

  it('keys each problem by its field path and keeps only the first message of each', () => {
    const schema = z.object({
      schedule: z.object({ pollSeconds: z.number().min(60, 'At least 60 seconds.').int('Whole.') }),
    });
    const parsed = schema.safeParse({ schedule: { pollSeconds: 1.5 } });
    expect(parsed.success).toBe(false);
    expect(toFieldErrorMap(parsed.error!, 'engine')).toEqual({
      'engine.schedule.pollSeconds': 'At least 60 seconds.',
    });
  });
});
