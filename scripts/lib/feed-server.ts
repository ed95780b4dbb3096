// A local HTTPS server that answers for the social hosts, so the content script runs on pages served at
// https://vk.com/feed and friends exactly as it would on the real sites. Chromium reaches it through
// --host-resolver-rules; nothing here ever leaves 127.0.0.1.
import { createServer, type Server } from 'node:https';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const SOCIAL_HOSTS = ['vk.com', 'vk.ru', 'ok.ru', 'www.facebook.com', 'www.instagram.com'] as const;

const repoRoot = resolve(import.meta.dirname, '../..');
const fixturesDir = join(repoRoot, 'test/fixtures');
const certDir = join(repoRoot, '.cache/tls');

/** URL → fixture file (relative to test/fixtures, or absolute for generated pages). Unknown paths on a known host get a 404, like a real site would for a missing page. */
export const ROUTES: Record<string, string> = {
  'vk.com/feed': 'vk/vkui-feed.html',
  'vk.ru/feed': 'vk/vkui-feed.html',
  'vk.com/club10001': 'vk/legacy-wall.html',
  'ok.ru/feed': 'ok/feed.html',
  'ok.ru/group/70000000001': 'ok/group.html',
  'www.facebook.com/': 'facebook/feed.html',
  'www.facebook.com/groups/500100/': 'facebook/group.html',
  'www.facebook.com/citydistrict.placeholder': 'facebook/page.html',
  'www.instagram.com/': 'instagram/home-feed.html',
  'www.instagram.com/p/Cq7GGggGGg7/': 'instagram/post-page.html',
  'www.instagram.com/p/CqAHHhhHHhA/': 'instagram/post-dialog.html',
  // Hostile page text for the "inert page data" guarantee.
  'vk.com/hostile': 'vk/hostile-feed.html',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

// Real feeds send a strict CSP; so do we, so that the content script is tested under one.
const SITE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'";

function ensureCertificate(): { key: Buffer; cert: Buffer } {
  const keyFile = join(certDir, 'key.pem');
  const certFile = join(certDir, 'cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(certDir, { recursive: true });
    const names = SOCIAL_HOSTS.map((h) => `DNS:${h}`).join(',');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650',
      '-subj', '/CN=vk.com', '-addext', `subjectAltName=${names},IP:127.0.0.1`,
      '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

function fileFor(host: string, pathname: string, routes: Record<string, string>): string | null {
  const routed = routes[`${host}${pathname}`];
  if (routed) return isAbsolute(routed) ? routed : join(fixturesDir, routed);
  // Fixtures stand in for every photo and avatar with one local placeholder image.
  if (pathname.startsWith('/img/') && pathname.endsWith('.png')) return join(fixturesDir, 'static/placeholder.png');
  return null;
}

export interface FeedServer {
  port: number;
  /** Every request the server saw, as `host/path` — lets tests prove the extension fetched nothing from sites. */
  requests: string[];
  /** Chromium flag that sends the social hosts to this server. */
  resolverRule: string;
  close(): Promise<void>;
}

export async function startFeedServer(extraRoutes: Record<string, string> = {}): Promise<FeedServer> {
  const routes = { ...ROUTES, ...extraRoutes };
  const requests: string[] = [];
  const server: Server = createServer(ensureCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push(`${host}${url.pathname}`);
    const file = fileFor(host, url.pathname, routes);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': SITE_CSP,
        'cache-control': 'no-store',
      }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    resolverRule: SOCIAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(','),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
