// The appeal as text for each channel: eOtinish (АППК ст. 63, no signature: the portal signs), a formal letter
// (59-ФЗ ст. 7 for Russia, АППК ст. 63 on paper for Kazakhstan, with a signature line), a ПОС message and a message
// for an official VK/OK page. Plain text only; the printable HTML letter is in ../export.
import type { Appeal } from '../appeal.ts';
import { formatDate, LABELS, type Labels } from './labels.ts';

export type AppealFormat = 'eotinish' | 'formal' | 'pos' | 'gospublic';

export const FORMATS: readonly AppealFormat[] = ['eotinish', 'formal', 'pos', 'gospublic'];

export function formatForChannel(appeal: Pick<Appeal, 'channel'>): AppealFormat {
  return appeal.channel === 'letter' ? 'formal' : appeal.channel;
}

export function renderAppeal(appeal: Appeal, format: AppealFormat = formatForChannel(appeal)): string {
  const labels = LABELS[appeal.lang];
  switch (format) {
    case 'eotinish':
      return joinBlocks([applicantHeader(appeal, labels), titleBlock(appeal, labels), appeal.body, dateLine(appeal, labels)]);
    case 'formal':
      return joinBlocks([applicantHeader(appeal, labels), titleBlock(appeal, labels), appeal.body, `${dateLine(appeal, labels)}\n${signatureLine(appeal, labels)}`]);
    case 'pos':
      return joinBlocks([`${labels.subject}: ${appeal.subject}`, appeal.body, dateLine(appeal, labels)]);
    case 'gospublic':
      return joinBlocks([`${greeting(appeal)}\n${labels.subject}: ${appeal.subject}`, appeal.body, dateLine(appeal, labels)]);
  }
}

/** Recipient and applicant: every field the law requires, with a visible placeholder when it is still empty. */
export function applicantHeader(appeal: Appeal, labels: Labels): string {
  const { applicant } = appeal;
  const value = (field: keyof Appeal['applicant']): string => applicant[field].trim() || labels.placeholders[field];
  const lines = [`${labels.to}: ${appeal.recipient.name.trim() || placeholderRecipient(appeal)}`, `${labels.from}: ${value('fullName')}`];
  if (appeal.jurisdiction === 'KZ') lines.push(`${labels.iin}: ${value('iin')}`);
  lines.push(`${labels.postalAddress}: ${value('postalAddress')}`);
  if (applicant.phone.trim() || appeal.jurisdiction === 'KZ') lines.push(`${labels.phone}: ${value('phone')}`);
  // 59-ФЗ ст. 7 ч. 3: an e-mail (.ru/.рф since 547-ФЗ) for an electronic reply; in Kazakhstan it is optional.
  if (appeal.jurisdiction === 'RU' || applicant.email.trim()) lines.push(`${labels.email}: ${value('email')}`);
  return lines.join('\n');
}

function placeholderRecipient(appeal: Appeal): string {
  return { ru: '[наименование органа]', kk: '[органның атауы]', en: '[name of the body]' }[appeal.lang];
}

function titleBlock(appeal: Appeal, labels: Labels): string {
  return `${labels.titles[appeal.appealType]}\n${labels.subject}: ${appeal.subject}`;
}

export function dateLine(appeal: Appeal, labels: Labels): string {
  return `${labels.date}: ${formatDate(appeal.createdAt, appeal.lang)}`;
}

function signatureLine(appeal: Appeal, labels: Labels): string {
  const name = appeal.applicant.fullName.trim() || labels.placeholders.fullName;
  return `${labels.signature}: ____________ / ${name} /`;
}

function greeting(appeal: Appeal): string {
  return { ru: 'Здравствуйте!', kk: 'Сәлеметсіз бе!', en: 'Hello,' }[appeal.lang];
}

function joinBlocks(blocks: string[]): string {
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
