import { readFileSync, statSync } from 'node:fs';

interface TokenFileState {
  /** Changes whenever the file does (path, time, size, mode). */
  key: string;
  token: string | null;
  problem: string | null;
}

/**
 * Reads the metrics token from its file, with the secrets file's rule: a regular file the
 * owner alone can read (0600 or 0400). Re-read when the file changes, so a token can rotate
 * without a restart. A problem is reported once per file state, never with the token.
 */
export function createMetricsTokenSource(
  file: () => string | null,
  warn: (message: string) => void,
): () => string | null {
  let cached: TokenFileState | null = null;
  return () => {
    const name = file();
    if (name === null) return null;
    const state = inspectTokenFile(name);
    if (cached?.key === state.key) return cached.token;
    cached = state;
    if (state.problem) warn(`metrics token file ${name} was not used: ${state.problem}`);
    return state.token;
  };
}

export function inspectTokenFile(file: string): TokenFileState {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { key: `${file}:${code}`, token: null, problem: `it cannot be read (${code}).` };
  }
  const key = `${file}:${stat.mtimeMs}:${stat.size}:${stat.mode}`;
  const refuse = (problem: string): TokenFileState => ({ key, token: null, problem });
  if (!stat.isFile()) return refuse('it is not a regular file.');
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)
    return refuse(`other users can read it; run: chmod 600 '${file}'`);
  const token = readFileSync(file, 'utf8').trim();
  if (token.length < 16 || /\s/.test(token))
    return refuse('the token must be one line of at least 16 characters without spaces.');
  return { key, token, problem: null };
}
