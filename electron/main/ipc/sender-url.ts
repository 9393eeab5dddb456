/**
 * The file a `file:` URL points at, in a form two URLs of the same file share. Chromium
 * canonicalises the sender's URL (escapes, `localhost`, on Windows the drive letter's case), so
 * raw strings differ for the same file. Windows paths compare case-insensitively (NTFS).
 * Returns null for anything that is not a well-formed file: URL.
 */
export function canonicalFilePath(url: string, platform: NodeJS.Platform): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:') return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const host = parsed.hostname === 'localhost' ? '' : parsed.hostname;
  if (platform !== 'win32') return `//${host}${path}`;
  // `/C|/x` is the legacy spelling of `/C:/x`; separators and case do not matter on Windows.
  const windowsPath = path.replace(/^\/([a-zA-Z])\|/, '/$1:').replaceAll('\\', '/');
  return `//${host}${windowsPath}`.toLowerCase();
}

/** Whether two file: URLs name the same file (query and hash are ignored). */
export function isSameFileUrl(a: string, b: string, platform: NodeJS.Platform): boolean {
  const left = canonicalFilePath(a, platform);
  return left !== null && left === canonicalFilePath(b, platform);
}
