// The valibot schema a backup must pass before anything is written. Objects are rebuilt from known keys only
// (unknown keys are dropped), every string and list has a cap, and dates must be real dates.
import * as v from 'valibot';
import type { Appeal } from '../appeal.ts';
import { CATEGORIES } from '../types.ts';
import { isIsoDate } from '../deadlines/dates.ts';
import type { StatusEvent } from '../lifecycle/events.ts';
import { BACKUP_FORMAT } from './format.ts';

export const LIMITS = {
  appeals: 100_000,
  events: 1_000_000,
  attachments: 20_000,
  attachmentBytes: 20 * 1024 * 1024,
  settings: 1_000,
  settingChars: 100_000,
};

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const id = text(200);
const shortText = text(1_000);
const longText = text(200_000);
const isoDate = v.pipe(v.string(), v.check((value: string) => isIsoDate(value), 'is not a date (yyyy-mm-dd)'));
const instant = v.pipe(v.string(), v.maxLength(40), v.check((value) => !Number.isNaN(Date.parse(value)), 'is not a date and time'));
const nullableDate = v.nullable(isoDate);
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, `has more than ${max} items`));

const status = v.picklist(['draft', 'ready', 'submitted', 'registered', 'redirected', 'in_progress', 'extended', 'answered', 'resolved', 'escalated', 'closed']);
const channel = v.picklist(['eotinish', 'pos', 'gospublic', 'letter']);
const rating = v.picklist(['satisfied', 'partly', 'not_satisfied', 'formal_non_answer']);

const sourcePost = v.object({
  network: v.picklist(['vk', 'ok', 'facebook', 'instagram', 'selection']),
  postId: v.nullable(id),
  permalink: v.nullable(shortText),
  authorName: v.nullable(shortText),
  publishedAt: v.nullable(text(100)),
  text: longText,
  images: list(v.object({ url: text(4_000), alt: v.nullable(shortText) }), 100),
  pageUrl: v.nullable(text(4_000)),
  capturedAt: text(40),
});

const appealFields = {
  id,
  jurisdiction: v.picklist(['KZ', 'RU']),
  channel,
  appealType: v.picklist(['application', 'message', 'complaint', 'proposal', 'request', 'response']),
  lang: v.picklist(['ru', 'kk', 'en']),
  recipient: v.object({ id: v.nullable(id), name: shortText, url: v.nullable(text(4_000)) }),
  category: v.picklist(CATEGORIES),
  subject: shortText,
  body: longText,
  location: v.object({ address: v.nullable(shortText), city: v.nullable(shortText), region: v.nullable(shortText) }),
  seenOn: nullableDate,
  source: v.nullable(sourcePost),
  attachments: list(v.object({ id, name: text(255), type: text(255), size: v.pipe(v.number(), v.integer(), v.minValue(0)) }), 100),
  applicant: v.object({ fullName: shortText, iin: text(20), postalAddress: shortText, phone: text(50), email: text(320) }),
  status,
  submittedOn: nullableDate,
  registeredOn: nullableDate,
  registrationNumber: v.nullable(text(100)),
  dueOn: nullableDate,
  answer: v.nullable(v.object({ text: longText, on: isoDate, rating: v.nullable(rating) })),
  createdAt: instant,
  updatedAt: instant,
};

export const appealSchema = v.object({
  ...appealFields,
  escalates: v.nullable(id),
  escalatedBy: v.nullable(id),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Backup version 1 predates escalation links and the version counter. */
const appealV1Schema = v.object(appealFields);

const eventSchema = v.variant('type', [
  v.object({ type: v.literal('mark_ready') }),
  v.object({ type: v.literal('back_to_draft') }),
  v.object({ type: v.literal('submit'), on: isoDate, channel: v.optional(channel), registrationNumber: v.optional(v.nullable(text(100))) }),
  v.object({ type: v.literal('register'), on: isoDate, registrationNumber: v.optional(v.nullable(text(100))) }),
  v.object({ type: v.literal('redirect'), on: isoDate, recipientName: v.optional(v.nullable(shortText)), registrationNumber: v.optional(v.nullable(text(100))) }),
  v.object({ type: v.literal('start_work'), on: isoDate }),
  v.object({ type: v.literal('extend'), on: isoDate, newDueOn: isoDate }),
  v.object({ type: v.literal('answer'), on: isoDate, text: longText, rating: v.optional(v.nullable(rating)) }),
  v.object({ type: v.literal('rate'), rating }),
  v.object({ type: v.literal('resolve'), on: isoDate }),
  v.object({ type: v.literal('escalate'), on: isoDate, escalatedBy: id }),
  v.object({ type: v.literal('close'), on: isoDate }),
  v.object({ type: v.literal('reopen'), on: isoDate }),
  v.object({ type: v.literal('note'), text: text(10_000) }),
]);

export const statusEventSchema = v.object({ id, appealId: id, at: instant, from: status, to: status, event: eventSchema });

const base64 = v.pipe(
  v.string(),
  v.maxLength(Math.ceil(LIMITS.attachmentBytes / 3) * 4, `is larger than ${LIMITS.attachmentBytes / 1024 / 1024} MB`),
  v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
  v.check((value) => value.length % 4 === 0, 'is not base64'),
);

const attachmentSchema = v.object({
  id,
  appealId: id,
  name: text(255),
  type: text(255),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.attachmentBytes)),
  data: base64,
});

const settingsSchema = v.pipe(
  v.record(text(200), v.unknown()),
  v.check((value) => Object.keys(value).length <= LIMITS.settings, `has more than ${LIMITS.settings} entries`),
  v.check(
    (value) => Object.values(value).every((entry) => (JSON.stringify(entry) ?? '').length <= LIMITS.settingChars),
    `has a value longer than ${LIMITS.settingChars} characters`,
  ),
);

const header = { format: v.literal(BACKUP_FORMAT), exportedAt: instant };

export const backupV2Schema = v.object({
  ...header,
  schemaVersion: v.literal(2),
  appeals: list(appealSchema, LIMITS.appeals),
  events: list(statusEventSchema, LIMITS.events),
  attachments: list(attachmentSchema, LIMITS.attachments),
  settings: settingsSchema,
});

export const backupV1Schema = v.object({
  ...header,
  schemaVersion: v.literal(1),
  appeals: list(appealV1Schema, LIMITS.appeals),
});

// The schemas must produce exactly the shared model types; a drift in either is a compile error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const appealMatches: Same<v.InferOutput<typeof appealSchema>, Appeal> = true;
const eventMatches: Same<v.InferOutput<typeof statusEventSchema>, StatusEvent> = true;
void appealMatches;
void eventMatches;
