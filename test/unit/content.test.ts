import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { Classification } from '../../src/core/types.ts';
import { createContentScript, type ContentDeps } from '../../src/content/controller.ts';
import { extensionAlive, isContextLost } from '../../src/content/lifecycle.ts';
import type { Strings } from '../../src/content/strings.ts';
import { HOST_TAG } from '../../src/sites/dom.ts';
import { vk } from '../../src/sites/vk.ts';
import { loadFixture, loadHtml } from '../fixtures/load.ts';

const STRINGS: Strings = {
  lang: 'en', fileAsAppeal: 'File as appeal', emergencyHint: 'Emergency? Call 112 (gas: 104)', draftCreated: 'Draft created',
  draftDuplicate: 'Already in your appeals', draftFailed: 'Could not create the draft', reloadPageHint: 'Reload the page',
  draftPending: 'Creating…',
};

/** A stand-in classifier so these tests exercise the content script, not the model. */
function fakeClassify(text: string): Classification {
  const hit = /яма|отоплен|газом|lights|қоқыс|дыра/i.exec(text);
  if (!hit) return { problem: false, score: 0.1, category: null, emergency: false, evidence: [] };
  return {
    problem: true, score: 0.9, category: /lights/.test(hit[0]) ? 'lighting' : 'roads', emergency: /газом/.test(hit[0]),
    evidence: [{ start: hit.index, end: hit.index + hit[0].length, text: hit[0] }],
  };
}

const PROBLEM_IDS = ['-10001_501', '-10001_502', '20005_301', '-10006_44', '-10001_503'];
const ALL_IDS = ['-10001_501', '20002_77', '-10001_502', '20005_301', '-10006_44', '20007_5', '-10001_503'];

function setup(doc: Document, overrides: Partial<ContentDeps> = {}) {
  const deps: ContentDeps = {
    adapter: vk, doc, classify: vi.fn(fakeClassify),
    sendDraft: vi.fn(async () => ({ appealId: 'a1', duplicate: false, shownIn: 'popup' as const })),
    loadSettings: vi.fn(async () => ({ showOnAllPosts: false })),
    alive: extensionAlive, isContextLost, strings: STRINGS,
    scheduler: { request: () => undefined, now: () => performance.now() },
    now: () => new Date('2025-11-22T10:00:00Z'),
    ...overrides,
  };
  return { deps, script: createContentScript(deps) };
}

const feed = () => loadFixture('vk/vkui-feed.html', 'https://vk.com/feed');
const hosts = (doc: Document) => Array.from(doc.querySelectorAll(HOST_TAG)) as HTMLElement[];
const postIdOf = (host: Element) => vk.postOf(host)?.getAttribute('data-post-id');
const button = (host: Element) => host.shadowRoot!.querySelector('button')!;
const hostFor = (doc: Document, id: string) => hosts(doc).find((h) => postIdOf(h) === id)!;
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

async function started(doc: Document, overrides: Partial<ContentDeps> = {}) {
  const ctx = setup(doc, overrides);
  await ctx.script.start();
  ctx.script.flush();
  return ctx;
}

