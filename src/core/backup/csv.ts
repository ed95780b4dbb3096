// A spreadsheet of the user's appeals. No applicant data (IIN, phone, address of the person): the CSV is meant for
// sharing. Cells a spreadsheet would run as a formula are defused with a leading quote.
import Papa from 'papaparse';
import type { Appeal } from '../appeal.ts';

export const CSV_COLUMNS = [
  'id', 'status', 'jurisdiction', 'channel', 'appeal_type', 'category', 'subject', 'body', 'address', 'city', 'region',
  'recipient', 'submitted_on', 'registered_on', 'registration_number', 'due_on', 'answer_on', 'answer_rating',
  'answer_text', 'escalates', 'escalated_by', 'source_network', 'source_link', 'created_at', 'updated_at',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** =, +, -, @ (and tab or carriage return) start formulas in Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[\s\u00a0]*[=+\-@\t\r]/;

export function defuseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function rowOf(appeal: Appeal): CsvRow {
  return {
    id: appeal.id,
    status: appeal.status,
    jurisdiction: appeal.jurisdiction,
    channel: appeal.channel,
    appeal_type: appeal.appealType,
    category: appeal.category,
    subject: appeal.subject,
    body: appeal.body,
    address: appeal.location.address ?? '',
    city: appeal.location.city ?? '',
    region: appeal.location.region ?? '',
    recipient: appeal.recipient.name,
    submitted_on: appeal.submittedOn ?? '',
    registered_on: appeal.registeredOn ?? '',
    registration_number: appeal.registrationNumber ?? '',
    due_on: appeal.dueOn ?? '',
    answer_on: appeal.answer?.on ?? '',
    answer_rating: appeal.answer?.rating ?? '',
    answer_text: appeal.answer?.text ?? '',
    escalates: appeal.escalates ?? '',
    escalated_by: appeal.escalatedBy ?? '',
    source_network: appeal.source?.network ?? '',
    source_link: appeal.source?.permalink ?? '',
    created_at: appeal.createdAt,
    updated_at: appeal.updatedAt,
  };
}

/** CSV text with a byte-order mark, so spreadsheet programs read Cyrillic and Kazakh letters as UTF-8. */
export function appealsToCsv(appeals: readonly Appeal[]): string {
  const data = appeals.map((appeal) => CSV_COLUMNS.map((column) => defuseFormula(rowOf(appeal)[column])));
  return `\ufeff${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', quotes: false })}`;
}
