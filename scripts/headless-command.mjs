// How the scripts that start the headless shell with this Node (`npm run headless`,
// `npm run sandbox`) start it as the installed command does: the Node flags and environment
// of bin/dnstray-headless.mjs's #! line, then that file (which runs dist-electron/headless.js).
// One place for the memory settings (issue 16), read from the line a user's run gets.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** `{ args, env }`: spawn process.execPath with `[...args, ...shellArgs]` and `env` added. */
export function headlessCommand(root) {
  const bin = path.join(root, 'bin', 'dnstray-headless.mjs');
  const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0];
  // "#!/usr/bin/env -S NAME=value... node --flag...": assignments, the program, its flags.
  const words = shebang
    .replace(/^#!\s*\S*env\s+(-S\s+)?/, '')
    .split(/\s+/)
    .filter(Boolean);
  const program = words.findIndex((word) => !/^[A-Za-z_]\w*=/.test(word));
  const env = Object.fromEntries(
    words
      .slice(0, program)
      .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
  return { args: [...words.slice(program + 1), bin], env };
}
