import { describe, expect, it } from 'vitest';
import { facebook } from '../../src/sites/facebook.ts';
import { describeFixture, NOW } from '../fixtures/expectations.ts';
import { loadFixture, loadHtml } from '../fixtures/load.ts';

const FB = 'https://www.facebook.com';

describeFixture(facebook, {
  fixture: 'facebook/feed.html', url: `${FB}/`,
  posts: [
    {
      id: 'pfbid02Xk9QmAbCdEfGhIjKlMnOp', text: 'На Street 13 возле школы №5', contains: ['😱\n\nДети ходят мимо'], absent: ['горячая линия'],
      author: 'User M', authorUrl: `${FB}/groups/500100/user/100000000001/`, permalink: `${FB}/groups/500100/posts/pfbid02Xk9QmAbCdEfGhIjKlMnOp/`,
      time: '3 ч', images: [`${FB}/img/placeholder.png`],
    },
    { id: null, text: 'Наконец-то отпуск!', author: 'User O', authorUrl: `${FB}/user.o.placeholder`, permalink: null, time: null, images: [`${FB}/img/placeholder-2.png`] },
    { id: 'pfbid0Ab1Cd2Ef3Gh4Ij5Kl6', text: 'Street 14 көшесіндегі жолда', absent: ['Ещё'], author: 'User P', permalink: `${FB}/user.p.placeholder/posts/pfbid0Ab1Cd2Ef3Gh4Ij5Kl6`, time: 'Вчера в 20:14', images: [] },
    { id: '900000000005', text: 'Bus 12 has not come on time', author: 'User Q', permalink: `${FB}/user.q.placeholder/posts/900000000005`, time: '2 дн.', images: [] },
  ],
});

describeFixture(facebook, {
  fixture: 'facebook/group.html', url: `${FB}/groups/500100/`,
  posts: [
    { id: '700000000101', text: 'Во дворе дома 21 по Street 13', absent: ['писали в ЖКХ'], author: 'User T', time: '15 ноября в 19:02', images: [`${FB}/img/placeholder.png`, `${FB}/img/placeholder-2.png`] },
    { id: '700000000102', text: 'Подскажите хорошего репетитора', author: 'User V', permalink: `${FB}/groups/500100/permalink/700000000102/`, time: '14 ноября', images: [] },
    { id: 'pfbid0Zz9Yy8Xx7', text: 'Street 17 бойындағы ағаштар', author: 'User W', permalink: `${FB}/permalink.php?story_fbid=pfbid0Zz9Yy8Xx7&id=500100`, time: '13 ноября', images: [] },
  ],
});

describeFixture(facebook, {
  fixture: 'facebook/page.html', url: `${FB}/citydistrict.placeholder`,
  posts: [
    { id: 'pfbid0Pg1Page1', text: 'Join the district clean-up day', author: 'City District Office', time: 'November 20 at 10:00 AM', images: [`${FB}/img/placeholder.png`] },
    { id: 'pfbid0Pg2Visitor2', text: 'Здравствуйте! На Street 18', absent: ['passed this to the utility', 'Спасибо!'], author: 'User X', time: 'November 19 at 8:30 PM', images: [] },
    { id: '600000000301', text: 'Garbage bins on Street 19', author: 'User Y', permalink: `${FB}/user.y.placeholder/videos/600000000301/`, time: 'November 18', images: [] },
    { id: null, text: '', author: 'City District Office', time: null, images: [] },
  ],
});

describe('Facebook exclusions', () => {
  const doc = loadFixture('facebook/feed.html', `${FB}/`);
  const posts = facebook.findPosts(doc);

  it('never takes a comment, a sponsored post, a dialog or a loading skeleton for a post', () => {
    expect(posts).toHaveLength(4);
    for (const el of posts) {
      expect(el.closest('[role="dialog"]')).toBeNull();
      expect(el.getAttribute('aria-label') ?? '').not.toMatch(/Комментарий/);
      expect(el.textContent).not.toContain('Ямочный ремонт');
    }
  });

  it('maps a node inside a comment to the post it comments on', () => {
    const comment = doc.querySelector('[aria-label^="Комментарий от User N"] div[dir="auto"]')!;
    expect(facebook.postOf(comment)).toBe(posts[0]);
  });

  it('strips tracking parameters from permalinks and author links', () => {
    const snap = facebook.snapshot(posts[0]!, NOW);
    expect(`${snap.permalink} ${snap.authorUrl}`).not.toMatch(/__cft__|__tn__/);
  });

  it('skips hidden decoy letters', () => {
    const d = loadHtml('<div role="feed"><div><div role="article"><a href="/x/posts/1">1 ч</a><div data-ad-rendering-role="story_message">Ям<span style="display:none">XX</span>а у дома<span aria-hidden="true">YY</span></div></div></div></div>', `${FB}/`);
    expect(facebook.snapshot(facebook.findPosts(d)[0]!, NOW).text).toBe('Яма у дома');
  });
});
