// Checks what electron-builder would hand fpm for the .deb (recorded by fpm-recorder.mjs):
// the Debian control fields apt resolves, the after-install that loads the AppArmor profile,
// and the desktop entry. Exits 1 naming every problem. Why each matters: build/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [recordDir, unpackedDir] = process.argv.slice(2);
const args = JSON.parse(readFileSync(path.join(recordDir, 'args.json'), 'utf8'));
const afterInstall = readFileSync(path.join(recordDir, 'after-install.sh'), 'utf8');
const desktop = readFileSync(path.join(recordDir, 'entry.desktop'), 'utf8');
const valuesOf = (flag) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []));
const problems = [];
const check = (ok, message) => ok || problems.push(message);

const depends = valuesOf('-d');
// deb.depends replaces electron-builder's defaults, so ours must still hold every one of them
// (read from the installed electron-builder, so an upgrade that adds one fails here), plus
// what Electron's binary links that nothing else pulls in on a clean Debian 12.
const FpmTarget = createRequire(import.meta.url)(
  'app-builder-lib/out/targets/FpmTarget.js',
).default;
const builderDefaults = FpmTarget.prototype.getDefaultDepends('deb');
for (const need of [...builderDefaults, 'libgbm1', 'libasound2'])
  check(depends.includes(need), `Depends lacks ${need} (got: ${depends.join(', ')})`);
check(
  !depends.some((d) => d.includes('appindicator')),
  `Depends makes an indicator library mandatory: ${depends.join(', ')}`,
);
const recommends = valuesOf('--deb-recommends');
check(
  recommends.join() === 'libayatana-appindicator3-1 | libappindicator3-1',
  `Recommends should be the indicator alternative, got: ${recommends.join(', ') || 'nothing'}`,
);
check(/^https:\/\//.test(valuesOf('--url')[0] ?? ''), 'no homepage URL (package.json homepage)');
const pkg = path.basename(valuesOf('--package')[0] ?? '');
check(/^dnstray_\d+\.\d+\.\d+_amd64\.deb$/.test(pkg), `package file is ${pkg}, not dnstray_*.deb`);

check(
  afterInstall.includes("'/opt/DNS Tray/resources/apparmor-profile'") &&
    afterInstall.includes("'/etc/apparmor.d/dnstray'") &&
    afterInstall.includes('apparmor_parser --replace'),
  'after-install does not install and load the AppArmor profile',
);
const profile = path.join(unpackedDir, 'resources', 'apparmor-profile');
check(
  existsSync(profile) && /\buserns,/.test(readFileSync(profile, 'utf8')),
  `${profile} missing or does not grant userns`,
);
check(
  /^\/usr\/share\/applications\/dnstray\.desktop$/.test(
    args.find((a) => a.endsWith('.desktop'))?.split('=')[1] ?? '',
  ),
  'desktop entry is not installed as dnstray.desktop (package.json desktopName)',
);
check(/^StartupWMClass=dnstray$/m.test(desktop), 'StartupWMClass is not dnstray (desktopName)');
// Exec carries no switch at all, so nothing turns Chromium's sandbox off (README, Linux installers).
const exec = desktop.match(/^Exec=.*$/m)?.[0];
check(exec === 'Exec="/opt/DNS Tray/dnstray" %U', `unexpected desktop entry ${exec}`);

if (problems.length) {
  console.error(`.deb plan: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`.deb plan ok: ${pkg}, Depends ${depends.length} packages, Recommends ${recommends}`);
