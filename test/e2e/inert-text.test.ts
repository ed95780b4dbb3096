// Inert page data (issue 7, guarantee 4): a post whose text is markup, `javascript:` links, bidi-override and
// zero-width characters and a 20,000-character line is filed from a feed and followed through every place the
// extension shows or exports it. Everywhere it must stay text: no code runs, no element is made from it, the
// literal text is what the user sees (without the invisible characters that could disguise it), and the long line
// never widens a page. The exports keep it as data: escaped in HTML and XML, quoted in CSV with formula cells
// defused, and byte-for-byte the captured text in the JSON backup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import type { Appeal } from '../../src/core/appeal.ts';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';
import { readStoredAppeals } from './idb.ts';

// The texts of test/fixtures/vk/hostile-feed.html as a reader sees them.
const SCRIPT = '<script>window.__pta_pwned=1</script>';
const IMG = '<img src=x onerror=window.__pta_pwned=1>';
const JS_LINK = '<a href="javascript:window.__pta_pwned=1">смотреть</a>';
const SVG = '"><svg onload=window.__pta_pwned=1>';
const IFRAME = '<iframe srcdoc="<script>parent.__pta_pwned=1</script>"></iframe>';
const MARKUP = [SCRIPT, IMG, JS_LINK, SVG, IFRAME];
/** What of it the draft's body keeps: a Gosuslugi message cuts the essence to its first 420 characters. */
const BODY_MARKUP = [SCRIPT, IMG, JS_LINK];
/** «дом 12» spelled backwards under a right-to-left override, and a word split by zero-width characters. */
const SPOOFED = 'Адрес: \u202e21 мод\u202c, про\u200bвер\u200dка\ufeff ремонта';
const SPOOFED_SHOWN = 'Адрес: 21 мод, проверка ремонта';
const LONG_LINE = `Ям${'а'.repeat(19_998)}`;
const POST_TEXT = [
  'Огромная яма на дороге по улице Street 1 возле дома 12, уже третья машина за неделю пробила колесо. Асфальт разбит, когда отремонтируют?',
  SPOOFED,
  SCRIPT,
  IMG,
  `Фото ямы: ${JS_LINK} javascript:window.__pta_pwned=1`,
  `${SVG} ${IFRAME}`,
  LONG_LINE,
].join('\n');
/** The post whose text container holds the page's own link, <img onerror> and <script>: only their text counts. */
const PAGE_MARKUP_TEXT =
  'Третий день нет отопления в доме 5 на улице Street 2, в квартирах +14, дети болеют. Видео из подвала: смотреть видео Управляющая компания трубку не берёт.';

/** What a user pastes into the subject and the registration number: markup, a formula, a long unbroken run. */
const SUBJECT = `=HYPERLINK("https://example.invalid/") ${IMG} Яма${'а'.repeat(400)}`;
const REG_NUMBER = '@ЖТ-2026-0042';
/** Where invisible characters are, with a little context (the whole text would bury a failure). */
const invisibleIn = (text: string): string[] => text.match(/.{0,12}[\u200b\u200d\u202c\u202e\ufeff].{0,12}/gu) ?? [];
/** Anything the hostile text would have become had it been parsed as HTML. */
const INJECTED = 'img[src="x"], svg[onload], iframe[srcdoc], [onerror], [onload], [onmouseover], a[href^="javascript:" i]';
/** The same elements, as they would appear in the light DOM of the feed page (whose own markup has handlers). */
const INJECTED_ON_SITE = 'img[src="x"], svg[onload], iframe[srcdoc]';

const longAgo = new Date(Date.now() - 70 * 86_400_000).toISOString().slice(0, 10);

let session: Session;
let appeal: Appeal;
let card: Page;

