// Generates every PNG icon in build/icons/ from the one source image build/icon.svg.
// Tray states differ by the badge: its colour and a glyph (check, arrows, !, ×, pause), so the
// state reads without colour too. macOS template images are black shapes on transparency (the
// glyph cut out of a black disc), as macOS expects; it tints them for light and dark menus.
// Output is build output: it is not committed.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const source = await readFile(path.join(root, 'build', 'icon.svg'), 'utf8');
const out = path.join(root, 'build', 'icons');
await mkdir(out, { recursive: true });

// Keep in step with TRAY_STATES in electron/main/tray/tray-state.ts (pack-smoke checks the files).
export const TRAY_STATES = {
  ok: { color: '#2da44e', glyph: 'M184 201l11 11 22-24' },
  working: { color: '#0b62d6', glyph: 'M218 194a19 19 0 1 0 -2 16M218 180v14h-14' },
  attention: { color: '#bf8700', glyph: 'M200 180v22M200 218v1' },
  error: { color: '#cf222e', glyph: 'M186 186l28 28M214 186l-28 28' },
  paused: { color: '#6e7781', glyph: 'M190 184v32M210 184v32' },
};

const badge = /<circle id="badge"[^>]*\/>/;
const glyphStroke = 'stroke-width="10" stroke-linecap="round" stroke-linejoin="round" fill="none"';

function colourTray({ color, glyph }) {
  return source.replace(
    badge,
    `<circle cx="200" cy="200" r="44" fill="${color}" stroke="#ffffff" stroke-width="8"/>` +
      `<path d="${glyph}" stroke="#ffffff" ${glyphStroke}/>`,
  );
}

function templateTray({ glyph }) {
  const globe = source.replace(/fill="#0b62d6"/, 'fill="none"').replaceAll('#ffffff', '#000000');
  return globe.replace(
    badge,
    `<mask id="cut"><rect width="256" height="256" fill="#fff"/>` +
      `<path d="${glyph}" stroke="#000" ${glyphStroke}/></mask>` +
      `<circle cx="200" cy="200" r="48" fill="#000" mask="url(#cut)"/>`,
  );
}

async function render(svg, size, file) {
  await sharp(Buffer.from(svg), { density: 300 })
    .resize(size, size)
    .png()
    .toFile(path.join(out, file));
}

const jobs = [];
for (const size of [16, 32, 48, 64, 128, 256, 512])
  jobs.push(render(source, size, `${size}x${size}.png`));
jobs.push(render(source, 512, 'icon.png'));
for (const [state, look] of Object.entries(TRAY_STATES)) {
  jobs.push(render(colourTray(look), 32, `tray-${state}.png`));
  jobs.push(render(colourTray(look), 64, `tray-${state}@2x.png`));
  jobs.push(render(templateTray(look), 22, `tray-${state}Template.png`));
  jobs.push(render(templateTray(look), 44, `tray-${state}Template@2x.png`));
}
await Promise.all(jobs);
