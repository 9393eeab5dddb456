import { describe, expect, it } from 'vitest';
import { parseHeadlessArgs } from '../../../electron/headless/args.js';

describe('headless command line', () => {
  it('takes a config folder and a port', () => {
    expect(
      parseHeadlessArgs(['--config-dir', '/tmp/x', '--port', '8080'], '/default'),
    ).toMatchObject({ configDir: '/tmp/x', port: 8080 });
  });

  it('defaults to the user-data folder and any free port', () => {
    expect(parseHeadlessArgs([], '/default')).toMatchObject({ configDir: '/default', port: 0 });
  });

  it.each([['abc'], ['-1'], ['65536'], ['80.5']])(
    'refuses --port %s and names the option',
    (port) => {
      expect(() => parseHeadlessArgs([`--port=${port}`], '/d')).toThrow(/^--port: /);
    },
  );

  it('refuses an unknown option', () => {
    expect(() => parseHeadlessArgs(['--listen', '0.0.0.0'], '/d')).toThrow(/listen/);
  });
});
