// Realistic generated appeals for tests and the history benchmark. Not imported by the extension itself.
import { untracked, type Appeal, type AppealStatus } from '../core/appeal.ts';
import { CATEGORIES } from '../core/types.ts';
import { addDays } from '../core/deadlines/dates.ts';

export function makeAppeal(overrides: Partial<Appeal> = {}): Appeal {
  return {
    id: 'appeal-1',
    jurisdiction: 'KZ',
    channel: 'eotinish',
    appealType: 'application',
    lang: 'ru',
    recipient: { id: null, name: 'Акимат города Алматы', url: null },
    category: 'roads',
    subject: 'Яма на дороге по улице Абая',
    body: 'Прошу отремонтировать дорожное покрытие: глубокая яма у дома 10 по улице Абая, машины повреждают колёса.',
    location: { address: 'ул. Абая, 10', city: 'Алматы', region: null },
    seenOn: '2025-03-01',
    source: null,
    applicant: { fullName: 'Иванов Иван', iin: '', postalAddress: 'ул. Абая, 12', phone: '', email: '' },
    ...untracked('2025-03-01T08:00:00.000Z'),
    version: 1,
    ...overrides,
  };
}

const STREETS = ['Абая', 'Ленина', 'Сейфуллина', 'Гагарина', 'Пушкина', 'Толе би', 'Мира', 'Советская', 'Назарбаева'];
const PROBLEMS = [
  'яма на проезжей части', 'не горит фонарь во дворе', 'не вывозят мусор', 'нет горячей воды',
  'сломана детская площадка', 'не убран снег', 'не работает светофор', 'протекает крыша подъезда',
];
const STATUSES: readonly AppealStatus[] = ['draft', 'submitted', 'registered', 'in_progress', 'answered', 'resolved', 'closed'];

/** A deterministic pseudo-random sequence, so benchmarks and tests see the same data every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateAppeals(count: number, seed = 42): Appeal[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const appeals: Appeal[] = [];
  for (let i = 0; i < count; i++) {
    const street = pick(STREETS);
    const problem = pick(PROBLEMS);
    const status = pick(STATUSES);
    const submittedOn = status === 'draft' ? null : addDays('2024-01-10', Math.floor(random() * 900));
    const house = 1 + Math.floor(random() * 120);
    appeals.push(
      makeAppeal({
        id: `gen-${String(i).padStart(6, '0')}`,
        jurisdiction: i % 3 === 0 ? 'RU' : 'KZ',
        channel: i % 3 === 0 ? pick(['pos', 'letter', 'gospublic'] as const) : 'eotinish',
        category: pick(CATEGORIES),
        subject: `${problem[0]?.toUpperCase()}${problem.slice(1)} на улице ${street}`,
        body: `Здравствуйте. Уже ${2 + Math.floor(random() * 20)} дней ${problem} у дома ${house} по улице ${street}. ` +
          'Жители неоднократно обращались в управляющую компанию, но ничего не изменилось. Прошу принять меры и ' +
          'сообщить о сроках устранения. Фотографии прилагаю. '.repeat(1 + Math.floor(random() * 3)),
        location: { address: `ул. ${street}, ${house}`, city: 'Алматы', region: null },
        status,
        submittedOn,
        registrationNumber: submittedOn ? `ЖТ-2025-${String(100000 + i)}` : null,
        dueOn: submittedOn ? addDays(submittedOn, 21) : null,
        source: i % 4 === 0 ? { network: 'vk', postId: `-1_${i}`, permalink: null, authorName: null, publishedAt: null, text: problem, images: [], pageUrl: null, capturedAt: '2025-01-01T00:00:00.000Z' } : null,
        createdAt: `${submittedOn ?? '2024-01-05'}T09:00:00.000Z`,
        updatedAt: `${submittedOn ?? '2024-01-05'}T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
      }),
    );
  }
  return appeals;
}
