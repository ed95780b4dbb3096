// Display helpers shared by the list, the card and the statistics. Labels come only from `t()`.
import browser from 'webextension-polyfill';
import type { AnswerRating, AppealStatus, Channel } from '../../core/appeal.ts';
import type { Category } from '../../core/types.ts';
import { dayNumber } from '../../core/deadlines/dates.ts';
import { t } from '../i18n.ts';

export const statusLabel = (status: AppealStatus): string => t(`list_status_${status}`);
export const categoryLabel = (category: Category): string => t(`list_category_${category}`);
export const channelLabel = (channel: Channel): string => t(`list_channel_${channel}`);
export const ratingLabel = (rating: AnswerRating): string => t(`card_rating_${rating}`);

let dateFormat: Intl.DateTimeFormat | null = null;
let dateTimeFormat: Intl.DateTimeFormat | null = null;

/** The browser's language when its date formats are available; Russian otherwise (some builds lack Kazakh data). */
function uiLocale(): string {
  let ui = 'ru';
  try {
    ui = browser.i18n.getUILanguage() || 'ru';
  } catch {
    // Outside an extension page: keep the default.
  }
  return Intl.DateTimeFormat.supportedLocalesOf([ui]).length > 0 ? ui : 'ru';
}

/** An ISO calendar date (yyyy-mm-dd) in the user's language; anything else is shown as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const days = dayNumber(iso.slice(0, 10));
  if (days === null) return iso;
  dateFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' });
  return dateFormat.format(new Date(days * 86_400_000));
}

/** A full ISO timestamp (event time) in the user's language and time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso);
  dateTimeFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimeFormat.format(new Date(time));
}

/** Long texts (a pasted 100,000-character post) are cut for lists and headings; the editor shows them whole. */
export function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
