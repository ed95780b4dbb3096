// The content script's cost on a real feed: a 1,000-post page in the VK layout, read by scrolling a screen at a
// time, with batches of 50 appended at the bottom, measured in Chromium in the same run without and with the
// extension. Every post passes through the viewport, so every post is processed. A third arm has the page itself
// draw the same controls on the same posts, with no extension: what drawing the controls costs this page whoever
// draws them, so the figures separate the controls' rendering from the content script's own work.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, repoRoot, distDir } from '../lib/browser.ts';
import { startFeedServer } from '../lib/feed-server.ts';
import { ensureBuild } from '../ensure-build.ts';
import { classify } from '../../src/core/classifier/index.ts';
import { categoryLabel } from '../../src/content/control.ts';
import { CONTROL_CSS } from '../../src/content/styles.ts';

const POSTS = 1000;
const BATCH = 50;
const RUNS = 5;

// Texts written for the benchmark: half local problems, half everyday posts, like a real feed.
const TEXTS = [
  'Огромная яма на дороге по улице Садовой возле дома 12, уже третья машина пробила колесо. Когда отремонтируют?',
  'Всех с пятницей! Кто идёт в субботу на концерт в парке? Говорят, будет салют 🎉',
  'Третий день нет горячей воды в доме 5 по проспекту Мира, управляющая компания трубку не берёт.',
  'Продаю детскую коляску в хорошем состоянии, самовывоз из центра, пишите в личку.',
  'Во дворе на Абая 45 не горит ни один фонарь, вечером страшно идти с детьми. Әкімдік, көмектесіңізші!',
  'Рецепт самого вкусного борща от моей бабушки: свёкла, капуста, немного уксуса и любовь ❤️',
  'Мусорные баки на Жибек жолы 50 переполнены уже неделю, вокруг ходят собаки, вонь на весь двор.',
  'Поздравляем нашу команду с победой в городском турнире по волейболу! Так держать 💪',
];

function post(i: number): string {
  const text = TEXTS[i % TEXTS.length]!;
  return `<article data-index="${i}" class="vkit-Row1aB"><div class="vkit-Wr4pP3"><div class="vkit-Pa9kLm" data-testid="post" data-post-id="-${1000 + (i % 97)}_${i + 1}" data-post-nesting-lvl="0">
<div class="vkit-Hd7Qw1"><a data-testid="post-header-avatar" href="/club${i}"><img src="/img/avatar.png" alt=""></a>
<div><a data-testid="post-header-title" href="/club${i}"><span>Сообщество ${i}</span></a>
<div data-testid="post-header-subtitle"><a data-testid="post_date_block_preview" href="/wall-${1000 + (i % 97)}_${i + 1}">сегодня в 9:${String(i % 60).padStart(2, '0')}</a></div></div></div>
<div data-testid="post-content-container"><div data-testid="showmoretext"><div data-testid="showmoretext-in">${text} #${i}</div></div></div>
<div class="vkitPostFooter__root--J16mh"><button data-testid="post_footer_action_like" type="button">♡ ${i % 50}</button><button data-testid="post_footer_action_comment" type="button">💬</button></div>
</div></div></article>`;
}

