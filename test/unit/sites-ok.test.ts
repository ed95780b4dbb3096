import { describe, expect, it } from 'vitest';
import { ok } from '../../src/sites/ok.ts';
import { describeFixture, NOW } from '../fixtures/expectations.ts';
import { loadFixture, loadHtml } from '../fixtures/load.ts';

describeFixture(ok, {
  fixture: 'ok/feed.html', url: 'https://ok.ru/feed',
  posts: [
    {
      id: '8841000000001', text: 'На остановке «Street 8» разбито стекло', author: 'Наш район Street 8', authorUrl: 'https://ok.ru/group/70000000001',
      permalink: 'https://ok.ru/group/70000000001/topic/155000000001', time: 'вчера 18:40', images: ['https://ok.ru/img/placeholder.png'],
    },
    { id: '8841000000002', text: 'Поздравляю маму с днём рождения! 🌷💐', author: 'User G', permalink: 'https://ok.ru/profile/600000000002/statuses/155000000002', time: 'сегодня 8:15', images: [] },
    { id: '8841000000004', text: 'Помогите распространить!', contains: ['прорыв трубы, вода заливает подвал'], author: 'User H', permalink: null, time: '20 ноя 12:02', images: [] },
    { id: '8841000000006', text: 'Street 10 көшесінде екі аптадан бері су жоқ.', contains: ['суды тезірек қосыңыздар! 💧'], absent: ['ещё'], author: 'User I', time: '19 ноя 09:30', images: [] },
    { id: '8841000000007', text: 'Snow on Street 11 has not been cleared', author: 'User J', time: '18 ноя 17:05', images: ['https://ok.ru/img/placeholder-2.png'] },
  ],
});

describeFixture(ok, {
  fixture: 'ok/group.html', url: 'https://ok.ru/group/70000000001',
  posts: [
    { id: 'g-155000000101', text: 'Правила группы', author: 'Наш район Street 8', time: '12 окт 2025', images: [] },
    {
      id: 'g-155000000102', text: 'Сосед пишет: на детской площадке', absent: ['Жалоба в акимат уже подана', 'Подал вчера'], author: 'Наш район Street 8',
      permalink: 'https://ok.ru/group/70000000001/topic/155000000102', time: 'вчера 21:10', images: ['https://ok.ru/img/placeholder.png', 'https://ok.ru/img/placeholder-2.png'],
    },
    { id: 'g-155000000103', text: 'В субботу субботник', author: 'Наш район Street 8', time: '20 ноя 10:00', images: [] },
    { id: 'g-155000000105', text: 'Street 8 көшесіндегі шамдар', author: 'Наш район Street 8', time: '19 ноя 19:45', images: [] },
  ],
});

describe('OK exclusions and bad input', () => {
  it('skips «Промо», adverts and Dzen inserts', () => {
    const ids = ok.findPosts(loadFixture('ok/feed.html', 'https://ok.ru/feed')).map((el) => el.getAttribute('data-feed-id'));
    expect(ids).not.toContain('8841000000003');
    const group = ok.findPosts(loadFixture('ok/group.html', 'https://ok.ru/group/70000000001')).map((el) => el.getAttribute('data-feed-id'));
    expect(group).not.toContain('g-ad-1');
  });

  it('reads an empty feed item as nulls', () => {
    const doc = loadHtml('<div class="feed-list"><div class="feed-w"><div class="feed" data-feed-id="1"></div></div></div>', 'https://ok.ru/feed');
    expect(ok.snapshot(ok.findPosts(doc)[0]!, NOW)).toMatchObject({ postId: '1', text: '', authorName: null, publishedAt: null, permalink: null, images: [] });
  });

  it('matches ok.ru hosts only', () => {
    expect(ok.matches({ hostname: 'ok.ru' }) && ok.matches({ hostname: 'm.ok.ru' })).toBe(true);
    expect(ok.matches({ hostname: 'book.ru' })).toBe(false);
  });
});
