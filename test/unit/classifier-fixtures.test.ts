// The feed posts of the fixture pages (test/fixtures/README.md, "Posts with a control"): each problem post must
// get the control and every other post must not. These texts are never trained on.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classifier/index.ts';
import { adapterFor } from '../../src/sites/index.ts';
import { loadFixture } from '../fixtures/load.ts';

const PAGES: { fixture: string; url: string; problems: string[] }[] = [
  { fixture: 'vk/vkui-feed.html', url: 'https://vk.com/feed', problems: ['-10001_501', '-10001_502', '20005_301', '-10006_44', '-10001_503'] },
  { fixture: 'vk/hostile-feed.html', url: 'https://vk.com/hostile', problems: ['-10001_702', '-10006_703', '-10001_701'] },
  { fixture: 'vk/legacy-wall.html', url: 'https://vk.com/club10001', problems: ['-10001_601', '-10001_603', '20006_12'] },
  { fixture: 'ok/feed.html', url: 'https://ok.ru/feed', problems: ['8841000000001', '8841000000004', '8841000000006', '8841000000007'] },
  { fixture: 'ok/group.html', url: 'https://ok.ru/group/70000000001', problems: ['g-155000000102', 'g-155000000105'] },
  { fixture: 'facebook/feed.html', url: 'https://www.facebook.com/', problems: ['pfbid02Xk9QmAbCdEfGhIjKlMnOp', 'pfbid0Ab1Cd2Ef3Gh4Ij5Kl6', '900000000005'] },
  { fixture: 'facebook/group.html', url: 'https://www.facebook.com/groups/500100/', problems: ['700000000101', 'pfbid0Zz9Yy8Xx7'] },
  { fixture: 'facebook/page.html', url: 'https://www.facebook.com/citydistrict.placeholder', problems: ['pfbid0Pg2Visitor2', '600000000301'] },
  { fixture: 'instagram/home-feed.html', url: 'https://www.instagram.com/', problems: ['Cq1AAaaAAa1', 'Cq4DDddDDd4', 'Cq5EEeeEEe5'] },
  { fixture: 'instagram/post-page.html', url: 'https://www.instagram.com/p/Cq7GGggGGg7/', problems: ['Cq7GGggGGg7'] },
  { fixture: 'instagram/post-dialog.html', url: 'https://www.instagram.com/p/CqAHHhhHHhA/', problems: ['CqAHHhhHHhA'] },
];

describe('classify on the fixture feed pages', () => {
  for (const { fixture, url, problems } of PAGES) {
    it(`offers the control on exactly the problem posts of ${fixture}`, () => {
      const adapter = adapterFor(new URL(url));
      if (adapter === null) throw new Error(`no adapter for ${url}`);
      const doc = loadFixture(fixture, url);
      const decided = adapter
        .findPosts(doc)
        .map((el) => adapter.snapshot(el, new Date(0)))
        .filter((post) => post.text.trim() !== '')
        .map((post) => ({ id: post.postId, text: post.text.slice(0, 60), problem: classify(post.text).problem }));
      expect(decided).toEqual(decided.map((d) => ({ ...d, problem: problems.includes(d.id ?? '') })));
      expect(decided.filter((d) => d.problem).length).toBe(problems.length);
    });
  }
});
