// The one adapter between the extension pages and storage / the core's composite operations: the exact shapes of
// the storage and core modules are met here, so a change there is fixed in one place.
// Two engineers add to this file: each only ADDS functions in their own section and never rewrites the other's.
import browser from 'webextension-polyfill';
import type { Appeal, Applicant, Channel, Recipient } from '../core/appeal.ts';
import type { Category, Jurisdiction, Lang, PostSnapshot } from '../core/types.ts';
import { buildDraft, checkAppeal, cleanEssence, MAX_ESSENCE_CHARS, type Issue } from '../core/draft/index.ts';
// Not the export index: it pulls in the docx library, which only the .docx download needs (loaded on demand).
import { exportFileName, toPlainText } from '../core/export/text.ts';
import { portalFields } from '../core/export/fields.ts';
import { toLetterHtml } from '../core/export/letter-html.ts';
import { EOTINISH_URL } from '../core/routing/kz-bodies.ts';
import { POS_URL } from '../core/routing/ru-bodies.ts';
import { classify } from '../core/classifier/index.ts';
import { newId } from '../core/lifecycle/ids.ts';
import { route } from '../core/routing/route.ts';
import { bodyById, recipientById } from '../core/routing/directory.ts';
import { createAppeal, getAppeal, saveAppeal as storeAppeal } from '../storage/appeals-repo.ts';
import { ConflictError, QuotaError } from '../storage/errors.ts';
import { getSetting, recallRecipient, rememberRecipient as storeRecipient, setSetting } from '../storage/settings-repo.ts';

// ─── Shared ───────────────────────────────────────────────────────────────────────────────────────────────────

export const isConflictError = (error: unknown): boolean => error instanceof ConflictError;
export const isQuotaError = (error: unknown): boolean => error instanceof QuotaError;

/** Opens an extension page or an official site in a new tab (only http(s) and our own pages). */
export async function openTab(url: string): Promise<void> {
  if (!/^(https?:|chrome-extension:|moz-extension:)/.test(url)) return;
  await browser.tabs.create({ url });
}

export function appealsPageUrl(appealId?: string): string {
  const hash = appealId ? `#/appeal/${encodeURIComponent(appealId)}` : '#/';
  return browser.runtime.getURL(`src/pages/appeals/index.html${hash}`);
}

// ─── Editor, popup, options (popup/options engineer) ──────────────────────────────────────────────────────────

export function loadAppeal(id: string): Promise<Appeal | null> {
  return getAppeal(id);
}

/** Saves with the version check; resolves with the stored appeal (new version), throws ConflictError / QuotaError. */
export function saveAppeal(appeal: Appeal): Promise<Appeal> {
  return storeAppeal(appeal);
}

/** The copy another tab saved, carried by a ConflictError. */
export function conflictingCopy(error: unknown): Appeal | null {
  return error instanceof ConflictError ? error.stored : null;
}

/** The draft the popup shows: the one just filed (session key `lastDraftId`), else the most recently updated draft. */
export async function popupDraftId(): Promise<string | null> {
  const session = (await browser.storage.session.get('lastDraftId')) as { lastDraftId?: unknown };
  if (typeof session.lastDraftId === 'string' && (await getAppeal(session.lastDraftId))) return session.lastDraftId;
  return latestDraftId();
}

export interface Profile extends Applicant {
  jurisdiction: Jurisdiction;
  lang: Lang;
}

export const EMPTY_PROFILE: Profile = {
  fullName: '',
  iin: '',
  postalAddress: '',
  phone: '',
  email: '',
  jurisdiction: 'KZ',
  lang: 'ru',
};

const PROFILE_KEY = 'profile';

export async function loadProfile(): Promise<Profile> {
  const stored = await getSetting<Partial<Profile> | null>(PROFILE_KEY);
  return { ...EMPTY_PROFILE, ...(stored ?? {}) };
}

export async function saveProfile(profile: Profile): Promise<void> {
  await setSetting(PROFILE_KEY, profile);
}

export interface ContentSettings {
  showOnAllPosts: boolean;
}

export async function loadContentSettings(): Promise<ContentSettings> {
  const { settings } = (await browser.storage.local.get('settings')) as { settings?: Partial<ContentSettings> };
  return { showOnAllPosts: settings?.showOnAllPosts === true };
}

/** Merges into `settings` so keys written by other parts of the extension survive. */
export async function saveContentSettings(change: Partial<ContentSettings>): Promise<void> {
  const { settings } = (await browser.storage.local.get('settings')) as { settings?: Record<string, unknown> };
  await browser.storage.local.set({ settings: { ...(settings ?? {}), ...change } });
}

