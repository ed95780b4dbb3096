// Guarantee 5 of the privacy and security issue, last part: the browser stops an idle service worker whenever it
// likes, and nothing may depend on it staying alive. Here Chromium's own DevTools protocol stops the worker in
// the middle of each flow; the flow must still complete once the browser wakes the worker: filing a draft from a
// feed, a status change that re-plans reminders and the badge, and the reminder alarms themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { Appeal } from '../../src/core/appeal.ts';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';
import { readStoredAppeals } from './idb.ts';

/** The chrome.* calls evaluated here, typed locally so that the shared declarations stay as they are. */
interface Alarm {
  name: string;
  scheduledTime: number;
}
interface ChromeApis {
  alarms: { getAll(): Promise<Alarm[]>; clearAll(): Promise<boolean> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

let session: Session;
let feed: Page;
let cdp: CDPSession;
/** The worker's running status as the browser reports it (running, stopping, stopped, starting). */
const statuses: string[] = [];
const today = new Date().toISOString().slice(0, 10);
const longAgo = new Date(Date.now() - 70 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  session = await startSession();
  feed = await session.open('https://vk.com/feed');
  cdp = await session.context.newCDPSession(feed);
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.includes(session.extensionId)) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
});
afterAll(async () => session?.close());

/** Stops the extension's service worker with DevTools and waits until the browser reports it stopped. */
async function stopWorker(): Promise<void> {
  await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('running');
  const from = statuses.length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.slice(from), { timeout: 10_000 }).toContain('stopped');
  expect(statuses.at(-1)).toBe('stopped');
}

/** The browser started the worker again after `from` (its status went back through starting to running). */
async function expectWokenSince(from: number): Promise<void> {
  await expect.poll(() => statuses.slice(from), { timeout: 10_000 }).toEqual(expect.arrayContaining(['starting', 'running']));
  await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('running');
}

async function workerAlarms(): Promise<Alarm[]> {
  const alarms = await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeApis }).chrome.alarms.getAll());
  return alarms.filter((alarm) => alarm.name.startsWith('appeal-reminder:')).sort((a, b) => a.name.localeCompare(b.name));
}

async function submitFromCard(appealId: string, on: string): Promise<Page> {
  const card = await session.open(session.url(`src/pages/appeals/index.html#/appeal/${appealId}`));
  await card.getByRole('button', { name: 'Mark ready' }).click();
  await card.getByRole('button', { name: 'Mark submitted' }).click();
  await card.getByLabel('Submission date').fill(on);
  await card.getByLabel('Registration number').fill(`ЖТ-${appealId.slice(0, 6)}`);
  return card;
}

let first: Appeal;
let second: Appeal;

describe('the service worker stopped by the browser in the middle of the flows', () => {
  it('a click on "File as appeal" still stores the draft: the click wakes the stopped worker', async () => {
    await feed.getByRole('button', { name: 'File as appeal' }).first().waitFor();
    await stopWorker();
    const from = statuses.length;
    await feed.getByRole('button', { name: 'File as appeal' }).first().click();
    await expectWokenSince(from);
    await expect.poll(async () => (await readStoredAppeals(session)).length, { timeout: 10_000 }).toBe(1);
    first = (await readStoredAppeals(session))[0]!;
    expect(first.source?.network).toBe('vk');
    expect(first.source?.text).toContain('Огромная яма на дороге');
  });

  it('a status change saved while the worker is stopped still updates the overdue badge', async () => {
    const card = await submitFromCard(first.id, longAgo);
    expect(await session.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await stopWorker();
    const from = statuses.length;
    await card.getByRole('button', { name: 'Save' }).click();
    await expectWokenSince(from);
    await expect.poll(async () => (await readStoredAppeals(session)).find((a) => a.id === first.id)?.status, { timeout: 10_000 }).toBe('submitted');
    await expect.poll(() => session.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('1');
    await card.close();
  });

  it('reminder alarms planned from the database survive the worker being stopped', async () => {
    await feed.getByRole('button', { name: 'File as appeal' }).nth(1).click();
    await expect.poll(async () => (await readStoredAppeals(session)).length, { timeout: 10_000 }).toBe(2);
    second = (await readStoredAppeals(session)).find((a) => a.id !== first.id)!;
    const card = await submitFromCard(second.id, today);
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await workerAlarms()).map((a) => a.name), { timeout: 10_000 }).toContain(`appeal-reminder:${second.id}:due`);
    const planned = await workerAlarms();
    expect(planned.every((alarm) => alarm.name.startsWith(`appeal-reminder:${second.id}:`))).toBe(true);

    await stopWorker();
    const from = statuses.length;
    // Wake the worker with a message it refuses (settings/content is for content scripts): nothing is re-planned.
    const reply = await card.evaluate(() => (globalThis as unknown as { chrome: ChromeApis }).chrome.runtime.sendMessage({ name: 'settings/content', req: {} }));
    expect(reply).toEqual({ ok: false, error: 'sender not allowed' });
    await expectWokenSince(from);
    expect(await workerAlarms()).toEqual(planned);
    await card.close();
  });

  it('a worker started again re-creates cleared alarms from the database when a page asks it to', async () => {
    const planned = await workerAlarms();
    expect(planned.length).toBeGreaterThan(0);
    await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeApis }).chrome.alarms.clearAll());
    expect(await workerAlarms()).toEqual([]);
    await stopWorker();
    const from = statuses.length;
    const page = await session.open(session.url('src/pages/appeals/index.html#/'));
    // The message every status change, import and deletion sends.
    const reply = await page.evaluate(() => (globalThis as unknown as { chrome: ChromeApis }).chrome.runtime.sendMessage({ name: 'reminders/sync', req: {} }));
    expect(reply).toEqual({ ok: true, res: { overdue: 1 } });
    await expectWokenSince(from);
    expect(await workerAlarms()).toEqual(planned);
    expect(await session.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await page.close();
  });

  it('raised no console errors in the feed or the extension pages', () => {
    expect(session.errors).toEqual([]);
  });
});

describeNoForeignRequests(() => session);
