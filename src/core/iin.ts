// Kazakhstan IIN (ИИН) check: ../shared/docs/appeals-domain.md §1.11. A soft hint only — never blocks saving.

export type IinReason =
  | 'empty'
  | 'format'
  | 'checksum'
  | 'century'
  | 'date';

export interface IinResult {
  /** True when the checksum is right; a date warning does not make it false. */
  valid: boolean;
  /** null when everything is fine; otherwise the first problem found. */
  reason: IinReason | null;
  /** The birth date (yyyy-mm-dd) when positions 1–7 give a real date. */
  birthDate: string | null;
}

const WEIGHTS_FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const CENTURY_BY_DIGIT: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

/** Spaces and dashes that people type inside the number are ignored. */
export function normalizeIin(input: string): string {
  return String(input ?? '').replace(/[\s\-\u00a0\u200b-\u200f\u2060\ufeff]/g, '');
}

/** The check digit for the first 11 digits, or null when both passes give 10 (such numbers are never issued). */
export function iinCheckDigit(first11: readonly number[]): number | null {
  const first = weightedMod11(first11, WEIGHTS_FIRST);
  if (first !== 10) return first;
  const second = weightedMod11(first11, WEIGHTS_SECOND);
  return second === 10 ? null : second;
}

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

export function validateIin(input: string): IinResult {
  const iin = normalizeIin(input);
  if (iin === '') return { valid: false, reason: 'empty', birthDate: null };
  if (!/^\d{12}$/.test(iin)) return { valid: false, reason: 'format', birthDate: null };
  const digits = [...iin].map(Number);
  if (iinCheckDigit(digits.slice(0, 11)) !== digits[11]) return { valid: false, reason: 'checksum', birthDate: null };
  const century = CENTURY_BY_DIGIT[iin[6] ?? ''];
  // Older and foreign-citizen numbers may break the date rules: the checksum decides validity, the date only warns.
  if (century === undefined) return { valid: true, reason: 'century', birthDate: null };
  const birthDate = realDate(century + Number(iin.slice(0, 2)), Number(iin.slice(2, 4)), Number(iin.slice(4, 6)));
  return { valid: true, reason: birthDate === null ? 'date' : null, birthDate };
}

function realDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** For display: `9001••••0007`. The IIN is personal data (birth date and sex). */
export function maskIin(input: string): string {
  const iin = normalizeIin(input);
  if (iin.length < 8) return '•'.repeat(iin.length);
  return `${iin.slice(0, 4)}${'•'.repeat(iin.length - 8)}${iin.slice(-4)}`;
}