/** 547-ФЗ: a reply address for a Russian appeal must be in the .ru / .рф zone. */
export function emailZoneWarning(email: string, jurisdiction: Jurisdiction): boolean {
  const domain = email.trim().toLowerCase().split('@')[1];
  if (jurisdiction !== 'RU' || !domain) return false;
  return !/\.(ru|рф|xn--p1ai)\.?$/.test(domain);
}

/** The routed recipient first, then the alternatives: what the recipient picker offers. */
export function recipientChoices(appeal: Appeal): Recipient[] {
  const routed = route({
    jurisdiction: appeal.jurisdiction,
    region: appeal.location.region,
    city: appeal.location.city,
    category: appeal.category,
    lang: appeal.lang,
  });
  return [routed.recipient, ...routed.alternatives];
}

export function rememberRecipient(appeal: Appeal, recipient: Recipient): Promise<void> {
  return storeRecipient(appeal.location.city, appeal.category, recipient);
}

/** The user's earlier choice for this city and category, in the appeal's language when it is a directory body. */
export async function rememberedRecipient(appeal: Appeal): Promise<Recipient | null> {
  const stored = await recallRecipient(appeal.location.city, appeal.category);
  if (!stored) return null;
  return (stored.id && recipientById(stored.id, appeal.lang)) || stored;
}


/** What the builder writes for this appeal's current settings; null when there is no source post to build from. */
export interface ProposedText {
  subject: string;
  body: string;
}

export function proposeText(appeal: Appeal): ProposedText | null {
  const source = appeal.source;
  if (!source || source.text.trim() === '') return null;
  const snapshot: PostSnapshot | null = source.network === 'selection' ? null : { ...source, network: source.network, authorUrl: null, pageUrl: source.pageUrl ?? '' };
  const { appeal: proposed } = buildDraft({
    snapshot,
    selection: snapshot ? null : source.text,
    classification: { problem: true, score: 1, category: appeal.category, emergency: false, evidence: [] },
    profile: { ...appeal.applicant, jurisdiction: appeal.jurisdiction, lang: appeal.lang },
    overrides: { country: appeal.jurisdiction, channel: appeal.channel, lang: appeal.lang },
    now: appeal.createdAt,
    id: appeal.id,
  });
  return { subject: proposed.subject, body: proposed.body };
}

export function appealIssues(appeal: Appeal): Issue[] {
  return checkAppeal(appeal);
}

/** Danger to life in the captured post: the editor tells the user to call 112 first. */
export function isEmergency(appeal: Appeal): boolean {
  return appeal.source ? classify(appeal.source.text).emergency : false;
}

/** The post was longer than the builder keeps: the original length, for the "text was cut" notice. */
export function cutPostLength(appeal: Appeal): number | null {
  const text = appeal.source?.text ?? '';
  if (text.length <= MAX_ESSENCE_CHARS) return null;
  return cleanEssence(text).truncated ? text.length : null;
}

/** "One problem per appeal": a second draft from the same post for the other category, with its own recipient. */
export async function splitDraft(appeal: Appeal, category: Category): Promise<Appeal> {
  const now = new Date().toISOString();
  const base: Appeal = { ...appeal, id: newId(), category, status: 'draft', createdAt: now, updatedAt: now, version: 1, attachments: [] };
  const remembered = await rememberedRecipient(base);
  const proposed = proposeText(base);
  const second: Appeal = { ...base, ...(proposed ?? {}), recipient: remembered ?? recipientChoices(base)[0] ?? appeal.recipient };
  return createAppeal(second);
}

/** The whole appeal as pasted into the portal or saved as .txt: the draft core's renderer for the channel. */
export function appealText(appeal: Appeal): string {
  return toPlainText(appeal);
}

export type CopyFieldKey = 'subject' | 'body' | 'address' | 'recipient';

/** The values that portals ask for in separate inputs (eOtinish, ПОС); empty when the appeal has none. */
export function appealFields(appeal: Appeal): Record<CopyFieldKey, string> {
  const fields = portalFields(appeal);
  const value = (key: CopyFieldKey) => fields.find((field) => field.key === key)?.value ?? '';
  return { subject: value('subject'), body: value('body'), address: value('address'), recipient: value('recipient') };
}

/** The .docx letter; the docx library is loaded only when the user asks for the file. */
export async function appealDocx(appeal: Appeal): Promise<{ blob: Blob; fileName: string }> {
  const { toDocx } = await import('../core/export/docx.ts');
  // Files and the printed letter are for paper or a web reception: the formal letter with a signature line.
  const bytes = await toDocx(appeal, 'formal');
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  return { blob, fileName: exportFileName(appeal, 'docx') };
}

