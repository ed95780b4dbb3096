// Why an appeal is due when it is: the rule of the deadlines module, put into words for the card.
import type { Appeal } from '../../core/appeal.ts';
import { dueDates } from '../../core/deadlines/calculator.ts';
import type { StatusEvent } from '../../core/lifecycle/events.ts';
import { t } from '../i18n.ts';
import { formatDate } from './format.ts';

export interface DueExplanation {
  /** The stored due date: the one the list, the reminders and the badge use. */
  dueOn: string;
  /** e.g. "15 working days from registration (АППК ст. 76)". */
  rule: string;
  /** Extra facts: estimated registration, extension and its legal limit. */
  notes: string[];
  /** The agency extended beyond what the law allows: grounds for a complaint in itself. */
  beyondLimit: boolean;
}

type DueInput = Pick<Appeal, 'jurisdiction' | 'channel' | 'appealType' | 'submittedOn' | 'registeredOn' | 'dueOn'>;

/** The new due date of the latest recorded extension, if the agency extended the term. */
export function extendedTo(timeline: readonly StatusEvent[]): string | null {
  let latest: string | null = null;
  for (const record of timeline) if (record.event.type === 'extend') latest = record.event.newDueOn;
  return latest;
}

/** Null while there is no due date (a draft, an appeal not yet submitted). */
export function explainDue(appeal: DueInput, extension: string | null): DueExplanation | null {
  if (!appeal.dueOn) return null;
  const deadlines = dueDates({ ...appeal, extendedTo: extension });
  if (!deadlines) return { dueOn: appeal.dueOn, rule: t('card_rule_manual'), notes: [], beyondLimit: false };
  const notes: string[] = [];
  if (deadlines.startEstimated) notes.push(t('card_rule_registration_estimated', formatDate(deadlines.startsOn)));
  if (extension) notes.push(t('card_rule_extended', [formatDate(deadlines.legalDueOn), formatDate(extension)]));
  if (deadlines.extensionLimit) notes.push(t('card_rule_extension_limit', formatDate(deadlines.extensionLimit)));
  return {
    dueOn: appeal.dueOn,
    rule: t(`card_rule_${deadlines.regime}`),
    notes,
    beyondLimit: deadlines.extensionBeyondLimit,
  };
}
