// Calendar arithmetic on ISO dates (yyyy-mm-dd). Days are counted as UTC day numbers so that no time zone or
// daylight-saving shift can move a deadline by a day.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or null when the text is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / MS_PER_DAY;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

export function fromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

function requireDay(iso: string): number {
  const days = dayNumber(iso);
  if (days === null) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso).slice(0, 40)}`);
  return days;
}

export function addDays(iso: string, count: number): string {
  return fromDayNumber(requireDay(iso) + count);
}

/** Calendar months; the 31st of a shorter month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, count: number): string {
  const date = new Date(requireDay(iso) * MS_PER_DAY);
  const targetMonth = date.getUTCMonth() + count;
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return new Date(Date.UTC(date.getUTCFullYear(), targetMonth, day)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(requireDay(iso) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6;
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return requireDay(b) - requireDay(a);
}

/** The user's local calendar date at `now`: deadlines are days on the user's wall calendar. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
