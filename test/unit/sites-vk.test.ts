import { describe, expect, it } from 'vitest';
import { vk } from '../../src/sites/vk.ts';
import { loadFixture, loadHtml } from '../fixtures/load.ts';
import { describeFixture, NOW, type ExpectedPost } from '../fixtures/expectations.ts';

const VKUI: ExpectedPost[] = [
  {
    id: '-10001_501', text: 'Огромная яма на дороге по улице Street 1', contains: ['пробила колесо 😡\nАсфальт разбит'],
    author: 'Подслушано Центр', authorUrl: 'https://vk.com/club10001', permalink: 'https://vk.com/wall-10001_501',
    time: '2025-11-21T08:55:00.000Z', images: ['https://vk.com/img/placeholder.png'],
  },
  { id: '20002_77', text: 'Всех с пятницей! 🎉 Кто идёт', absent: ['DECOY'], author: 'User A', time: 'сегодня в 9:03', images: [] },
  {
    id: '-10001_502', text: 'Поддерживаю, у нас то же самое 👇', contains: ['Третий день нет отопления'],
    author: 'Подслушано Центр', time: 'сегодня в 8:20', images: ['https://vk.com/img/placeholder-2.png'],
  },
  {
    id: '20005_301', text: 'Біздің аулада үш аптадан бері қоқыс', contains: ['контейнерлерді ауыстырыңыздар!'],
    absent: ['Показать полностью'], author: 'User B', time: '2025-11-20T10:00:00.000Z', images: [],
  },
  { id: '-10006_44', text: 'The street lights on Street 3', contains: ['Who do we report this to?'], author: 'Expats in the City', time: 'два часа назад', images: ['https://vk.com/img/placeholder-3.png'] },
  { id: '20007_5', text: '😂😂😂🔥', author: 'User C', time: 'сегодня в 7:12', images: [] },
  { id: '-10001_503', text: 'Сильно пахнет газом', author: 'Подслушано Центр', time: 'только что', images: [] },
];

const LEGACY: ExpectedPost[] = [
  {
    id: '-10001_601', text: 'Во дворе дома 3 по Street 1', contains: ['Просим восстановить освещение во дворе.'],
    absent: ['Показать полностью'], author: 'Жители Street 1', permalink: 'https://vk.com/wall-10001_601',
    time: '2025-11-20T09:00:00.000Z', images: [],
  },
  { id: '-10001_602', text: 'Поздравляем победителей', author: 'Жители Street 1', time: '2025-11-19T09:00:00.000Z', images: ['https://vk.com/img/placeholder.png'] },
  { id: '-10001_603', text: 'Соседи, кто может — подпишите', contains: ['Из крана течёт ржавая вода'], author: 'Жители Street 1', time: '2025-11-18T09:00:00.000Z', images: [] },
  { id: '20006_12', text: 'Аулада балалар ойын алаңы', author: 'User F', time: '2025-11-17T09:00:00.000Z', images: [] },
];

const CASES = [
  { fixture: 'vk/vkui-feed.html', url: 'https://vk.com/feed', posts: VKUI },
  {
    fixture: 'vk/vkui-feed.html', url: 'https://vk.ru/feed',
    posts: VKUI.map((p) => ({ ...p, authorUrl: p.authorUrl?.replace('vk.com', 'vk.ru'), permalink: p.permalink?.replace('vk.com', 'vk.ru'), images: p.images.map((u) => u.replace('vk.com', 'vk.ru')) })),
  },
  { fixture: 'vk/legacy-wall.html', url: 'https://vk.com/club10001', posts: LEGACY },
];

for (const c of CASES) describeFixture(vk, c);

