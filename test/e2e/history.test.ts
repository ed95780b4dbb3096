// Tracking an appeal in the real extension: file a draft from the feed, mark it submitted with a registration
// number, see the legal due date, get an overdue reminder and badge, escalate, and move the history to a fresh
// browser profile through a backup file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';
import { readStoredAppeals } from './idb.ts';
import { screenshotPath } from './screenshots.ts';

let session: Session;
let appealId: string;
let card: Page;
const backupFile = join(tmpdir(), `pta-backup-${process.pid}.json`);

/** A date far enough back that the legal term (30 days, or 15 working days) has run out. */
const longAgo = new Date(Date.now() - 70 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

describe('My appeals in Chromium', () => {
  it('files a draft from a feed post', async () => {
    const feed = await session.open('https://vk.com/feed');
    await feed.getByRole('button', { name: 'File as appeal' }).first().click();
    await expect.poll(async () => (await readStoredAppeals(session)).length, { timeout: 10_000 }).toBe(1);
    appealId = (await readStoredAppeals(session))[0]!.id;
    await feed.close();
  });

  it('marks it submitted with a registration number and shows the legal due date', async () => {
    card = await session.open(session.url(`src/pages/appeals/index.html#/appeal/${appealId}`));
    await card.getByRole('button', { name: 'Mark ready' }).click();
    await card.getByRole('button', { name: 'Mark submitted' }).click();
    await card.getByLabel('Submission date').fill(longAgo);
    await card.getByLabel('Registration number').fill('ЖТ-2026-0042');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await readStoredAppeals(session))[0]?.status).toBe('submitted');
    const stored = (await readStoredAppeals(session))[0]!;
    expect(stored.registrationNumber).toBe('ЖТ-2026-0042');
    expect(stored.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored.dueOn! > longAgo).toBe(true);
    await expect.poll(() => card.getByText(/Overdue|Due/).first().isVisible()).toBe(true);
    await expect.poll(() => card.getByText('ЖТ-2026-0042').first().isVisible()).toBe(true);
  });

  it('counts the overdue appeal on the toolbar badge', async () => {
    await expect
      .poll(() => session.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 })
      .toBe('1');
  });

  it('shows a reminder notification when its alarm fires, and a click opens the appeal', async () => {
    // The clock is ours to control here: fire the appeal's reminder alarm now instead of waiting for its day.
    await session.serviceWorker.evaluate((id) => chrome.alarms.create(`appeal-reminder:${id}:overdue`, { when: Date.now() + 100 }), appealId);
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 10_000 })
      .toContain(`appeal:${appealId}`);
  });

  it('escalates the overdue appeal into a linked complaint that cites the registration number', async () => {
    await card.reload();
    await card.getByRole('button', { name: 'Escalate' }).click();
    await expect.poll(async () => (await readStoredAppeals(session)).length, { timeout: 10_000 }).toBe(2);
    const appeals = await readStoredAppeals(session);
    const original = appeals.find((a) => a.id === appealId)!;
    const complaint = appeals.find((a) => a.id !== appealId)!;
    expect(complaint.escalates).toBe(appealId);
    expect(original.escalatedBy).toBe(complaint.id);
    expect(complaint.appealType).toBe('complaint');
    expect(complaint.body).toContain('ЖТ-2026-0042');
    await expect.poll(() => card.url()).toContain(complaint.id);
  });

  it('exports the history as a backup file', async () => {
    const list = await session.open(session.url('src/pages/appeals/index.html#/'));
    await list.getByText('ЖТ-2026-0042').first().waitFor().catch(() => undefined);
    await list.screenshot({ path: screenshotPath('appeals'), fullPage: false });
    await list.goto(session.url('src/pages/appeals/index.html#/backup'));
    const download = list.waitForEvent('download');
    await list.getByRole('button', { name: 'Download backup (JSON)' }).click();
    await (await download).saveAs(backupFile);
    const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
    expect(backup.appeals).toHaveLength(2);
  });

  it('re-imports the backup into a fresh browser profile', async () => {
    const fresh = await startSession();
    try {
      const page = await fresh.open(fresh.url('src/pages/appeals/index.html#/backup'));
      await page.locator('#backup-file').setInputFiles(backupFile);
      await page.getByRole('button', { name: 'Import' }).click();
      await expect.poll(async () => (await readStoredAppeals(fresh)).length, { timeout: 10_000 }).toBe(2);
      const restored = await readStoredAppeals(fresh);
      expect(restored.find((a) => a.id === appealId)?.registrationNumber).toBe('ЖТ-2026-0042');
      await page.goto(fresh.url('src/pages/appeals/index.html#/'));
      await expect.poll(() => page.getByText('ЖТ-2026-0042').first().isVisible(), { timeout: 10_000 }).toBe(true);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('raised no console errors in the extension pages', () => {
    expect(session.errors.filter((e) => e.startsWith('chrome-extension://'))).toEqual([]);
  });
});

describeNoForeignRequests(() => session);
