// The Firefox package: built from the same sources, and accepted by Mozilla's linter with no errors.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/browser.ts';

describe('dist-firefox/', () => {
  execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'dist-firefox/manifest.json'), 'utf8'));

  it('is an MV3 add-on with an id and a background script (Firefox has no service workers for add-ons)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('asks for exactly the same permissions as the Chromium build', () => {
    const chromium = JSON.parse(readFileSync(join(repoRoot, 'dist/manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'contextMenus', 'notifications', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual([...chromium.host_permissions].sort());
    expect(manifest.content_security_policy).toEqual(chromium.content_security_policy);
  });

  it('passes `web-ext lint` with 0 errors', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--self-hosted', '--output', 'json'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
