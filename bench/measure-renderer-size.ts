import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { notAvailable, row, type Measurement } from './bench-row.js';
import { snapshotRoot } from './paths.js';

/**
 * The JavaScript a window downloads before it can draw: the entry module in dist/index.html
 * plus every chunk it preloads, raw and gzip-compressed (level 9, as a web server would).
 */
export const rendererSize: Measurement = {
  id: 'renderer.size',
  title: 'Renderer initial JavaScript',
  async run() {
    const dist = path.join(snapshotRoot, 'dist');
    const html = path.join(dist, 'index.html');
    if (!existsSync(html))
      return [
        notAvailable(
          'renderer.size.gzip',
          'Initial JS (gzip)',
          'dist/index.html is missing: the renderer build failed',
        ),
      ];
    const files = initialScripts(readFileSync(html, 'utf8'));
    if (files.length === 0)
      return [
        notAvailable(
          'renderer.size.gzip',
          'Initial JS (gzip)',
          'dist/index.html loads no module script',
        ),
      ];
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(path.join(dist, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    const detail = `${files.length} file(s): ${files.join(', ')}`;
    return [
      row('renderer.size.gzip', 'Initial JS (gzip -9)', gzip / 1024, 'KiB', detail),
      row('renderer.size.raw', 'Initial JS (uncompressed)', raw / 1024, 'KiB', detail),
    ];
  },
};

/** Script and modulepreload paths of index.html, relative to dist/. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) found.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    found.add(match[1]!);
  return [...found].map((src) => src.replace(/^\.?\//, ''));
}
