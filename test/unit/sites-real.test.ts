// The real captures in ../shared/fixtures/real/ are read in place (never copied into this repository).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facebook } from '../../src/sites/facebook.ts';
import { instagram } from '../../src/sites/instagram.ts';
import { NOW } from '../fixtures/expectations.ts';
import { loadHtml } from '../fixtures/load.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const real = path.join(path.resolve(repoRoot, '../shared'), 'fixtures/real');
const present = existsSync(real);
if (!present) console.warn(`[sites-real] ${real} is absent: the real-capture tests are skipped`);

const read = (file: string) => readFileSync(path.join(real, file), 'utf8');

// Expectations are derived from each capture's raw HTML with plain regular expressions (no third-party text is
// copied into this repository): the shortcode named by comment/likes links, the owner of the first linked profile
// picture, the first datetime attribute.
function expectationsFrom(html: string) {
  return {
    code: /href="\/p\/([\w-]+)\/(?:c\/|liked_by\/)/.exec(html)?.[1],
    author: /href="\/([\w.]+)\/"[^>]*>\s*<img alt="\1's profile picture"/.exec(html)?.[1],
    time: /datetime="([^"]+)"/.exec(html)?.[1],
  };
}

describe.skipIf(!present)('Instagram post pages captured in 2025-08 (social-snap)', () => {
  const FILES = ['instagram/social-snap_single-image_2025-08-16.html', 'instagram/social-snap_4-images_2025-08-16.html'];

  it.each(FILES)('extracts shortcode, author, ISO time, caption and the post images from %s', (file) => {
    const html = read(file);
    const want = expectationsFrom(html);
    expect(want.code && want.author && want.time).toBeTruthy();
    for (const url of [`https://www.instagram.com/p/${want.code}/`, 'https://www.instagram.com/']) {
      const doc = loadHtml(html, url);
      const posts = instagram.findPosts(doc);
      expect(posts).toHaveLength(1);
      const snap = instagram.snapshot(posts[0]!, NOW);
      expect(snap).toMatchObject({
        network: 'instagram', postId: want.code, permalink: `https://www.instagram.com/p/${want.code}/`,
        authorName: want.author, authorUrl: `https://www.instagram.com/${want.author}/`, publishedAt: new Date(want.time!).toISOString(),
      });
      // The caption: real text of the page, not the author line or a comment.
      expect(snap.text.length).toBeGreaterThan(5);
      expect(doc.body.textContent!.replace(/\s+/g, '')).toContain(snap.text.replace(/\s+/g, ''));
      expect(snap.text).not.toContain(want.author!);
      // The post's own photos only: no avatars, no "More posts from" grid.
      const grid = new Set(Array.from(doc.querySelectorAll('a[href*="/p/"] img, a[href*="/reel/"] img')).map((img) => img.getAttribute('src')));
      expect(snap.images.length).toBeGreaterThan(0);
      for (const image of snap.images) {
        expect(image.url).toMatch(/^https:\/\/scontent[^/]*\.cdninstagram\.com\//);
        expect(image.alt).toMatch(/^Photo (by|shared by)/);
        expect(grid.has(image.url)).toBe(false);
      }
    }
  });
});

describe.skipIf(!present)('Facebook server HTML captured in 2024-08 (garcon)', () => {
  const file = 'facebook/garcon_real-page-a-text-story-with-image_2024-08.html';

  it('is handled without errors and yields no post, as it has no hydrated feed DOM', () => {
    const doc = loadHtml(read(file), 'https://www.facebook.com/somepage');
    const posts = facebook.findPosts(doc);
    expect(posts).toEqual([]);
    expect(facebook.postOf(doc.body)).toBeNull();
    for (const el of Array.from(doc.querySelectorAll('div')).slice(0, 200)) {
      expect(() => facebook.snapshot(el, NOW)).not.toThrow();
    }
  });
});