describe('VK exclusions', () => {
  const doc = loadFixture('vk/vkui-feed.html', 'https://vk.com/feed');

  it('never takes a nested repost or an advert for a post', () => {
    const ids = vk.findPosts(doc).map((el) => el.getAttribute('data-post-id'));
    expect(ids).not.toContain('-10003_90');
    expect(ids).not.toContain('-10004_12');
  });

  it('maps a node inside a repost to the outer post', () => {
    const inner = doc.querySelector('[data-post-id="-10003_90"] [data-testid="showmoretext-in"]')!;
    expect(vk.postOf(inner)?.getAttribute('data-post-id')).toBe('-10001_502');
  });

  it('does not mistake the repost author for the post author', () => {
    const post = doc.querySelector('[data-post-id="-10001_502"]')!;
    expect(vk.snapshot(post, NOW).authorName).toBe('Подслушано Центр');
  });

  it('excludes legacy adverts', () => {
    const legacy = loadFixture('vk/legacy-wall.html', 'https://vk.com/club10001');
    expect(vk.findPosts(legacy).map((el) => el.getAttribute('data-post-id'))).not.toContain('-10004_70');
  });

  it('matches vk.com, vk.ru and their subdomains only', () => {
    expect(['vk.com', 'vk.ru', 'm.vk.ru', 'new.vk.com'].every((hostname) => vk.matches({ hostname }))).toBe(true);
    expect(['ok.ru', 'notvk.com', 'vk.com.evil.example'].some((hostname) => vk.matches({ hostname }))).toBe(false);
  });
});

describe('VK bad input', () => {
  const post = (id: string, body: string) =>
    `<div role="feed"><article data-index="0"><div data-testid="post" data-post-id="${id}" data-post-nesting-lvl="0">${body}</div></article></div>`;

  it('reads a half-hydrated post (no header, no text) as nulls without throwing', () => {
    const doc = loadHtml(post('1_2', '<div data-testid="post-content-container"></div>'), 'https://vk.com/feed');
    const [el] = vk.findPosts(doc);
    expect(vk.snapshot(el!, NOW)).toMatchObject({ postId: '1_2', authorName: null, authorUrl: null, publishedAt: null, text: '', images: [] });
  });

  it('ignores rows whose post id has not arrived yet, and odd ids', () => {
    const doc = loadHtml('<div data-testid="post" data-post-nesting-lvl="0">x</div>' + post('not-an-id', 'y'), 'https://vk.com/feed');
    const found = vk.findPosts(doc);
    expect(found).toHaveLength(1);
    expect(vk.snapshot(found[0]!, NOW).postId).toBeNull();
  });

  it('keeps a 100,000-character post whole and an emoji-only post intact', () => {
    const long = 'Яма на дороге. '.repeat(6700).slice(0, 100_000);
    const doc = loadHtml(post('1_3', `<div data-testid="showmoretext-in">${long}</div>`) + post('1_4', '<div data-testid="showmoretext-in">🙂🙂🙂</div>'), 'https://vk.com/feed');
    const [a, b] = vk.findPosts(doc).map((el) => vk.snapshot(el, NOW));
    expect(a!.text.length).toBeGreaterThan(99_000);
    expect(b!.text).toBe('🙂🙂🙂');
  });

  it('reads HTML-looking text as text, and skips script contents', () => {
    const doc = loadHtml(post('1_5', '<div data-testid="showmoretext-in">&lt;img src=x onerror=alert(1)&gt; дыра<script>var leak = 1</script></div>'), 'https://vk.com/feed');
    const text = vk.snapshot(vk.findPosts(doc)[0]!, NOW).text;
    expect(text).toBe('<img src=x onerror=alert(1)> дыра');
  });

  it('survives garbage markup and broken attributes', () => {
    const doc = loadHtml('<div data-testid="post" data-post-id="1_9" data-post-nesting-lvl="zz"><a data-testid="post-header-title" href="http://[::1">x</a><time datetime="not a date">вчера</time><img src="http://[bad"><div data-testid="showmoretext-in"><b><i>unclosed', 'https://vk.com/feed');
    const [el] = vk.findPosts(doc);
    const snap = vk.snapshot(el!, NOW);
    expect(snap).toMatchObject({ postId: '1_9', authorName: 'x', authorUrl: null, publishedAt: 'вчера', text: 'unclosed', images: [] });
  });
});
