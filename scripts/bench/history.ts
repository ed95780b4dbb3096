// The "My appeals" history with 10,000 appeals in IndexedDB (fake-indexeddb under Node; a real browser is usually
// faster). Issue 6 budgets: first list page ≤ 100 ms, a search ≤ 50 ms, export ≤ 1.5 s, import ≤ 3 s.
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { getDb, closeDb, useDatabaseName } from '../../src/storage/db.ts';
import { exportBackupJson, exportCsv, importBackup } from '../../src/storage/backup-io.ts';
import { listAppeals, prepareSearch } from '../../src/storage/query.ts';
import { generateAppeals } from '../../src/storage/sample-appeals.ts';
import { toStored } from '../../src/storage/stored.ts';
import type { StatusEvent } from '../../src/core/lifecycle/events.ts';

const APPEALS = 10_000;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

function report(what: string, ms: number, budgetMs: number, extra = ''): void {
  const verdict = ms <= budgetMs ? 'within' : 'OVER';
  console.log(`history: ${what}: ${ms.toFixed(1)} ms (${verdict} the ${budgetMs} ms budget)${extra}`);
}

async function seed(name: string): Promise<void> {
  useDatabaseName(name);
  const appeals = generateAppeals(APPEALS);
  const tx = (await getDb()).transaction(['appeals', 'events'], 'readwrite');
  for (const appeal of appeals) {
    void tx.objectStore('appeals').put(toStored(appeal));
    if (appeal.submittedOn) {
      const event: StatusEvent = {
        id: `ev-${appeal.id}`, appealId: appeal.id, at: `${appeal.submittedOn}T10:00:00.000Z`, from: 'draft', to: 'submitted',
        event: { type: 'submit', on: appeal.submittedOn },
      };
      void tx.objectStore('events').put(event);
    }
  }
  await tx.done;
  closeDb();
}

/** A backup file of 10,000 generated appeals, made through the real export code (for the in-browser benchmark). */
export async function generatedBackupJson(): Promise<string> {
  const name = `bench-history-backup-${process.pid}`;
  await seed(name);
  useDatabaseName(name);
  const json = await exportBackupJson();
  closeDb();
  await deleteDB(name);
  return json;
}

export default async function benchHistory(): Promise<void> {
  const source = `bench-history-${process.pid}`;
  const target = `${source}-import`;
  await seed(source);

  // A page opening: a new connection, then the first page sorted by due date.
  useDatabaseName(source);
  const [page, firstPageMs] = await timed(() => listAppeals({ sort: 'dueOn', limit: 50 }));
  report(`first list page (${page.items.length} of ${page.total})`, firstPageMs, 100);

  const [, rowsMs] = await timed(() => prepareSearch());
  const [found, searchMs] = await timed(() => listAppeals({ text: 'фонарь абая', sort: 'dueOn' }));
  report(`search (${found.total} found)`, searchMs, 50, `; loading the search rows once per page: ${rowsMs.toFixed(0)} ms`);

  const [json, exportMs] = await timed(() => exportBackupJson());
  report(`export (${(json.length / 1024 / 1024).toFixed(1)} MB JSON)`, exportMs, 1500);
  const [, csvMs] = await timed(() => exportCsv());
  console.log(`history: CSV export: ${csvMs.toFixed(0)} ms`);

  useDatabaseName(target);
  const [summary, importMs] = await timed(() => importBackup(json));
  report(`import (${summary.appealsAdded} appeals, ${summary.events} events)`, importMs, 3000);

  closeDb();
  await Promise.all([deleteDB(source), deleteDB(target)]);
}
