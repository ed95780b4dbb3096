// Checks before export: what the law and the channel require, one problem per appeal, length, other people's
// personal data, and the e-mail zone for Russia. Issues never block saving; the UI shows them next to the fields.
import type { Appeal } from '../appeal.ts';
import { validateIin } from '../iin.ts';
import type { Category } from '../types.ts';
import { ESSENCE_PLACEHOLDERS, isShortChannel } from './body.ts';
import { mentionedCategories } from './topics.ts';

export type IssueCode =
  | 'missing'
  | 'one-problem'
  | 'too-long'
  | 'pos-too-long'
  | 'third-party-phone'
  | 'third-party-email'
  | 'third-party-name'
  | 'third-party-iin'
  | 'email-zone'
  | 'iin-invalid'
  | 'iin-date';

export interface Issue {
  code: IssueCode;
  severity: 'error' | 'warning';
  /** Stable field key: `applicant.fullName`, `recipient.name`, `location.address`, `body`… */
  field: string;
  /** English, for logs and the CLI; the UI translates by `code`. */
  message: string;
  params?: Record<string, string | number>;
}

/** 4,000 characters is a safe size for eOtinish and letters (appeals-domain.md §1.8). */
export const MAX_BODY_CHARS = 4000;
export const MAX_POS_CHARS = 1000;


export function requiredFields(appeal: Appeal): string[] {
  const fields: string[] = [];
  const formal = !isShortChannel(appeal.channel);
  if (formal) {
    fields.push('applicant.fullName');
    if (appeal.jurisdiction === 'KZ') fields.push('applicant.iin');
    fields.push('applicant.postalAddress');
  }
  fields.push('recipient.name', 'location.address', 'body');
  return fields;
}

export function missingFields(appeal: Appeal): string[] {
  return requiredFields(appeal).filter((field) => isEmpty(appeal, field));
}

function isEmpty(appeal: Appeal, field: string): boolean {
  switch (field) {
    case 'applicant.fullName':
      return appeal.applicant.fullName.trim() === '';
    case 'applicant.iin':
      return appeal.applicant.iin.trim() === '';
    case 'applicant.postalAddress':
      return appeal.applicant.postalAddress.trim() === '';
    case 'recipient.name':
      return appeal.recipient.name.trim() === '';
    case 'location.address':
      return (appeal.location.address ?? '').trim() === '';
    case 'body':
      return appeal.body.trim() === '' || Object.values(ESSENCE_PLACEHOLDERS).some((placeholder) => appeal.body.includes(placeholder));
    default:
      return false;
  }
}

export function checkAppeal(appeal: Appeal): Issue[] {
  return [
    ...missingFields(appeal).map((field): Issue => ({ code: 'missing', severity: 'error', field, message: `Required field is empty: ${field}` })),
    ...oneProblem(appeal),
    ...length(appeal),
    ...thirdPartyData(appeal.body, appeal.source?.authorName ?? null),
    ...applicantData(appeal),
  ];
}

function oneProblem(appeal: Appeal): Issue[] {
  const others = mentionedCategories(appeal.body).filter((category) => category !== appeal.category && !related(category, appeal.category));
  if (others.length === 0) return [];
  return [{ code: 'one-problem', severity: 'warning', field: 'body', message: `The text also describes: ${others.join(', ')}. One problem per appeal: consider splitting.`, params: { categories: others.join(',') } }];
}

/** Problems that usually come together in one post and go to the same body. */
const RELATED: Array<[Category, Category]> = [
  ['waste', 'environment'],
  ['utilities', 'housing'],
  ['roads', 'sidewalks'],
  ['roads', 'traffic'],
  ['snow_ice', 'sidewalks'],
  ['snow_ice', 'roads'],
  ['snow_ice', 'housing'],
  ['yard', 'greenery'],
  ['yard', 'lighting'],
  ['transport', 'traffic'],
];

function related(a: Category, b: Category): boolean {
  return RELATED.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

function length(appeal: Appeal): Issue[] {
  const chars = appeal.body.length;
  if (isShortChannel(appeal.channel) && chars > MAX_POS_CHARS) {
    return [{ code: 'pos-too-long', severity: 'warning', field: 'body', message: `A short message should stay under ${MAX_POS_CHARS} characters (now ${chars}).`, params: { chars, max: MAX_POS_CHARS } }];
  }
  if (chars > MAX_BODY_CHARS) {
    return [{ code: 'too-long', severity: 'warning', field: 'body', message: `The text is longer than ${MAX_BODY_CHARS} characters (${chars}).`, params: { chars, max: MAX_BODY_CHARS } }];
  }
  return [];
}

const PHONE = /(?<![\d\w])(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const IIN_LIKE = /(?<!\d)\d{12}(?!\d)/gu;
/** «Иванов Иван», «Петрова А.», «Иван Петров»: a surname-shaped word next to a capitalised name or initials. */
const SURNAME = '\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|ину|ыну|ский|ская|цкий|цкая|енко|ук|юк)';
const PERSON = new RegExp(`(?<![\\p{L}])(?:${SURNAME}\\s+(?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?)|\\p{Lu}\\p{Ll}+\\s+${SURNAME})(?!\\p{L})`, 'gu');
const STREET_BEFORE = /(?:ул\.?|улиц\p{L}*|пр\.|просп\p{L}*|бульвар\p{L}*|пер\.|им\.|имени|парк\p{L}*|сквер\p{L}*|школ\p{L}*|площад\p{L}*|ЖК|ТЦ|мкр\.?)\s*$/iu;

/** The post's author is named on purpose, as the source of the evidence. */
export function thirdPartyData(body: string, author: string | null = null): Issue[] {
  const issues: Issue[] = [];
  const add = (code: IssueCode, what: string, found: string): void => {
    issues.push({ code, severity: 'warning', field: 'body', message: `The text contains ${what} of another person: ${found}. Remove it unless it is needed.`, params: { found } });
  };
  for (const match of body.matchAll(PHONE)) add('third-party-phone', 'a phone number', match[0]);
  for (const match of body.matchAll(EMAIL)) add('third-party-email', 'an e-mail address', match[0]);
  for (const match of body.matchAll(IIN_LIKE)) add('third-party-iin', 'an IIN-like number', match[0]);
  for (const match of body.matchAll(PERSON)) {
    if (STREET_BEFORE.test(body.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (author && author.includes(match[0])) continue;
    add('third-party-name', 'a name', match[0]);
  }
  return issues;
}

function applicantData(appeal: Appeal): Issue[] {
  const issues: Issue[] = [];
  const email = appeal.applicant.email.trim();
  // 547-ФЗ: a reply by e-mail goes only to an address in the Russian national zone.
  if (appeal.jurisdiction === 'RU' && email !== '' && !/\.(?:ru|рф|xn--p1ai)$/iu.test(email)) {
    issues.push({ code: 'email-zone', severity: 'warning', field: 'applicant.email', message: 'Since 547-ФЗ an e-mail for the reply must be in the .ru or .рф zone; otherwise the reply goes to the Госуслуги account.' });
  }
  const iin = appeal.applicant.iin.trim();
  if (appeal.jurisdiction === 'KZ' && iin !== '') {
    const result = validateIin(iin);
    if (!result.valid) issues.push({ code: 'iin-invalid', severity: 'warning', field: 'applicant.iin', message: `The IIN does not pass the check (${result.reason}).`, params: { reason: result.reason ?? '' } });
    else if (result.reason) issues.push({ code: 'iin-date', severity: 'warning', field: 'applicant.iin', message: 'The IIN checksum is right, but its birth date looks unusual.', params: { reason: result.reason } });
  }
  return issues;
}