beforeAll(async () => {
  session = await startSession();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => session?.close());

const storedByPost = async (postId: string): Promise<Appeal | undefined> =>
  (await readStoredAppeals(session)).find((a) => a.source?.postId === postId);

interface PageState {
  pwned: unknown;
  injected: string[];
  foreignScripts: string[];
  overflow: number;
  /** What the extension's own controls on a site say. */
  shadowText: string;
  /** Everything shown, with the values of form fields. */
  text: string;
}

/** What the hostile text could have done to a page, looked up inside open shadow roots too. */
async function pageState(page: Page, extensionOrigin: string | null): Promise<PageState> {
  return page.evaluate(
    ({ injected, onSite, origin }) => {
      const shadows = [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
      // The feed's own markup has a javascript: link and an onerror handler: on the site only our shadow roots count.
      const roots: ParentNode[] = origin ? [document, ...shadows] : shadows;
      const found = roots.flatMap((root) => [...root.querySelectorAll(injected)].map((el) => el.outerHTML.slice(0, 80)));
      if (!origin) found.push(...[...document.querySelectorAll(onSite)].map((el) => el.outerHTML.slice(0, 80)));
      const fields = [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value);
      return {
        pwned: (window as unknown as { __pta_pwned?: unknown }).__pta_pwned,
        injected: found,
        // Extension pages run only their bundled module scripts; no inline script can have been added.
        foreignScripts: origin ? [...document.scripts].filter((s) => !s.src.startsWith(origin)).map((s) => s.outerHTML.slice(0, 80)) : [],
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        shadowText: shadows.map((s) => s.textContent ?? '').join('\n'),
        text: [document.body.innerText, ...fields].join('\n'),
      };
    },
    { injected: INJECTED, onSite: INJECTED_ON_SITE, origin: extensionOrigin },
  );
}

/** (a) no code ran, (b) no element was made from the text, (d) no invisible character shown, (e) no wide page. */
async function expectInert(page: Page): Promise<void> {
  const state = await pageState(page, `chrome-extension://${session.extensionId}/`);
  expect(state.pwned).toBeUndefined();
  expect(state.injected).toEqual([]);
  expect(state.foreignScripts).toEqual([]);
  expect(invisibleIn(state.text)).toEqual([]);
  expect(state.overflow).toBeLessThanOrEqual(1);
}

/** (c) the markup is on screen as the literal characters the post contains. */
async function expectLiteral(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) {
    await expect.poll(() => page.getByText(text, { exact: false }).first().isVisible(), { timeout: 10_000 }).toBe(true);
  }
}

async function download(page: Page, button: string): Promise<Buffer> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file: Download = await started;
  return readFile((await file.path())!);
}

