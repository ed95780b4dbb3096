// The built manifests are what users install: pin what they expose and what they may do.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../../scripts/lib/browser.ts';
import { SOCIAL_HOSTS } from '../../scripts/lib/feed-server.ts';

const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));

function matchesSocialHost(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const host = /^(\*|https?):\/\/([^/]+)\//.exec(pattern)?.[2] ?? '';
  return SOCIAL_HOSTS.some((h) => host === '*' || host === h || (host.startsWith('*.') && h.endsWith(host.slice(1))));
}

describe('built manifest (dist/)', () => {
  it('exposes no web-accessible resource to the social sites, so they cannot probe for the extension', () => {
    const exposed = (manifest.web_accessible_resources ?? []).filter((war: { matches?: string[] }) =>
      (war.matches ?? []).some(matchesSocialHost),
    );
    expect(exposed).toEqual([]);
  });

  it('injects one self-contained classic content script on exactly the five social hosts', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script.matches.sort()).toEqual(SOCIAL_HOSTS.map((h) => `https://${h}/*`).sort());
    expect(script.js).toHaveLength(1);
    const code = readFileSync(join(distDir, script.js[0]), 'utf8');
    // A loader would `import()` chunks from the extension, which requires web-accessible resources.
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
  });

  it('asks only for the permissions its features need', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'contextMenus', 'notifications', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual(SOCIAL_HOSTS.map((h) => `https://${h}/*`).sort());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('keeps extension pages on a strict CSP: own scripts only, no network connections', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

describe('built extension pages and scripts (dist/)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const all = files(distDir);

  it('contain no eval or Function constructor, which the CSP would block and reviewers reject', () => {
    for (const file of all.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/[^\w.$]eval\s*\(|new Function\s*\(/);
    }
  });

  it('load only external scripts: no inline <script> or on* handlers in any page', () => {
    const pages = all.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, file).toMatch(/\ssrc=/);
      expect(html.replace(/<script\b[^>]*src=[^>]*><\/script>/g, ''), file).not.toMatch(/<script\b|\son[a-z]+=/i);
    }
  });
});
