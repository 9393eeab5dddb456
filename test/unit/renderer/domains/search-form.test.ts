import { describe, expect, it } from 'vitest';
import { RegisterRequestSchema } from '../../../../shared/contract/domain-channels.js';
import { DnsTrayError } from '../../../../shared/contract/errors.js';
import {
  checkForm,
  fieldErrorOf,
  messageOf,
  splitList,
} from '../../../../renderer/src/domains/form-check.js';
import { expandNames } from '../../../../renderer/src/domains/search-names.js';

describe('names to search', () => {
  it('tries a bare name with every chosen ending and keeps full names as they are', () => {
    expect(expandNames('Shop, demo.ml\nshop', ['tk', 'com'])).toEqual([
      'shop.tk',
      'shop.com',
      'demo.ml',
    ]);
  });

  it('splits on spaces, commas, semicolons and lines, dropping empties', () => {
    expect(splitList(' a,,b ;c\n\n d ')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('form checks', () => {
  it('names each bad field once, with the shared validator’s sentence', () => {
    const checked = checkForm(RegisterRequestSchema, {
      domain: 'bad_name.tk',
      type: 'FREE',
      period: '2Y',
      idShield: false,
      nameservers: ['ns1.example.net'],
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        domain: 'Use letters, digits and hyphens only, not starting or ending with a hyphen.',
        period: 'A free domain takes a period of 1M to 12M (months).',
        nameservers: 'Enter at least 2 nameservers.',
        ownerId: 'Choose an owner contact, or turn on ID Shield.',
      },
    });
  });

  it('maps a refusal at the boundary back onto the form field, without the "request." prefix', () => {
    const error = new DnsTrayError({
      code: 'invalid-input',
      field: 'request.nameservers',
      message: 'request.nameservers: Enter at least 2 nameservers.',
    });
    expect(fieldErrorOf(error)).toEqual({ nameservers: 'Enter at least 2 nameservers.' });
    expect(
      fieldErrorOf(new DnsTrayError({ code: 'failed', message: 'Freenom said: Invalid authcode' })),
    ).toBeNull();
    expect(messageOf(new Error('Freenom said: Invalid authcode'))).toBe(
      'Freenom said: Invalid authcode',
    );
  });
});
