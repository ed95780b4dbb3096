// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appealsToCsv, CSV_COLUMNS, defuseFormula } from '../../src/core/backup/csv.ts';
import { appealsToOpen311 } from '../../src/core/backup/open311.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';

const filed = makeAppeal({
  id: 'a1',
  status: 'answered',
  submittedOn: '2025-03-20',
  registeredOn: '2025-03-20',
  registrationNumber: 'ЖТ-2025-1',
  dueOn: '2025-04-15',
  answer: { text: 'Работы запланированы на май', on: '2025-04-10', rating: 'formal_non_answer' },
  applicant: { fullName: 'Сейткали Айгерим', iin: '900101400123', postalAddress: 'ул. Секретная, 1', phone: '+77010000000', email: 'a@b.kz' },
  updatedAt: '2025-04-11T09:00:00.000Z',
});

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
}

describe('CSV export', () => {
  it('writes one row per appeal that reads back exactly, commas, quotes and line breaks included', () => {
    const tricky = makeAppeal({ id: 'a2', subject: 'Яма, "глубокая"\nи опасная', body: 'Строка 1\r\nСтрока 2; 🚧' });
    const csv = appealsToCsv([filed, tricky]);
    expect(csv.startsWith('\ufeffid,status,')).toBe(true);
    const rows = parse(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: 'a1', registration_number: 'ЖТ-2025-1', due_on: '2025-04-15', answer_rating: 'formal_non_answer' });
    expect(rows[1]).toMatchObject({ subject: 'Яма, "глубокая"\nи опасная', body: 'Строка 1\r\nСтрока 2; 🚧' });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const hostile = makeAppeal({ subject: '=HYPERLINK("http://evil","click")', body: '+1+1', location: { address: '-2+3', city: '@SUM(A1)', region: ' =cmd' } });
    const row = parse(appealsToCsv([hostile]))[0]!;
    expect(row.subject).toBe(`'=HYPERLINK("http://evil","click")`);
    expect([row.body, row.address, row.city, row.region]).toEqual(["'+1+1", "'-2+3", "'@SUM(A1)", "' =cmd"]);
    expect(defuseFormula('2025-04-15')).toBe('2025-04-15');
    expect(defuseFormula('Яма -5 см')).toBe('Яма -5 см');
  });

  it('leaves the applicant’s personal data out', () => {
    const csv = appealsToCsv([filed]);
    for (const secret of ['900101400123', 'Секретная', '+77010000000', 'Сейткали']) expect(csv).not.toContain(secret);
  });

  it('handles an empty history', () => {
    expect(parse(appealsToCsv([]))).toEqual([]);
  });
});

describe('Open311 export', () => {
  it('maps a filed appeal to a GeoReport v2 request', () => {
    const [request] = appealsToOpen311([filed]);
    expect(request).toEqual({
      service_request_id: 'a1',
      status: 'closed',
      status_notes: 'status: answered; registration number: ЖТ-2025-1; answered on 2025-04-10, rated formal_non_answer',
      service_code: 'roads',
      service_name: 'Roads',
      description: `${filed.subject}\n\n${filed.body}`,
      agency_responsible: 'Акимат города Алматы',
      service_notice: 'Legal term: 15 working days from registration (Kazakhstan, Administrative Procedural Code, art. 76)',
      requested_datetime: '2025-03-20',
      updated_datetime: '2025-04-11T09:00:00.000Z',
      expected_datetime: '2025-04-15',
      address: 'ул. Абая, 10, Алматы',
      media_url: null,
    });
  });

  it('keeps open requests open, names services in the chosen language, and skips drafts', () => {
    const open = makeAppeal({ id: 'a3', status: 'in_progress', submittedOn: '2025-05-01', dueOn: '2025-05-22', category: 'lighting' });
    const requests = appealsToOpen311([makeAppeal({ id: 'draft' }), open], 'ru');
    expect(requests.map((r) => [r.service_request_id, r.status, r.service_name])).toEqual([['a3', 'open', 'Уличное освещение']]);
    expect(JSON.stringify(requests)).not.toContain('Иванов');
  });
});
