// "My appeals" page: list, filters, search, overdue rows, status actions with the due date and timeline, escalation
// and a deep link opened on a fresh page load. Rendered with happy-dom over fake-indexeddb.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { Appeal } from '../../src/core/appeal.ts';
import { addDays, localIsoDate } from '../../src/core/deadlines/dates.ts';
import { App } from '../../src/pages/appeals/app.tsx';
import { createAppeal, getAppeal, listEvents, recordEvent } from '../../src/storage/appeals-repo.ts';
import { QuotaError } from '../../src/storage/errors.ts';
import { getDb } from '../../src/storage/db.ts';
import { toStored } from '../../src/storage/stored.ts';
import { announceChange } from '../../src/storage/changes.ts';
import { useDatabaseName } from '../../src/storage/db.ts';
import { exportBackupJson } from '../../src/storage/backup-io.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';
import enMessages from '../../public/_locales/en/messages.json';

// Real English strings, so the assertions read what a user reads (the mock would return bare keys).
const en: Record<string, { message: string }> = enMessages;
function message(key: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (en[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

// The real recordEvent, replaceable per test to simulate a full disk.
vi.mock('../../src/storage/appeals-repo.ts', async (original) => {
  const actual = await original<typeof import('../../src/storage/appeals-repo.ts')>();
  return { ...actual, recordEvent: vi.fn(actual.recordEvent) };
});

const today = localIsoDate(new Date());
let dbCounter = 0;
let container: HTMLElement;

beforeEach(() => {
  vi.mocked(browser.i18n.getMessage).mockImplementation(message as never);
  // The service worker's answer to reminders/sync.
  vi.mocked(browser.runtime.sendMessage).mockReset().mockResolvedValue({ ok: true, res: { overdue: 0 } } as never);
  useDatabaseName(`ui-appeals-${++dbCounter}`);
  announceChange(null);
  sessionStorage.clear();
  location.hash = '#/';
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function waitFor<T>(find: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeout) throw new Error(`Timed out waiting: ${find.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const rows = () => [...container.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const subjects = () => rows().map((row) => row.querySelector('.col-subject')?.textContent);
const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;

function findField(label: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null {
  const labelEl = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  return (labelEl && container.querySelector<HTMLInputElement>(`#${CSS.escape(labelEl.htmlFor)}`)) || null;
}

/** Waits for the control (forms open after a re-render), then types or selects like a user. */
async function type(label: string, value: string) {
  const control = await waitFor(() => findField(label));
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

async function click(name: string) {
  (await waitFor(() => button(name))).click();
}

async function seed(...appeals: Partial<Appeal>[]): Promise<Appeal[]> {
  const stored: Appeal[] = [];
  for (const [i, overrides] of appeals.entries()) stored.push(await createAppeal(makeAppeal({ id: `a${i + 1}`, ...overrides })));
  return stored;
}

function show(hash: string) {
  location.hash = hash;
  render(<App />, container);
}

describe('appeals list', () => {
  it('shows every stored appeal with recipient, status, registration number and due date', async () => {
    await seed(
      { subject: 'Pothole on Abay street', status: 'draft' },
      { subject: 'No heating in block 5', status: 'submitted', submittedOn: addDays(today, -3), registrationNumber: 'ЖТ-2025-0001', dueOn: addDays(today, 12) },
      { subject: 'Broken street lamp', status: 'answered', category: 'lighting' },
    );
    show('#/');
    await waitFor(() => rows().length === 3);
    expect(subjects()).toEqual(expect.arrayContaining(['Pothole on Abay street', 'No heating in block 5', 'Broken street lamp']));
    const heating = rows().find((row) => row.textContent?.includes('No heating'))!;
    expect(heating.textContent).toContain('ЖТ-2025-0001');
    expect(heating.textContent).toContain('Submitted');
    expect(heating.textContent).toContain('Акимат города Алматы');
    expect(heating.querySelector('a')?.getAttribute('href')).toBe('#/appeal/a2');
    // Nearest due date first; the draft without one comes after.
    expect(subjects()[0]).toBe('No heating in block 5');
  });

  it('narrows the list by status, category and search text (including the registration number)', async () => {
    await seed(
      { subject: 'Pothole on Abay street', status: 'draft', category: 'roads' },
      { subject: 'No heating in block 5', status: 'submitted', category: 'utilities', registrationNumber: 'ЖТ-2025-7777', submittedOn: addDays(today, -2), dueOn: addDays(today, 10) },
      { subject: 'Broken street lamp', status: 'submitted', category: 'lighting', submittedOn: addDays(today, -2), dueOn: addDays(today, 11), location: { address: 'Satpayev 22', city: 'Алматы', region: null } },
    );
    show('#/');
    await waitFor(() => rows().length === 3);

    await type('Status', 'submitted');
    await waitFor(() => rows().length === 2);
    expect(subjects()).not.toContain('Pothole on Abay street');

    await type('Category', 'lighting');
    await waitFor(() => rows().length === 1);
    expect(subjects()).toEqual(['Broken street lamp']);

    await type('Category', '');
    await type('Status', '');
    await waitFor(() => rows().length === 3);

    await type('Search', '7777');
    await waitFor(() => rows().length === 1);
    expect(subjects()).toEqual(['No heating in block 5']);

    await type('Search', 'satpayev');
    await waitFor(() => subjects()[0] === 'Broken street lamp');
    expect(rows()).toHaveLength(1);

    await type('Search', 'elephant');
    await waitFor(() => container.textContent?.includes('No appeals match these filters.'));
    await click('Clear filters');
    await waitFor(() => rows().length === 3);
  });

  it('narrows by channel', async () => {
    await seed({ subject: 'Via eOtinish', channel: 'eotinish' }, { subject: 'Via a letter', channel: 'letter', jurisdiction: 'RU' });
    show('#/');
    await waitFor(() => rows().length === 2);
    await type('Channel', 'letter');
    await waitFor(() => rows().length === 1);
    expect(subjects()).toEqual(['Via a letter']);
  });

  it('highlights overdue rows with the number of days overdue', async () => {
    await seed(
      { subject: 'Late answer', status: 'registered', submittedOn: addDays(today, -40), dueOn: addDays(today, -10) },
      { subject: 'On time', status: 'registered', submittedOn: addDays(today, -3), dueOn: addDays(today, 10) },
      { subject: 'Answered long ago', status: 'answered', submittedOn: addDays(today, -90), dueOn: addDays(today, -60) },
    );
    show('#/');
    await waitFor(() => rows().length === 3);
    const overdue = rows().filter((row) => row.classList.contains('overdue'));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.textContent).toContain('Late answer');
    expect(overdue[0]?.textContent).toContain('Overdue by 10 days');
  });

  it('points to the feeds when there are no appeals yet', async () => {
    show('#/');
    await waitFor(() => container.textContent?.includes('No appeals yet.'));
    expect(container.textContent).toContain('File as appeal');
  });

  it('shows hostile or huge text as plain, shortened text', async () => {
    const subject = `<img src=x onerror=alert(1)>\u202eevil\u200b ${'Яма '.repeat(25_000)}`;
    await seed({ subject, body: '<script>alert(1)</script>', registrationNumber: '😀😀' });
    show('#/');
    await waitFor(() => rows().length === 1);
    expect(container.querySelector('img, script')).toBeNull();
    const shown = subjects()[0] ?? '';
    expect(shown.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(200);
    await type('Search', '<b>');
    await waitFor(() => rows().length === 0);
    await type('Search', '<script>');
    await waitFor(() => rows().length === 1);
  });

  it('renders 50 rows first and shows more on request', async () => {
    await seed(...Array.from({ length: 60 }, (_, i) => ({ subject: `Appeal ${i}` })));
    show('#/');
    await waitFor(() => rows().length === 50);
    // The total is counted after the first rows are shown.
    await waitFor(() => container.textContent?.includes('Showing 50 of 60'));
    await click('Show more');
    await waitFor(() => rows().length === 60);
    expect(button('Show more')).toBeNull();
  });
});

describe('appeal card', () => {
  it('opens straight from a deep link, as a reminder notification does on a fresh page', async () => {
    await seed({ subject: 'Garbage not collected', body: 'Bins overflow for a week.' });
    show('#/appeal/a1');
    await waitFor(() => container.querySelector('h1')?.textContent === 'Garbage not collected');
    expect(container.textContent).toContain('Mark ready');
  });

  it('marks an appeal submitted with a registration number, then shows the due date, its rule and a timeline entry', async () => {
    await seed({ subject: 'Pothole on Abay street', status: 'ready' });
    const submittedOn = addDays(today, -2);
    show('#/appeal/a1');
    await waitFor(() => button('Mark submitted'));
    expect(container.textContent).toContain('The term starts once the appeal is submitted.');

    await click('Mark submitted');
    await type('Submission date', submittedOn);
    await type('Registration number', 'ЖТ-2025-01234567');
    await click('Save');

    await waitFor(() => container.querySelector('.timeline-entry'));
    const stored = await getAppeal('a1');
    expect(stored?.status).toBe('submitted');
    expect(stored?.registrationNumber).toBe('ЖТ-2025-01234567');
    expect(stored?.dueOn && stored.dueOn > submittedOn).toBe(true);
    await waitFor(() => container.textContent?.includes('15 working days from registration (АППК ст. 76)'));
    expect(container.querySelector('.due-info')?.textContent).toMatch(/^Due /);
    const entry = container.querySelector('.timeline-entry')!;
    expect(entry.textContent).toContain('Submitted');
    expect(entry.textContent).toContain('ЖТ-2025-01234567');
    expect(entry.textContent).toContain('eOtinish');
    expect(await listEvents('a1')).toHaveLength(1);
    // The worker re-plans reminders and the badge after every status change.
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ name: 'reminders/sync', req: {} });
    // Actions that make no sense any more are not offered.
    expect(button('Mark submitted')).toBeNull();
    expect(button('Registered')).not.toBeNull();
  });

  it('records an extension with its new due date and explains it next to the legal term', async () => {
    const submittedOn = addDays(today, -20);
    await seed({ jurisdiction: 'RU', channel: 'letter', status: 'registered', submittedOn, registeredOn: submittedOn, dueOn: null });
    show('#/appeal/a1');
    await click('Term extended');
    const newDue = addDays(today, 40);
    await type('Date of the extension notice', today);
    await type('New due date', newDue);
    await click('Save');
    await waitFor(() => container.textContent?.includes('Extended:'));
    expect((await getAppeal('a1'))?.dueOn).toBe(newDue);
    expect(container.textContent).toContain('30 days from registration (59-ФЗ ст. 12)');
    expect(container.querySelector('.timeline-entry')?.textContent).toContain('New due date');
  });

  it('offers escalation after a formal non-answer («отписка»)', async () => {
    await seed({ jurisdiction: 'RU', channel: 'letter', status: 'in_progress', submittedOn: addDays(today, -10), dueOn: addDays(today, 20) });
    show('#/appeal/a1');
    await waitFor(() => button('Answer received'));
    expect(button('Escalate')).toBeNull();
    await click('Answer received');
    await type('Answer text', 'Your appeal has been reviewed.');
    await type('Your rating of the answer', 'formal_non_answer');
    await click('Save');
    await waitFor(() => button('Escalate'));
    expect(container.textContent).toContain('The answer is a formal non-answer');
    expect(container.textContent).toContain('КоАП РФ ст. 5.59');
  });

  it('refuses an answer dated in the future with a clear message and changes nothing', async () => {
    await seed({ status: 'submitted', submittedOn: addDays(today, -5), dueOn: addDays(today, 10) });
    show('#/appeal/a1');
    await waitFor(() => button('Answer received'));
    await click('Answer received');
    await type('Answer date', addDays(today, 3));
    await type('Answer text', 'We will fix it next year.');
    await click('Save');
    await waitFor(() => container.textContent?.includes('The date cannot be in the future.'));
    expect((await getAppeal('a1'))?.status).toBe('submitted');
  });

  it('keeps the form when the disk is full and saves on retry', async () => {
    await seed({ status: 'ready' });
    vi.mocked(recordEvent).mockRejectedValueOnce(new QuotaError(new DOMException('full', 'QuotaExceededError')));
    show('#/appeal/a1');
    await click('Mark submitted');
    await type('Registration number', 'ЖТ-2025-4242');
    await click('Save');
    await waitFor(() => container.textContent?.includes('The browser has run out of storage space'));
    expect((await getAppeal('a1'))?.status).toBe('ready');
    expect((findField('Registration number') as HTMLInputElement).value).toBe('ЖТ-2025-4242');

    await click('Retry');
    await waitFor(() => container.querySelector('.timeline-entry'));
    expect((await getAppeal('a1'))?.registrationNumber).toBe('ЖТ-2025-4242');
  });

  it('asks before applying a status change over one made in another tab', async () => {
    const [appeal] = await seed({ status: 'ready' });
    show('#/appeal/a1');
    await waitFor(() => button('Mark submitted'));
    // Another tab marks it submitted; its change notice has not reached this one yet.
    const db = await getDb();
    await db.put('appeals', toStored({ ...appeal!, status: 'submitted', submittedOn: today, version: appeal!.version + 1 }));

    await click('Mark submitted');
    await click('Save');
    await waitFor(() => container.textContent?.includes('This appeal was changed in another tab.'));
    expect(await listEvents('a1')).toHaveLength(0);

    await click('Reload');
    await waitFor(() => container.querySelector('.card-header')?.textContent?.includes('Submitted'));
    expect(button('Mark submitted')).toBeNull();
  });

  it('keeps an edit typed just before a status change (the autosave had not fired yet)', async () => {
    await seed({ subject: 'Pothole', status: 'draft' });
    show('#/appeal/a1');
    await waitFor(() => button('Mark ready') && findField('Subject'));
    // Typed, and the status button pressed well within the autosave delay.
    await type('Subject', 'Pothole on Abay street, 10');
    await click('Mark ready');
    await waitFor(() => container.querySelector('.card-header')?.textContent?.includes('Ready to file'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const stored = await getAppeal('a1');
    expect(stored?.status).toBe('ready');
    expect(stored?.subject).toBe('Pothole on Abay street, 10');
    // The re-mounted editor shows the edit too, and nothing is waiting to be resolved.
    expect((findField('Subject') as HTMLInputElement).value).toBe('Pothole on Abay street, 10');
    expect(container.textContent).not.toContain('This appeal was changed in another tab.');
  });

  it('keeps an edit typed just before escalating', async () => {
    await seed({
      status: 'registered',
      submittedOn: addDays(today, -40),
      registeredOn: addDays(today, -40),
      dueOn: addDays(today, -5),
    });
    show('#/appeal/a1');
    await waitFor(() => button('Escalate') && findField('Subject'));
    await type('Subject', 'Pothole, still not repaired');
    await click('Escalate');
    await waitFor(() => location.hash !== '#/appeal/a1' && location.hash.startsWith('#/appeal/'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const original = await getAppeal('a1');
    expect(original?.status).toBe('escalated');
    expect(original?.subject).toBe('Pothole, still not repaired');
  });

  it('escalates an overdue appeal into a linked complaint and opens it', async () => {
    await seed({
      subject: 'No heating in block 5',
      status: 'registered',
      submittedOn: addDays(today, -40),
      registeredOn: addDays(today, -40),
      registrationNumber: 'ЖТ-2025-5555',
      dueOn: addDays(today, -5),
    });
    show('#/appeal/a1');
    await waitFor(() => button('Escalate'));
    expect(container.textContent).toContain('The due date has passed without an answer.');
    await click('Escalate');
    await waitFor(() => location.hash !== '#/appeal/a1' && location.hash.startsWith('#/appeal/'));
    const complaintId = decodeURIComponent(location.hash.slice('#/appeal/'.length));
    const [original, complaint] = [await getAppeal('a1'), await getAppeal(complaintId)];
    expect(original?.status).toBe('escalated');
    expect(original?.escalatedBy).toBe(complaintId);
    expect(complaint?.escalates).toBe('a1');
    expect(complaint?.appealType).toBe('complaint');
    expect(complaint?.body).toContain('ЖТ-2025-5555');
    await waitFor(() => container.textContent?.includes('This complaint escalates an earlier appeal'));
    expect(container.querySelector('.escalation-links a')?.getAttribute('href')).toBe('#/appeal/a1');
  });

  it('deletes an appeal only after confirmation and returns to the list', async () => {
    await seed({ subject: 'Doomed draft' }, { subject: 'Survivor' });
    show('#/appeal/a1');
    await click('Delete appeal');
    expect(await getAppeal('a1')).not.toBeNull();
    await click('Delete');
    await waitFor(() => rows().length === 1);
    expect(subjects()).toEqual(['Survivor']);
    expect(await getAppeal('a1')).toBeNull();
  });

  it('points to another appeal filed from the same post', async () => {
    const source = { network: 'vk' as const, postId: '-1_42', permalink: null, authorName: null, publishedAt: null, text: 'Яма', images: [], pageUrl: null, capturedAt: '2025-01-01T00:00:00.000Z' };
    await seed({ subject: 'First filing', source }, { subject: 'Second filing', source });
    show('#/appeal/a2');
    await waitFor(() => container.textContent?.includes('The same post is already in your appeals:'));
    expect(container.querySelector('.notice a')?.getAttribute('href')).toBe('#/appeal/a1');
  });
});

describe('backup panel', () => {
  function chooseFile(content: string, name = 'backup.json') {
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File([content], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  async function backupOf(...appeals: Partial<Appeal>[]): Promise<string> {
    // Made by the extension itself in another profile: export there, then come back to this one.
    useDatabaseName(`ui-appeals-source-${++dbCounter}`);
    announceChange(null);
    await seed(...appeals);
    const json = await exportBackupJson();
    return json;
  }

  it('shows a clear error for a damaged file and leaves the history unchanged', async () => {
    await seed({ subject: 'Kept appeal' });
    show('#/backup');
    await waitFor(() => container.querySelector('input[type=file]'));
    chooseFile('{"format":"post-to-appeal-backup","schemaVersion":2,"appeals":[{"id":');
    await waitFor(() => container.textContent?.includes('This file cannot be imported.'));
    expect(container.textContent).toContain('The file is not valid JSON');
    expect(container.textContent).toContain('Nothing was changed.');
    expect(button('Import')).toBeNull();

    location.hash = '#/';
    await waitFor(() => rows().length === 1);
    expect(subjects()).toEqual(['Kept appeal']);
  });

  it('refuses a backup from a newer version of the extension', async () => {
    show('#/backup');
    await waitFor(() => container.querySelector('input[type=file]'));
    chooseFile(JSON.stringify({ format: 'post-to-appeal-backup', schemaVersion: 99, exportedAt: new Date().toISOString(), appeals: [] }));
    await waitFor(() => container.textContent?.includes('made by a newer version of the extension'));
  });

  it('previews a good backup, imports it on confirmation and lists the appeals', async () => {
    const json = await backupOf({ subject: 'Imported pothole' }, { subject: 'Imported lamp', status: 'submitted', submittedOn: addDays(today, -1), dueOn: addDays(today, 20) });
    useDatabaseName(`ui-appeals-target-${++dbCounter}`);
    announceChange(null);
    await seed({ id: 'local', subject: 'Local appeal' });

    show('#/backup');
    await waitFor(() => container.querySelector('input[type=file]'));
    chooseFile(json);
    await waitFor(() => container.textContent?.includes('Appeals: 2 (new: 2)'));
    expect(await getAppeal('a1')).toBeNull();

    await click('Import');
    await waitFor(() => container.textContent?.includes('Imported appeals: 2.'));
    location.hash = '#/';
    await waitFor(() => rows().length === 3);
    expect(subjects()).toEqual(expect.arrayContaining(['Imported pothole', 'Imported lamp', 'Local appeal']));
  });

  it('downloads the whole history as one JSON file', async () => {
    await seed({ subject: 'To be saved' });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    show('#/backup');
    await click('Download backup (JSON)');
    await waitFor(() => created.length === 1);
    const saved = JSON.parse(await created[0]!.text());
    expect(saved.appeals.map((a: Appeal) => a.subject)).toEqual(['To be saved']);
    expect(clicks).toHaveBeenCalled();

    await click('Export table (CSV)');
    await waitFor(() => created.length === 2);
    expect(await created[1]!.text()).toContain('To be saved');

    await click('Export for civic groups (Open311 JSON)');
    await waitFor(() => created.length === 3);
    // A draft is not a service request yet.
    expect(JSON.parse(await created[2]!.text())).toEqual([]);
    vi.restoreAllMocks();
  });

  it('asks the browser to keep the data permanently and tells its answer', async () => {
    const persist = vi.fn(async () => false);
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: async () => false, persist } });
    show('#/backup');
    await waitFor(() => container.textContent?.includes('The browser may delete this data when disk space runs low.'));
    expect(persist).toHaveBeenCalled();
    persist.mockResolvedValue(true);
    render(null, container);
    show('#/backup');
    await waitFor(() => container.querySelector('.backup .notice')?.textContent === message('backup_persist_persisted'));
  });
});

describe('statistics', () => {
  it('counts appeals by status and category, the overdue ones and the average days to answer, as a chart and a table', async () => {
    await seed(
      { status: 'draft', category: 'roads' },
      { status: 'registered', category: 'roads', submittedOn: addDays(today, -30), dueOn: addDays(today, -2) },
      { status: 'answered', category: 'lighting', submittedOn: '2025-03-03', answer: { text: 'Fixed', on: '2025-03-13', rating: 'satisfied' } },
      { status: 'answered', category: 'lighting', submittedOn: '2025-03-03', answer: { text: 'Later', on: '2025-03-23', rating: 'formal_non_answer' } },
    );
    show('#/stats');
    await waitFor(() => container.querySelector('.stats-figures'));
    const figure = (label: string) =>
      [...container.querySelectorAll('.stats-figures div')].find((d) => d.querySelector('dt')?.textContent === label)?.querySelector('dd')?.textContent;
    expect(figure('Appeals')).toBe('4');
    expect(figure('Overdue')).toBe('1');
    expect(figure('Average days to answer')).toBe('15');
    const table = (caption: string) =>
      [...container.querySelectorAll('figure')].find((f) => f.querySelector('figcaption')?.textContent === caption);
    const byCategory = table('By category')!;
    const cells = [...byCategory.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(cells).toEqual(['Roads2', 'Street lighting2']);
    expect(byCategory.querySelectorAll('svg rect')).toHaveLength(2);
    const byStatus = [...table('By status')!.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(byStatus).toEqual(['Draft1', 'Registered1', 'Answered2']);
  });
});
