// The user's filed appeals as Open311 GeoReport v2 service requests (../shared/docs/appeals-domain.md §4.3), for
// sharing with civic groups. Drafts are not requests yet and are left out; so is everything about the applicant.
import type { Appeal, AppealStatus } from '../appeal.ts';
import { CATEGORY_LABELS } from '../classifier/labels.ts';
import { dueDates, type DeadlineRegime } from '../deadlines/calculator.ts';
import type { Lang } from '../types.ts';

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_code: string;
  service_name: string;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  media_url: string | null;
}

const CLOSED: ReadonlySet<AppealStatus> = new Set(['answered', 'resolved', 'escalated', 'closed']);

const NOTICES: Record<DeadlineRegime, string> = {
  kz_appk: 'Legal term: 15 working days from registration (Kazakhstan, Administrative Procedural Code, art. 76)',
  ru_59fz: 'Legal term: 30 days from registration (Russia, Federal Law 59-FZ, art. 12)',
  ru_pos_message: 'Expected term: 10 working days (Russia, Gosuslugi feedback platform message)',
  official_page: 'Expected reply: 1 working day (message on an official agency page)',
};

function statusNotes(appeal: Appeal): string {
  const notes = [`status: ${appeal.status}`];
  if (appeal.registrationNumber) notes.push(`registration number: ${appeal.registrationNumber}`);
  if (appeal.answer) notes.push(`answered on ${appeal.answer.on}${appeal.answer.rating ? `, rated ${appeal.answer.rating}` : ''}`);
  if (appeal.escalatedBy) notes.push(`escalated as request ${appeal.escalatedBy}`);
  if (appeal.escalates) notes.push(`escalation of request ${appeal.escalates}`);
  return notes.join('; ');
}

function addressOf(appeal: Appeal): string | null {
  const parts = [appeal.location.address, appeal.location.city, appeal.location.region].filter((part): part is string => !!part?.trim());
  return parts.length ? parts.join(', ') : null;
}

export function toOpen311(appeal: Appeal, lang: Lang = 'en'): Open311Request {
  const deadlines = dueDates(appeal);
  return {
    service_request_id: appeal.id,
    status: CLOSED.has(appeal.status) ? 'closed' : 'open',
    status_notes: statusNotes(appeal),
    service_code: appeal.category,
    service_name: CATEGORY_LABELS[appeal.category][lang],
    description: [appeal.subject, appeal.body].filter(Boolean).join('\n\n'),
    agency_responsible: appeal.recipient.name,
    service_notice: deadlines ? NOTICES[deadlines.regime] : '',
    requested_datetime: appeal.submittedOn ?? appeal.createdAt,
    updated_datetime: appeal.updatedAt,
    expected_datetime: appeal.dueOn,
    address: addressOf(appeal),
    media_url: appeal.source?.images[0]?.url ?? null,
  };
}

/** Filed appeals only: a draft is not a service request. */
export function appealsToOpen311(appeals: readonly Appeal[], lang: Lang = 'en'): Open311Request[] {
  return appeals.filter((appeal) => appeal.submittedOn !== null).map((appeal) => toOpen311(appeal, lang));
}
