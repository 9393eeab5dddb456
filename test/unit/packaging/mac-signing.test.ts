import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/headless-process.js';

// Why each of these: build/README.md, "macOS". An unsigned build gets no notifications, and a
// release must carry the Developer ID signature, not the local ad-hoc one.
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const builder = JSON.parse(read('electron-builder.json')) as {
  mac: { identity?: string | null; entitlements?: string; entitlementsInherit?: string };
};

describe('macOS signing', () => {
  it('signs local builds ad hoc, with our entitlements for the app and its helpers', () => {
    expect(builder.mac.identity).toBe('-');
    expect(builder.mac.entitlements).toBe('build/entitlements.mac.plist');
    expect(builder.mac.entitlementsInherit).toBe('build/entitlements.mac.plist');
    const keys = [...read('build/entitlements.mac.plist').matchAll(/<key>([^<]+)<\/key>/g)].map(
      (m) => m[1],
    );
    expect(keys.sort()).toEqual([
      'com.apple.security.cs.allow-jit',
      'com.apple.security.cs.disable-library-validation',
    ]);
  });

  it('signs and notarizes releases from the five secrets electron-builder reads', () => {
    const workflow = read('.github/workflows/desktop.yml');
    const release = workflow.slice(workflow.indexOf('Build, sign and notarize'));
    for (const name of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
    ])
      expect(release).toContain(`${name}: \${{ secrets.${name} }}`);
    // Without this override the "-" above would win and the release would ship ad hoc signed.
    expect(release).toContain(
      'npm run dist -- -c.mac.identity="$APPLE_TEAM_ID" -c.forceCodeSigning=true',
    );
  });
});
