// The one connection to the extension's IndexedDB, opened lazily. Open it only in extension pages and the service
// worker: in a content script IndexedDB belongs to the visited site.
import { openDB, type StoreNames, type IDBPTransaction } from 'idb';
import { asQuotaError } from './errors.ts';
import { DB_NAME, DB_VERSION, upgrade, type AppealDb, type Db } from './schema.ts';

let connection: Promise<Db> | null = null;
let databaseName = DB_NAME;

/** Tests and the benchmark use their own database name. Closes any open connection. */
export function useDatabaseName(name: string): void {
  closeDb();
  databaseName = name;
}

export function currentDatabaseName(): string {
  return databaseName;
}

export function openAppealDb(name = databaseName, version = DB_VERSION): Promise<Db> {
  return openDB<AppealDb>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgrade(db, oldVersion, newVersion ?? version, tx),
    // A newer version (another tab after an update) wants to upgrade: let it, and reopen on the next use.
    blocking: () => closeDb(),
    terminated: () => {
      connection = null;
    },
  });
}

export function getDb(): Promise<Db> {
  if (!connection) {
    const opening = openAppealDb();
    connection = opening;
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
  }
  return connection;
}

export function closeDb(): void {
  const current = connection;
  connection = null;
  void current?.then((db) => db.close()).catch(() => undefined);
}

export type WriteTx<S extends StoreNames<AppealDb>[]> = IDBPTransaction<AppealDb, S, 'readwrite'>;

/**
 * Runs `work` in one readwrite transaction over `stores` and waits for the commit. `work` must only await IDB calls
 * of this transaction (anything else lets it auto-commit half-way). A full disk becomes a QuotaError.
 */
export async function write<S extends StoreNames<AppealDb>[], T>(stores: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const db = await getDb();
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw asQuotaError(error) ?? asQuotaError(tx.error) ?? error;
  }
}

/**
 * Marks a request's promise as handled. When a later call throws and the transaction aborts, requests already
 * issued reject with AbortError; the caller reports the first failure, not those echoes.
 */
export function issued<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

/** Asks the browser not to evict the history under storage pressure. False when refused or unsupported. */
export async function requestPersistence(): Promise<boolean> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}