export function appealTxt(appeal: Appeal): { blob: Blob; fileName: string } {
  return { blob: new Blob([appealText(appeal)], { type: 'text/plain;charset=utf-8' }), fileName: exportFileName(appeal, 'txt') };
}

export function letterHtml(appeal: Appeal): string {
  return toLetterHtml(appeal, 'formal');
}

const CHANNEL_PORTALS: Partial<Record<Channel, string>> = { eotinish: EOTINISH_URL, pos: POS_URL };

/** Where the user files it: the recipient's own page when the directory has one, else the channel's portal. */
export function portalUrl(appeal: Appeal): string | null {
  const url = appeal.recipient.url ?? CHANNEL_PORTALS[appeal.channel] ?? null;
  return url && /^https:\/\//.test(url) ? url : null;
}

/** The printable letter: an extension page route (see export-bar/print-view.tsx). */
export function printUrl(appealId: string): string {
  return browser.runtime.getURL(`src/pages/options/index.html#/print/${encodeURIComponent(appealId)}`);
}

/** The same directory body named in another language; null for a body typed by hand or from another country. */
export function recipientIn(recipient: Recipient, jurisdiction: Jurisdiction, lang: Lang): Recipient | null {
  const body = recipient.id ? bodyById(recipient.id) : null;
  return body && body.jurisdiction === jurisdiction ? recipientById(body.id, lang) : null;
}

/** After the category or city changed: the remembered choice for the new pair, else the routed body. */
export async function rerouted(appeal: Appeal): Promise<Recipient> {
  return (await rememberedRecipient(appeal)) ?? recipientChoices(appeal)[0] ?? appeal.recipient;
}

// ─── My appeals page: list, card, statistics, backup (history engineer) ───────────────────────────────────────
// Imports of this section are kept here so that the two sections can change independently.
import type { AppealEvent, AppealEventType, StatusEvent } from '../core/lifecycle/events.ts';
import { appealsToCsv } from '../core/backup/csv.ts';
import { BackupError } from '../core/backup/format.ts';
import { appealsToOpen311 } from '../core/backup/open311.ts';
import type { BackupFile } from '../core/backup/format.ts';
import { MAX_BACKUP_CHARS, parseBackup } from '../core/backup/parse.ts';
import { localIsoDate } from '../core/deadlines/dates.ts';
import { findDuplicate, sourceKey } from '../core/lifecycle/duplicates.ts';
import { LifecycleError } from '../core/lifecycle/events.ts';
import { eventsAllowed } from '../core/lifecycle/transitions.ts';
import { send } from '../shared/messages.ts';
import {
  deleteAppeal as removeAppeal,
  escalateAppeal as storeEscalation,
  getAppeal as readAppeal,
  listEvents,
  recordEvent,
} from '../storage/appeals-repo.ts';
import { dumpDatabase, exportBackupJson, importParsedBackup } from '../storage/backup-io.ts';
import { countStored, latestDraftId } from '../storage/reads.ts';
import { getDb, requestPersistence as askPersistence } from '../storage/db.ts';
import { ConflictError as StoreConflict } from '../storage/errors.ts';
import { historyStats, type HistoryStats } from '../storage/query.ts';
import { fromStored } from '../storage/stored.ts';
import { savePendingEdits } from './editor/pending-edits.ts';

export type { HistoryStats };
// The list route's queries live in history/list-query.ts, apart from this module's heavy imports.
export { onHistoryChanged, type ListFilter } from './history/list-query.ts';

export function loadTimeline(appealId: string): Promise<StatusEvent[]> {
  return listEvents(appealId);
}

/** What the status actions offer; escalation has its own button because it creates a new appeal. */
export function allowedEvents(appeal: Appeal, now = new Date()): AppealEventType[] {
  return eventsAllowed(appeal, now).filter((type) => type !== 'escalate');
}

/**
 * Records a status event on the stored copy, after saving what the editor still holds (so no edit is lost). When
 * another tab changed the status since `shown` was loaded, a ConflictError asks the user first, unless `overwrite`.
 */
export async function applyStatusEvent(shown: Appeal, event: AppealEvent, options: { overwrite?: boolean } = {}): Promise<Appeal> {
  await savePendingEdits();
  const stored = await readAppeal(shown.id);
  if (!stored) throw new LifecycleError('not_allowed', 'The appeal no longer exists');
  if (!options.overwrite && stored.status !== shown.status) throw new StoreConflict(stored);
  return (await recordEvent(stored, event)).appeal;
}

export function lifecycleErrorCode(error: unknown): string | null {
  return error instanceof LifecycleError ? error.code : null;
}

