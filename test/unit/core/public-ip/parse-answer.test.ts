import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../../electron/core/public-ip/parse-answer.js';

describe('parseAnswer', () => {
  it.each([
    ['plain', '198.51.100.7\n', '198.51.100.7'],
    ['json', '{"ip":"198.51.100.7"}', '198.51.100.7'],
    ['trace', 'fl=1\nh=x\nip=2001:db8::7\nts=1\n', '2001:db8::7'],
  ] as const)('reads one address from a %s answer', (format, body, text) => {
    expect(parseAnswer(format, body)).toEqual({ ok: true, text });
  });

  it.each([
    ['plain', '', 'answered an empty body'],
    [
      'plain',
      '198.51.100.7 198.51.100.8',
      'answered more than one word; expected exactly one address',
    ],
    ['json', '<html>502</html>', 'answered something that is not JSON'],
    ['json', '[1]', 'answered JSON that is not an object'],
    ['json', '{"address":"198.51.100.7"}', 'answered JSON without a text field "ip"'],
    ['trace', 'fl=1\nh=x\n', 'answered a trace without an ip= line'],
    ['trace', 'ip=198.51.100.7\nip=198.51.100.8\n', 'answered several ip= lines'],
  ] as const)('refuses a %s answer %j and says why', (format, body, problem) => {
    expect(parseAnswer(format, body)).toEqual({ ok: false, problem });
  });

  it('reads the configured JSON field', () => {
    expect(parseAnswer('json', '{"address":"198.51.100.7"}', 'address')).toEqual({
      ok: true,
      text: '198.51.100.7',
    });
  });
});
