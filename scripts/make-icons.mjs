// Generates every PNG icon in build/icons/ from the one source image build/icon.svg.
// The tray states differ only by the badge colour; macOS template images are black shapes
// on transparency, as macOS expects. Output is build output: it is not committed.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const source = await readFile(path.join(root, 'build', 'icon.svg'), 'utf8');
const out = path.join(root, 'build', 'icons');
await mkdir(out, { recursive: true });

export const TRAY_STATES = {
  ok: '#2da44e',
  working: '#0b62d6',
  attention: '#d4a72c',
  error: '#cf222e',
  paused: '#8c959f',
};

const withBadge = (color) => source.replace(/(id="badge"[^>]*fill=")[^"]+"/, `$1${color}"`);
const template = source
  .replace(/fill="#0b62d6"/, 'fill="none"')
  .replaceAll('#ffffff', '#000000')
  .replace(/(id="badge"[^>]*fill=")[^"]+"/, '$1#000000"');

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
for (const [state, color] of Object.entries(TRAY_STATES)) {
  jobs.push(render(withBadge(color), 32, `tray-${state}.png`));
  jobs.push(render(withBadge(color), 64, `tray-${state}@2x.png`));
  jobs.push(render(template, 22, `tray-${state}Template.png`));
  jobs.push(render(template, 44, `tray-${state}Template@2x.png`));
}
jobs.push(render(withBadge(TRAY_STATES.ok), 32, 'tray.png'));
await Promise.all(jobs);