/** Lets the service worker re-plan alarms and the badge. A missing worker (tests, a reload) is not an error. */
export async function syncReminders(): Promise<void> {
  try {
    await send('reminders/sync', {});
  } catch (error) {
    console.warn('reminders/sync failed', error);
  }
}

/** Drafts the complaint, links both appeals in one transaction and returns the new one. */
export async function escalateFromHistory(appeal: Appeal): Promise<Appeal> {
  await savePendingEdits();
  const stored = (await readAppeal(appeal.id)) ?? appeal;
  return (await storeEscalation(stored, stored.lang)).complaint;
}

/** Another appeal filed from the same post, if any. */
export async function findDuplicateOf(appeal: Appeal): Promise<Appeal | null> {
  const key = sourceKey(appeal.source);
  if (!appeal.source || key === null) return null;
  const samePost = await (await getDb()).getAllFromIndex('appeals', 'sourceKey', key);
  const others = samePost.filter((stored) => stored.id !== appeal.id).map(fromStored);
  return findDuplicate({ source: appeal.source, text: appeal.source.text }, others)?.appeal ?? null;
}

export function loadStats(now = new Date()): Promise<HistoryStats> {
  return historyStats(localIsoDate(now));
}

export function requestPersistence(): Promise<boolean> {
  return askPersistence();
}

export type PersistenceState = 'persisted' | 'not_persisted' | 'unsupported';

/** Asks first (the page defers its own request until after the list is shown), then tells the answer. */
export async function persistenceState(): Promise<PersistenceState> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persisted) return 'unsupported';
  return (await askPersistence()) ? 'persisted' : 'not_persisted';
}

// Backup and export files of the history page.

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

const datedName = (stem: string, extension: string, now = new Date()) => `${stem}-${localIsoDate(now)}.${extension}`;

export async function exportBackupFile(): Promise<ExportedFile> {
  const json = await exportBackupJson();
  return { blob: new Blob([json], { type: 'application/json' }), fileName: datedName('post-to-appeal-backup', 'json') };
}

export type BackupPreview =
  | { ok: true; backup: BackupFile; appeals: number; newAppeals: number; events: number; attachments: number; exportedAt: string }
  /** `code` names the problem for the user (translated); `detail` is the validator's own words (English). */
  | { ok: false; code: string; detail: string };

/** Reads and validates the whole file without writing anything, and says what an import would bring. */
export async function previewBackup(file: Blob): Promise<BackupPreview> {
  try {
    // UTF-8 takes at most 4 bytes a character: a bigger file cannot pass the parser's limit, so don't read it.
    if (file.size > MAX_BACKUP_CHARS * 4) throw new BackupError('too_large', 'The file is too large.');
    const text = await file.text();
    const backup = parseBackup(text);
    const existing = await countStored(backup.appeals.map((appeal) => appeal.id));
    return {
      ok: true,
      backup,
      appeals: backup.appeals.length,
      newAppeals: backup.appeals.length - existing,
      events: backup.events.length,
      attachments: backup.attachments.length,
      exportedAt: backup.exportedAt,
    };
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, code: error.code, detail: error.message };
    return { ok: false, code: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Merges a validated backup in one transaction; resolves with the number of appeals added or updated. */
export async function applyBackup(preview: Extract<BackupPreview, { ok: true }>): Promise<number> {
  const summary = await importParsedBackup(preview.backup, 'merge');
  return summary.appealsAdded + summary.appealsUpdated;
}

/** The browser's UI language as one of ours; Russian when it is neither Kazakh nor English. */
function uiLang(): Lang {
  const ui = browser.i18n.getUILanguage().toLowerCase();
  return ui.startsWith('kk') ? 'kk' : ui.startsWith('en') ? 'en' : 'ru';
}

export async function exportCsvFile(): Promise<ExportedFile> {
  const { appeals } = await dumpDatabase();
  return { blob: new Blob([appealsToCsv(appeals)], { type: 'text/csv;charset=utf-8' }), fileName: datedName('appeals', 'csv') };
}

/** Open311 GeoReport v2 service requests (filed appeals only, nothing about the applicant). */
export async function exportOpen311File(): Promise<ExportedFile> {
  const { appeals } = await dumpDatabase();
  const json = JSON.stringify(appealsToOpen311(appeals, uiLang()), null, 2);
  return { blob: new Blob([json], { type: 'application/json' }), fileName: datedName('appeals-open311', 'json') };
}

/** Deletes the appeal with its timeline and attachments. */
export function deleteFromHistory(appealId: string): Promise<void> {
  return removeAppeal(appealId);
}
