// The content script on every network's fixtures: one control per post, none on comments, reposts or ads.
import { describe, expect, it, vi } from 'vitest';
import { createContentScript } from '../../src/content/controller.ts';
import { extensionAlive, isContextLost } from '../../src/content/lifecycle.ts';
import { loadStrings } from '../../src/content/strings.ts';
import { HOST_TAG } from '../../src/sites/dom.ts';
import { adapterFor } from '../../src/sites/index.ts';
import { loadFixture } from '../fixtures/load.ts';

const FIXTURES = [
  ['vk/vkui-feed.html', 'https://vk.com/feed', 7],
  ['vk/legacy-wall.html', 'https://vk.com/club10001', 4],
  ['ok/feed.html', 'https://ok.ru/feed', 5],
  ['ok/group.html', 'https://ok.ru/group/70000000001', 4],
  ['facebook/feed.html', 'https://www.facebook.com/', 4],
  ['facebook/group.html', 'https://www.facebook.com/groups/500100/', 3],
  ['facebook/page.html', 'https://www.facebook.com/citydistrict.placeholder', 4],
  ['instagram/home-feed.html', 'https://www.instagram.com/', 4],
  ['instagram/post-page.html', 'https://www.instagram.com/p/Cq7GGggGGg7/', 1],
  ['instagram/post-dialog.html', 'https://www.instagram.com/p/CqAHHhhHHhA/', 2],
] as const;

describe.each(FIXTURES)('content script on %s', (fixture, url, posts) => {
  it('with showOnAllPosts, puts exactly one control in each post and none anywhere else', async () => {
    const doc = loadFixture(fixture, url);
    const adapter = adapterFor(new URL(url))!;
    const script = createContentScript({
      adapter, doc, classify: () => ({ problem: false, score: 0, category: null, emergency: false, evidence: [] }),
      sendDraft: vi.fn(), loadSettings: async () => ({ showOnAllPosts: true }), alive: extensionAlive, isContextLost,
      strings: loadStrings(), scheduler: { request: () => undefined, now: () => performance.now() }, now: () => new Date(),
    });
    await script.start();
    script.flush();
    script.flush();
    const found = adapter.findPosts(doc);
    expect(found).toHaveLength(posts);
    for (const post of found) expect(post.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(doc.querySelectorAll(HOST_TAG)).toHaveLength(posts);
    for (const host of Array.from(doc.querySelectorAll(HOST_TAG))) {
      expect(host.closest('[role="dialog"] [role="article"], [data-post-nesting-lvl="1"], .copy_quote, .media-reshare, .comments_lst')).toBeNull();
    }
    script.destroy();
  });
});
