// The next step for an appeal that went unanswered or got an unsatisfactory answer: a complaint linked to it.
// KZ: the superior body (АППК ст. 91), then the prosecutor's office. RU: the superior official, then the prosecutor's
// office, both citing КоАП РФ ст. 5.59.
import { untracked, type Appeal, type Channel } from '../appeal.ts';
import { localIsoDate } from '../deadlines/dates.ts';
import type { Lang } from '../types.ts';
import { LifecycleError } from './events.ts';
import { escalationReason, type EscalationReason } from './escalation-reason.ts';
import { escalationBody, escalationSubject, recipientPlaceholder, type EscalationLevel } from './escalation-texts.ts';
import { newId } from './ids.ts';

export type { EscalationLevel, EscalationReason };

export interface EscalationDraft {
  appeal: Appeal;
  level: EscalationLevel;
  reason: EscalationReason;
}

const ANSWER_EXCERPT_CHARS = 1000;
const SUBJECT_CHARS = 300;

function excerpt(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}

/** A complaint about a complaint goes to the prosecutor's office. */
function levelAfter(original: Appeal): EscalationLevel {
  return original.escalates !== null ? 'prosecutor' : 'superior';
}

function channelFor(original: Appeal): Channel {
  // Complaints go through e-Otinish in Kazakhstan; in Russia by letter or the body's web reception (no e-mail).
  return original.jurisdiction === 'KZ' ? 'eotinish' : 'letter';
}

/** Russian bodies take appeals in Russian; a Kazakh-language draft for them would only need rewriting. */
function languageFor(original: Appeal, lang: Lang): Lang {
  return original.jurisdiction === 'RU' && lang === 'kk' ? 'ru' : lang;
}

export function canEscalate(original: Appeal, now: Date): EscalationReason | null {
  return escalationReason(original, localIsoDate(now));
}

/** Throws LifecycleError('not_escalatable') unless the appeal is overdue or its answer was rated unsatisfactory. */
export function draftEscalation(original: Appeal, now: Date, lang: Lang): EscalationDraft {
  const today = localIsoDate(now);
  const reason = escalationReason(original, today);
  if (reason === null) {
    throw new LifecycleError('not_escalatable', 'Only an overdue appeal or an unsatisfactory answer can be escalated');
  }
  const level = levelAfter(original);
  const language = languageFor(original, lang);
  const facts = {
    jurisdiction: original.jurisdiction,
    level,
    reason,
    recipientName: original.recipient.name.trim() || '—',
    subject: excerpt(original.subject, SUBJECT_CHARS),
    address: original.location.address,
    submittedOn: original.submittedOn,
    registrationNumber: original.registrationNumber,
    registeredOn: original.registeredOn,
    dueOn: original.dueOn,
    answerOn: reason === 'overdue' ? null : (original.answer?.on ?? null),
    answerText: reason === 'overdue' || !original.answer ? null : excerpt(original.answer.text, ANSWER_EXCERPT_CHARS),
    afterComplaint: original.escalates !== null,
    today,
  };
  const at = now.toISOString();
  const appeal: Appeal = {
    ...original,
    id: newId(),
    channel: channelFor(original),
    appealType: 'complaint',
    lang: language,
    recipient: { id: null, name: recipientPlaceholder(language, level), url: null },
    subject: escalationSubject(language, facts),
    body: escalationBody(language, facts),
    ...untracked(at),
    escalates: original.id,
  };
  return { appeal, level, reason };
}
