import { describe, expect, it } from 'vitest';
import { instagram } from '../../src/sites/instagram.ts';
import { describeFixture, NOW } from '../fixtures/expectations.ts';
import { loadFixture, loadHtml } from '../fixtures/load.ts';

const IG = 'https://www.instagram.com';

describeFixture(instagram, {
  fixture: 'instagram/home-feed.html', url: `${IG}/`,
  posts: [
    {
      id: 'Cq1AAaaAAa1', text: 'Яма на перекрёстке Street 20', author: 'user_aa', authorUrl: `${IG}/user_aa/`, permalink: `${IG}/p/Cq1AAaaAAa1/`,
      time: '2025-11-21T09:15:00.000Z', images: [`${IG}/img/placeholder.png`],
    },
    { id: 'Cq2BBbbBBb2', text: 'Испекла торт', author: 'user_bb', time: '2025-11-20T18:00:00.000Z', images: [`${IG}/img/placeholder-2.png`, `${IG}/img/placeholder-3.png`] },
    { id: 'Cq4DDddDDd4', text: 'Street 22 көшесінде тротуар', absent: ['ещё'], author: 'user_dd', time: '2025-11-19T07:30:00.000Z', images: [`${IG}/img/placeholder-2.png`] },
    { id: 'Cq5EEeeEEe5', text: 'Traffic light at Street 23', author: 'user_ee', permalink: `${IG}/reel/Cq5EEeeEEe5/`, time: '2025-11-18T12:00:00.000Z', images: [] },
  ],
});

describeFixture(instagram, {
  fixture: 'instagram/post-page.html', url: `${IG}/p/Cq7GGggGGg7/`,
  posts: [
    {
      id: 'Cq7GGggGGg7', text: 'После дождя Street 25 снова затопило', absent: ['Каждый год', 'user_gg'], author: 'user_gg', permalink: `${IG}/p/Cq7GGggGGg7/`,
      time: '2025-11-21T16:40:00.000Z', images: [`${IG}/img/placeholder.png`],
    },
  ],
});

describeFixture(instagram, {
  fixture: 'instagram/post-dialog.html', url: `${IG}/p/CqAHHhhHHhA/`,
  posts: [
    { id: 'CqBIIiiIIiB', text: 'Доброе утро ☕️', author: 'user_ii', time: '2025-11-22T06:00:00.000Z', images: [`${IG}/img/placeholder-2.png`] },
    { id: 'CqAHHhhHHhA', text: 'Прорвало трубу горячей воды', absent: ['Звоните 112'], author: 'user_hh', time: '2025-11-22T05:10:00.000Z', images: [`${IG}/img/placeholder.png`] },
  ],
});

describe('Instagram exclusions and bad input', () => {
  it('skips sponsored articles', () => {
    const ids = instagram.findPosts(loadFixture('instagram/home-feed.html', `${IG}/`)).map((el) => instagram.snapshot(el, NOW).postId);
    expect(ids).not.toContain('Cq3CCccCCc3');
  });

  it('does not take the page under an open dialog, or the home feed <main>, for a post', () => {
    const doc = loadFixture('instagram/post-dialog.html', `${IG}/p/CqAHHhhHHhA/`);
    expect(instagram.findPosts(doc).map((el) => el.tagName)).toEqual(['ARTICLE', 'DIV']);
  });

  it('reads a post page without a time or caption as nulls', () => {
    const doc = loadHtml('<main role="main"><time datetime="bogus"></time><img src="/a.png" style="object-fit: cover"></main>', `${IG}/p/Zz/`);
    expect(instagram.snapshot(instagram.findPosts(doc)[0]!, NOW)).toMatchObject({ postId: 'Zz', text: '', authorName: null, publishedAt: null });
  });
});