describe('hostile post text in Chromium', () => {
  it('stays text on the feed: the page runs only its own markup and the controls hold none of the post', async () => {
    const feed = await session.open('https://vk.com/hostile');
    const control = (postId: string) => feed.locator(`[data-post-id="${postId}"]`).getByRole('button', { name: 'File as appeal' });
    for (const postId of ['-10001_702', '-10006_703', '-10001_701']) await control(postId).waitFor({ timeout: 10_000 });
    // The page's own <img onerror> and <script> ran once each, on the page: the extension copied neither.
    await expect.poll(() => feed.evaluate(() => (window as unknown as { __page_onerror_runs?: number }).__page_onerror_runs)).toBe(1);
    const state = await pageState(feed, null);
    expect(await feed.evaluate(() => (window as unknown as { __page_script_runs?: number }).__page_script_runs)).toBe(1);
    expect(state.pwned).toBeUndefined();
    expect(state.injected).toEqual([]);
    expect(state.shadowText).not.toContain('__pta_pwned');

    for (const postId of ['-10001_702', '-10001_701']) {
      await control(postId).click();
      await expect.poll(async () => (await storedByPost(postId)) !== undefined, { timeout: 10_000 }).toBe(true);
    }
    expect((await storedByPost('-10001_702'))!.source!.text).toBe(PAGE_MARKUP_TEXT);
    appeal = (await storedByPost('-10001_701'))!;
    // Stored exactly as captured: markup, invisible characters and the whole long line are data.
    expect(appeal.source!.text).toBe(POST_TEXT);
    expect(await feed.evaluate(() => (window as unknown as { __pta_pwned?: unknown }).__pta_pwned)).toBeUndefined();
    for (const page of session.context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
    await feed.close();
  });

  it('stays text in the popup, and "Copy text" copies it as text', async () => {
    const popup = await session.open(session.url('src/pages/popup/index.html'));
    await popup.setViewportSize({ width: 400, height: 600 });
    await expectLiteral(popup, [...MARKUP, SPOOFED_SHOWN, 'Ямааааа']);
    const body = popup.getByLabel('Essence and request');
    await expect.poll(() => body.inputValue(), { timeout: 10_000 }).toContain(SCRIPT);
    await popup.getByLabel('Subject').fill(SUBJECT);
    await expectInert(popup);

    await popup.getByRole('button', { name: 'Copy text' }).click();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    for (const text of [...BODY_MARKUP, SUBJECT, SPOOFED_SHOWN]) expect(copied).toContain(text);
    expect(invisibleIn(copied)).toEqual([]);
    await expect.poll(async () => (await storedByPost('-10001_701'))?.subject).toBe(SUBJECT);
    expect(await session.serviceWorker.evaluate(() => (self as unknown as { __pta_pwned?: unknown }).__pta_pwned)).toBeUndefined();
    await popup.close();
  });

  it('stays text in the full editor, .txt and .docx keep it as text', async () => {
    card = await session.open(session.url(`src/pages/appeals/index.html#/appeal/${appeal.id}`));
    await card.getByText('The original post').click();
    await expectLiteral(card, [...MARKUP, SPOOFED_SHOWN]);
    await expect.poll(() => card.getByRole('heading', { name: SUBJECT.slice(0, 60) }).isVisible()).toBe(true);
    await expectInert(card);

    await card.getByRole('button', { name: 'Copy text' }).click();
    const copied = await card.evaluate(() => navigator.clipboard.readText());
    const txt = (await download(card, 'Download .txt')).toString('utf8');
    expect(txt).toBe(copied);
    for (const text of [...BODY_MARKUP, SUBJECT, SPOOFED_SHOWN]) expect(txt).toContain(text);
    expect(invisibleIn(txt)).toEqual([]);

    const documentXml = zipEntry(await download(card, 'Download .docx'), 'word/document.xml');
    // The text is in the document's text runs, escaped; no element of it became XML.
    expect(documentXml).not.toMatch(/<(?:script|img|svg|iframe|a)[\s>]/u);
    expect(documentXml).toContain('&lt;script&gt;window.__pta_pwned=1&lt;/script&gt;');
    const runs = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => unescapeXml(m[1]!)).join('\n');
    for (const text of [...BODY_MARKUP, SPOOFED_SHOWN]) expect(runs).toContain(text);
    expect(invisibleIn(runs)).toEqual([]);
  });

  it('stays text in the printable letter', async () => {
    const opened = session.context.waitForEvent('page');
    await card.getByRole('button', { name: 'Print letter' }).click();
    const print = await opened;
    await print.waitForLoadState('domcontentloaded');
    expect(print.url()).toContain(`#/print/${encodeURIComponent(appeal.id)}`);
    await expectLiteral(print, [...BODY_MARKUP, SPOOFED_SHOWN, SUBJECT.slice(0, 60)]);
    await expectInert(print);
    await print.close();
  });

  it('stays text in the reminder notification', async () => {
    await card.getByRole('button', { name: 'Mark ready' }).click();
    await card.getByRole('button', { name: 'Mark submitted' }).click();
    await card.getByLabel('Submission date').fill(longAgo);
    await card.getByLabel('Registration number').fill(REG_NUMBER);
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await storedByPost('-10001_701'))?.registrationNumber, { timeout: 10_000 }).toBe(REG_NUMBER);
    await expectLiteral(card, [REG_NUMBER, SCRIPT]);
    await expectInert(card);
    // Notifications take plain strings only; what matters is that the hostile subject does not stop one showing.
    await session.serviceWorker.evaluate((id) => chrome.alarms.create(`appeal-reminder:${id}:overdue`, { when: Date.now() + 100 }), appeal.id);
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 10_000 })
      .toContain(`appeal:${appeal.id}`);
  });

  it('stays text in the "My appeals" list', async () => {
    const list = await session.open(session.url('src/pages/appeals/index.html#/'));
    await expectLiteral(list, [IMG, REG_NUMBER]);
    await expect.poll(() => list.getByRole('link', { name: SUBJECT.slice(0, 60) }).isVisible()).toBe(true);
    await expectInert(list);
    await list.close();
  });

  it('round-trips the text exactly as data in the JSON backup, CSV and Open311 exports', async () => {
    const page = await session.open(session.url('src/pages/appeals/index.html#/backup'));
    appeal = (await storedByPost('-10001_701'))!;

    const backup = JSON.parse((await download(page, 'Download backup (JSON)')).toString('utf8')) as { appeals: Appeal[] };
    const saved = backup.appeals.find((a) => a.id === appeal.id)!;
    expect(saved.source!.text).toBe(POST_TEXT);
    expect(saved.subject).toBe(SUBJECT);
    expect(saved.body).toBe(appeal.body);
    expect(saved.registrationNumber).toBe(REG_NUMBER);

    const csv = (await download(page, 'Export table (CSV)')).toString('utf8').replace(/^\ufeff/u, '');
    const table = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(table.errors).toEqual([]);
    const row = table.data.find((r) => r.id === appeal.id)!;
    // Cells a spreadsheet would run as formulas carry a leading quote; the rest is the stored text, whole.
    expect(row.subject).toBe(`'${SUBJECT}`);
    expect(row.registration_number).toBe(`'${REG_NUMBER}`);
    expect(row.body).toBe(appeal.body);
    for (const text of BODY_MARKUP) expect(row.body).toContain(text);
    for (const cell of table.data.flatMap((r) => Object.values(r))) expect(cell).not.toMatch(/^[\s\u00a0]*[=+\-@\t\r]/u);

    const requests = JSON.parse((await download(page, 'Export for civic groups (Open311 JSON)')).toString('utf8')) as {
      service_request_id: string;
      description: string;
      status_notes: string;
    }[];
    const request = requests.find((r) => r.service_request_id === appeal.id)!;
    expect(request.description).toBe(`${SUBJECT}\n\n${appeal.body}`);
    expect(request.status_notes).toContain(REG_NUMBER);
    await expectInert(page);
    await page.close();
  });

  it('raised no console errors in the extension pages', () => {
    expect(session.errors.filter((e) => e.startsWith('chrome-extension://'))).toEqual([]);
  });
});

/** One entry of a ZIP file (a .docx), read through its central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the archive`);
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity] ?? whole;
  });
}

describeNoForeignRequests(() => session);