function benchPage(extraScript = ''): string {
  const posts = Array.from({ length: POSTS }, (_, i) => post(i));
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>bench</title>
<style>article{display:block;margin:12px auto;max-width:550px;padding:12px;border:1px solid #ddd}</style></head>
<body><div role="feed" id="feed"></div>
<script>
const POSTS = ${JSON.stringify(posts)};
let next = 0;
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
window.__appendBatch = (n) => {
  const feed = document.getElementById('feed');
  feed.insertAdjacentHTML('beforeend', POSTS.slice(next, next + n).join(''));
  next += n;
  return next;
};
// A reader's scroll: one screen further down.
window.__scrollScreen = () => {
  window.scrollBy(0, window.innerHeight * 0.9);
  return window.scrollY + window.innerHeight >= document.body.scrollHeight - 5;
};
${extraScript}
</script></body></html>`;
}

/**
 * The floor arm's page script: the extension's control (its stylesheet, element structure and texts) inserted by the
 * page into the posts the classifier marks, synchronously with each batch, so no extra frame is involved.
 */
function controlsDrawnByPage(): string {
  const button = (JSON.parse(readFileSync(join(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>).fileAsAppeal!.message;
  const chips = TEXTS.map((text) => {
    const verdict = classify(text);
    return verdict.problem && verdict.category ? categoryLabel(verdict.category, 'en') : null;
  });
  return `
const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(CONTROL_CSS)});
const chips = ${JSON.stringify(chips)};
const appendPosts = window.__appendBatch;
window.__appendBatch = (n) => {
  const from = next;
  const to = appendPosts(n);
  const rows = document.querySelectorAll('article[data-index]');
  for (let i = from; i < to; i++) {
    const chipText = chips[i % chips.length];
    if (chipText === null) continue;
    const host = document.createElement('pta-control');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const wrap = document.createElement('div');
    wrap.className = 'w';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = ${JSON.stringify(button)};
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.textContent = chipText;
    const hint = document.createElement('span');
    hint.className = 'hint';
    hint.hidden = true;
    wrap.append(button, chip, hint);
    root.append(wrap);
    rows[i].querySelector('[data-testid="post-content-container"]').after(host);
  }
  return to;
};`;
}

type Arm = 'without' | 'floor' | 'extension';

interface RunResult {
  mainThreadMs: number;
  /** CPU time of the page's main thread: unlike task durations, not inflated when the machine is busy. */
  cpuMs: number;
  longTasks: number;
  maxLongTaskMs: number;
  controls: number;
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }
type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** Sums the thread (CPU) time of the top-level tasks of the page's renderer main thread. */
async function startCpuTrace(cdp: Cdp): Promise<{ stop(): Promise<number> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => void events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
      const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
      const perThread = new Map<string, number>();
      const end = new Map<string, number>();
      const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(thread(e))).sort((a, b) => a.ts - b.ts);
      for (const task of tasks) {
        const key = thread(task);
        if (task.ts < (end.get(key) ?? 0)) continue; // nested in a task already counted
        end.set(key, task.ts + (task.dur ?? 0));
        perThread.set(key, (perThread.get(key) ?? 0) + (task.tdur ?? 0) / 1000);
      }
      // The page's renderer is the busiest one (the extension's pages, if any, are idle here).
      return Math.max(0, ...perThread.values());
    },
  };
}

async function run(arm: Arm, resolverRule: string): Promise<RunResult> {
  const withExtension = arm === 'extension';
  const browser = await launchWithExtension({ resolverRule, withoutExtension: !withExtension });
  try {
    const page = await browser.context.newPage();
    await page.goto(arm === 'floor' ? 'https://vk.com/bench-floor' : 'https://vk.com/bench');
    await page.waitForTimeout(300);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskDuration = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    const trace = await startCpuTrace(cdp);
    const before = await taskDuration();
    // Like a reader: scroll a screen at a time; at the bottom the feed appends the next batch.
    type BenchWindow = { __appendBatch(n: number): number; __scrollScreen(): boolean };
    for (let appended = 0; appended < POSTS; ) {
      const atBottom = await page.evaluate(() => (window as unknown as BenchWindow).__scrollScreen());
      if (atBottom) appended = await page.evaluate((n) => (window as unknown as BenchWindow).__appendBatch(n), BATCH);
      await page.waitForTimeout(40);
    }
    while (!(await page.evaluate(() => (window as unknown as BenchWindow).__scrollScreen()))) await page.waitForTimeout(40);
    // Let idle-time work finish: the content script processes posts in idle slices.
    await page.waitForTimeout(1500);
    const after = await taskDuration();
    const cpuMs = await trace.stop();
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const controls = arm === 'without' ? 0 : await page.getByRole('button', { name: 'File as appeal' }).count();
    return { mainThreadMs: after - before, cpuMs, longTasks: longTasks.length, maxLongTaskMs: Math.max(0, ...longTasks), controls };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const runsOf = (results: RunResult[], pick: (r: RunResult) => number): string => results.map((r) => pick(r).toFixed(0)).join(', ');

export default async function feedBenchmark(): Promise<void> {
  ensureBuild();
  const dir = join(repoRoot, '.cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench-feed.html');
  const floorFile = join(dir, 'bench-feed-floor.html');
  writeFileSync(file, benchPage());
  writeFileSync(floorFile, benchPage(controlsDrawnByPage()));
  const server = await startFeedServer({ 'vk.com/bench': file, 'vk.com/bench-floor': floorFile });
  try {
    const results: Record<Arm, RunResult[]> = { without: [], floor: [], extension: [] };
    // Interleaved, so that a change in the machine's load touches every arm alike.
    for (let i = 0; i < RUNS; i++) {
      for (const arm of ['without', 'floor', 'extension'] as const) results[arm].push(await run(arm, server.resolverRule));
    }
    const { without, floor, extension: withExt } = results;
    const med = (arm: RunResult[], pick: (r: RunResult) => number): number => median(arm.map(pick));
    const task = (r: RunResult): number => r.mainThreadMs;
    const cpu = (r: RunResult): number => r.cpuMs;
    const base = med(without, task);
    const ext = med(withExt, task);
    const addedLongTasks = med(withExt, (r) => r.longTasks) - med(without, (r) => r.longTasks);
    const script = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')).content_scripts[0].js[0] as string;
    const bundle = readFileSync(join(distDir, script));
    const gzipKb = gzipSync(bundle, { level: 9 }).length / 1024;
    console.log(`  feed: ${POSTS} VK posts in batches of ${BATCH}, median of ${RUNS} runs per arm`);
    console.log(`  main-thread time without extension: ${base.toFixed(1)} ms; with: ${ext.toFixed(1)} ms`);
    console.log(`  ratio with/without: ${(ext / base).toFixed(3)}  (budget ≤ 1.10; runs without: ${runsOf(without, task)}; with: ${runsOf(withExt, task)})`);
    console.log(`  main-thread CPU time without: ${med(without, cpu).toFixed(1)} ms; with: ${med(withExt, cpu).toFixed(1)} ms; ratio ${(med(withExt, cpu) / med(without, cpu)).toFixed(3)}  (runs without: ${runsOf(without, cpu)}; with: ${runsOf(withExt, cpu)})`);
    // The same controls drawn by the page: the part of the ratio that is the controls' rendering, not our script.
    console.log(`  floor, the same ${med(floor, (r) => r.controls)} controls drawn by the page itself (no extension): task time ${med(floor, task).toFixed(1)} ms, ratio ${(med(floor, task) / base).toFixed(3)}; CPU ${med(floor, cpu).toFixed(1)} ms, ratio ${(med(floor, cpu) / med(without, cpu)).toFixed(3)}  (runs: ${runsOf(floor, task)} / ${runsOf(floor, cpu)})`);
    console.log(`  the content script beyond drawing its controls, with/floor: task time ${(ext / med(floor, task)).toFixed(3)}, CPU ${(med(withExt, cpu) / med(floor, cpu)).toFixed(3)}`);
    // Everything the extension adds, rendering included; the script's own median per post (budget ≤ 0.2 ms) is
    // measured post by post in Chromium by the content benchmark.
    console.log(`  added main-thread time per post, script and rendering: ${((ext - base) / POSTS).toFixed(3)} ms  (the script's own median per post: see "content")`);
    console.log(`  long tasks (> 50 ms) without: ${med(without, (r) => r.longTasks)}, with: ${med(withExt, (r) => r.longTasks)}; added: ${addedLongTasks}  (budget 0)`);
    console.log(`  longest task with the extension: ${med(withExt, (r) => r.maxLongTaskMs).toFixed(1)} ms`);
    console.log(`  controls shown: ${med(withExt, (r) => r.controls)} of ${POSTS} posts (half are problems)`);
    console.log(`  content-script bundle: ${(statSync(join(distDir, script)).size / 1024).toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzipped  (budget ≤ 60 KB)`);
  } finally {
    await server.close();
  }
}