describe('content script on the VK feed', () => {
  it('puts one control on each problem post and none elsewhere', async () => {
    const doc = feed();
    await started(doc);
    expect(hosts(doc).map(postIdOf)).toEqual(PROBLEM_IDS);
  });

  it('shows the control on every post when showOnAllPosts is on, without a chip on non-problems', async () => {
    const doc = feed();
    await started(doc, { loadSettings: async () => ({ showOnAllPosts: true }) });
    expect(hosts(doc).map(postIdOf)).toEqual(ALL_IDS);
    expect((hostFor(doc, '20002_77').shadowRoot!.querySelector('.chip') as HTMLElement).hidden).toBe(true);
  });

  it('renders a keyboard-reachable button named after the localised string, a category chip and evidence', async () => {
    const doc = feed();
    await started(doc);
    const host = hostFor(doc, '-10001_501');
    const btn = button(host);
    expect(btn.tagName).toBe('BUTTON');
    expect(btn.textContent).toBe('File as appeal');
    expect(btn.tabIndex).toBe(0);
    const chip = host.shadowRoot!.querySelector('.chip') as HTMLElement;
    expect(chip.textContent).toBe('Roads · Дороги');
    expect(chip.title).toContain('«яма»');
    expect(host.shadowRoot!.querySelector('.hint')!.hasAttribute('hidden')).toBe(true);
  });

  it('shows the 112/104 hint next to the button of an emergency post before any drafting', async () => {
    const doc = feed();
    const { deps } = await started(doc);
    const host = hostFor(doc, '-10001_503');
    const hint = host.shadowRoot!.querySelector('.hint') as HTMLElement;
    expect(hint.hidden).toBe(false);
    expect(hint.textContent).toContain('112');
    expect(button(host).getAttribute('aria-describedby')).toBe('hint');
    expect(deps.sendDraft).not.toHaveBeenCalled();
  });

  it('inserts the control after the post content, inside the post, and follows the site dark theme', async () => {
    const doc = feed();
    await started(doc);
    const host = hostFor(doc, '-10001_501');
    expect(host.previousElementSibling?.getAttribute('data-testid')).toBe('post-content-container');
    expect(host.shadowRoot!.querySelector('.w')!.classList.contains('dark')).toBe(true);
  });

  it('changes no site node and reveals nothing about the verdict in the light DOM', async () => {
    const doc = feed();
    const before = doc.body.innerHTML;
    await started(doc);
    const host = hostFor(doc, '-10001_503');
    expect(Array.from(host.attributes).map((a) => a.name)).toEqual(['data-pta-gen']);
    expect(host.childNodes).toHaveLength(0);
    for (const h of hosts(doc)) h.remove();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('is idempotent: processing twice or re-injecting a newer script still leaves one control per post', async () => {
    const doc = feed();
    const first = await started(doc);
    first.script.flush();
    const second = await started(doc);
    expect(hosts(doc).map(postIdOf)).toEqual(PROBLEM_IDS);
    first.script.flush();
    expect(first.script.active).toBe(false);
    expect(hosts(doc).map(postIdOf)).toEqual(PROBLEM_IDS);
    expect(second.script.active).toBe(true);
  });

  it('replaces a stale host left by an earlier version of the script', async () => {
    const doc = feed();
    const stale = doc.createElement(HOST_TAG);
    stale.setAttribute('data-pta-gen', '1');
    doc.querySelector('[data-post-id="-10001_501"] [data-testid="post-content-container"]')!.after(stale);
    await started(doc);
    expect(hosts(doc).map(postIdOf)).toEqual(PROBLEM_IDS);
    expect(stale.isConnected).toBe(false);
  });

  it('gives a control to posts appended by infinite scroll', async () => {
    const doc = feed();
    const { script } = await started(doc);
    const row = doc.createElement('article');
    row.innerHTML = '<div data-testid="post" data-post-id="-10008_1" data-post-nesting-lvl="0"><div data-testid="showmoretext-in">Яма во дворе</div></div>';
    doc.querySelector('[role="feed"]')!.append(row);
    await mutationsDelivered();
    script.flush();
    expect(hosts(doc).map(postIdOf)).toEqual([...PROBLEM_IDS, '-10008_1']);
  });

  /** A scheduler driven by the test: idle callbacks and frame callbacks run only when the test says so. */
  function manualScheduler(msPerRead = 0) {
    let clock = 0;
    const idle: Array<() => void> = [];
    const frames: Array<() => void> = [];
    const runAll = (queue: Array<() => void>) => { for (const run of queue.splice(0)) run(); };
    return {
      scheduler: { request: (run: () => void) => void idle.push(run), beforeFrame: (run: () => void) => void frames.push(run), now: () => (clock += msPerRead) },
      runIdle: () => runAll(idle),
      runFrame: () => runAll(frames),
      pending: () => ({ idle: idle.length, frames: frames.length }),
    };
  }

  function appendRows(doc: Document, ids: string[]): void {
    const rows = ids.map((id) => `<article><div data-testid="post" data-post-id="${id}" data-post-nesting-lvl="0"><div data-testid="showmoretext-in">Яма на дороге ${id}</div></div></article>`);
    doc.querySelector('[role="feed"]')!.insertAdjacentHTML('beforeend', rows.join(''));
  }

  it('lays out the controls of appended posts in the frame the site caused, not in a frame of their own', async () => {
    const doc = feed();
    const manual = manualScheduler();
    const { script } = await started(doc, { scheduler: manual.scheduler });
    manual.runFrame();
    appendRows(doc, ['-10008_1', '-10008_2']);
    await mutationsDelivered();
    expect(manual.pending().frames).toBe(1);
    manual.runFrame();
    // Written during the frame callback itself, before the browser's style and layout of that frame.
    expect(hosts(doc).map(postIdOf)).toEqual([...PROBLEM_IDS, '-10008_1', '-10008_2']);
    manual.runIdle();
    expect(manual.pending().frames).toBe(0);
    expect(script.active).toBe(true);
  });

  it('finishes a long batch in idle slices and writes their controls together in a later frame', async () => {
    const doc = feed();
    const manual = manualScheduler(1);
    await started(doc, { scheduler: manual.scheduler });
    manual.runFrame();
    const ids = Array.from({ length: 30 }, (_, i) => `-10009_${i + 1}`);
    appendRows(doc, ids);
    await mutationsDelivered();
    manual.runFrame();
    const inFirstFrame = hosts(doc).length - PROBLEM_IDS.length;
    expect(inFirstFrame).toBeGreaterThan(0);
    expect(inFirstFrame).toBeLessThan(ids.length);
    for (let i = 0; i < 30 && manual.pending().idle > 0; i++) manual.runIdle();
    // Idle slices only read and classify: no write outside a frame.
    expect(hosts(doc).length - PROBLEM_IDS.length).toBe(inFirstFrame);
    manual.runFrame();
    expect(hosts(doc).map(postIdOf)).toEqual([...PROBLEM_IDS, ...ids]);
  });

  it('updates the control when VK reuses a row for another post, keeping a single control', async () => {
    const doc = feed();
    const { script } = await started(doc);
    const post = doc.querySelector('[data-post-id="-10001_501"]')!;
    const text = post.querySelector('[data-testid="showmoretext-in"]')!;
    post.setAttribute('data-post-id', '-20000_1');
    text.textContent = 'The street lights are out again';
    await mutationsDelivered();
    script.flush();
    const host = hostFor(doc, '-20000_1');
    expect(host.shadowRoot!.querySelector('.chip')!.textContent).toBe('Street lighting · Уличное освещение');
    expect(post.querySelectorAll(HOST_TAG)).toHaveLength(1);

    post.setAttribute('data-post-id', '-20000_2');
    text.textContent = 'Приглашаем на праздник двора';
    await mutationsDelivered();
    script.flush();
    expect(post.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });

  it('leaves the control alone when only a counter in the post changes', async () => {
    const doc = feed();
    const manual = manualScheduler();
    const { deps } = await started(doc, { scheduler: manual.scheduler });
    manual.runFrame();
    const calls = vi.mocked(deps.classify).mock.calls.length;
    const host = hostFor(doc, '-10001_501');
    const writes: MutationRecord[] = [];
    const spy = new (doc.defaultView!.MutationObserver)((records) => writes.push(...records));
    spy.observe(host.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    const like = doc.querySelector('[data-post-id="-10001_501"] [data-testid="post_footer_action_like"]')!;
    like.textContent = '♡ 999';
    await mutationsDelivered();
    manual.runFrame();
    manual.runIdle();
    manual.runFrame();
    await mutationsDelivered();
    expect(writes).toHaveLength(0);
    expect(hostFor(doc, '-10001_501')).toBe(host);
    expect(vi.mocked(deps.classify).mock.calls.length).toBe(calls);
  });

  it('classifies a post text only once however often the row is re-checked', async () => {
    const doc = feed();
    const { script, deps } = await started(doc);
    const calls = vi.mocked(deps.classify).mock.calls.length;
    doc.querySelector('[data-post-id="-10001_501"] button')!.setAttribute('aria-label', 'x');
    doc.querySelector('[data-post-id="-10001_501"]')!.setAttribute('data-post-id', '-10001_501');
    await mutationsDelivered();
    script.flush();
    expect(vi.mocked(deps.classify).mock.calls.length).toBe(calls);
  });
});

describe('filing a draft', () => {
  it('sends a fresh snapshot (and nothing else: the worker classifies it itself) and shows "created"', async () => {
    const doc = feed();
    const { deps } = await started(doc);
    const btn = button(hostFor(doc, '-10001_501'));
    btn.click();
    await vi.waitFor(() => expect(btn.textContent).toBe('Draft created'));
    const [req] = vi.mocked(deps.sendDraft).mock.calls[0]!;
    expect(req.snapshot).toMatchObject({ network: 'vk', postId: '-10001_501', authorName: 'Подслушано Центр' });
    expect(req.snapshot.text).toContain('Огромная яма');
    expect(Object.keys(req)).toEqual(['snapshot']);
  });

  it('shows "already in your appeals" for a duplicate and "failed" on an error', async () => {
    const doc = feed();
    const sendDraft = vi.fn()
      .mockResolvedValueOnce({ appealId: 'a1', duplicate: true, shownIn: 'page' })
      .mockRejectedValueOnce(new Error('disk full'));
    await started(doc, { sendDraft });
    const btn = button(hostFor(doc, '-10001_501'));
    btn.click();
    await vi.waitFor(() => expect(btn.textContent).toBe('Already in your appeals'));
    btn.click();
    await vi.waitFor(() => expect(btn.textContent).toBe('Could not create the draft'));
    expect(btn.disabled).toBe(false);
  });

  it('keeps HTML and script from the post as plain text in the shadow UI', async () => {
    const doc = loadHtml('<div role="feed"><article><div data-testid="post" data-post-id="1_1" data-post-nesting-lvl="0"><div data-testid="showmoretext-in">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; дыра</div></div></article></div>', 'https://vk.com/feed');
    const evil: Classification = { problem: true, score: 1, category: 'roads', emergency: true, evidence: [{ start: 0, end: 25, text: '<script>alert(1)</script>' }, { start: 25, end: 50, text: '<img src=x onerror=alert(2)>' }] };
    await started(doc, { classify: () => evil });
    const root = hosts(doc)[0]!.shadowRoot!;
    expect(root.querySelectorAll('script, img')).toHaveLength(0);
    expect((root.querySelector('.chip') as HTMLElement).title).toContain('<img src=x onerror=alert(2)>');
  });
});

describe('extension context loss', () => {
  const runtime = browser.runtime as { id?: string };
  beforeEach(() => { runtime.id = 'test-extension-id'; });
  afterEach(() => { runtime.id = 'test-extension-id'; vi.useRealTimers(); });

  it('disables controls with the reload hint, stops watching and throws nothing', async () => {
    vi.useFakeTimers();
    const doc = feed();
    const { script } = await started(doc);
    runtime.id = undefined;
    expect(() => vi.advanceTimersByTime(1500)).not.toThrow();
    expect(script.active).toBe(false);
    for (const host of hosts(doc)) {
      expect(button(host).disabled).toBe(true);
      expect(host.shadowRoot!.querySelector('.hint')!.textContent).toBe('Reload the page');
    }
    vi.useRealTimers();
    const row = doc.createElement('article');
    row.innerHTML = '<div data-testid="post" data-post-id="-10008_1" data-post-nesting-lvl="0"><div data-testid="showmoretext-in">Яма</div></div>';
    doc.querySelector('[role="feed"]')!.append(row);
    await mutationsDelivered();
    script.flush();
    expect(row.querySelector(HOST_TAG)).toBeNull();
  });

  it('treats "Extension context invalidated" on click as context loss', async () => {
    const doc = feed();
    const { script } = await started(doc, { sendDraft: async () => { throw new Error('Extension context invalidated.'); } });
    const btn = button(hostFor(doc, '-10001_501'));
    btn.click();
    await vi.waitFor(() => expect(script.active).toBe(false));
    expect(btn.disabled).toBe(true);
    expect(button(hostFor(doc, '-10001_503')).disabled).toBe(true);
  });

  it('does not start at all in an orphaned context', async () => {
    runtime.id = undefined;
    const doc = feed();
    const { script } = await started(doc);
    expect(script.active).toBe(false);
    expect(hosts(doc)).toHaveLength(0);
  });
});

describe('control strings', () => {
  it('labels the category in the UI language followed by Russian, and only once for a Russian UI', async () => {
    const { categoryLabel } = await import('../../src/content/control.ts');
    expect(categoryLabel('roads', 'en')).toBe('Roads · Дороги');
    expect(categoryLabel('roads', 'kk')).toBe('Жолдар · Дороги');
    expect(categoryLabel('roads', 'ru')).toBe('Дороги');
    // Long taxonomy names get a short form on the chip, so that it stays on the button's line.
    expect(categoryLabel('yard', 'en')).toBe('Yards & public spaces · Благоустройство');
    expect(categoryLabel('waste', 'kk')).toBe('Қоқыс · Мусор');
  });

  it('reads the button text from the locale and the UI language from the browser', async () => {
    const { loadStrings } = await import('../../src/content/strings.ts');
    vi.mocked(browser.i18n.getMessage).mockImplementation((key: string) => (key === 'fileAsAppeal' ? 'Подать обращение' : ''));
    vi.mocked(browser.i18n.getUILanguage).mockReturnValue('ru-RU');
    try {
      const strings = loadStrings();
      expect(strings.fileAsAppeal).toBe('Подать обращение');
      expect(strings.lang).toBe('ru');
      expect(strings.draftFailed).toBe('draftFailed');
    } finally {
      vi.mocked(browser.i18n.getMessage).mockImplementation((key: string) => key);
      vi.mocked(browser.i18n.getUILanguage).mockReturnValue('en');
    }
  });
});
