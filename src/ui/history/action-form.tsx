// One status event as a small form: only the fields that event records, with sensible defaults.
import { useState } from 'preact/hooks';
import type { AnswerRating, Appeal, Channel } from '../../core/appeal.ts';
import type { AppealEvent, AppealEventType } from '../../core/lifecycle/events.ts';
import { SelectField, TextField } from '../editor/fields.tsx';
import { t } from '../i18n.ts';
import { channelLabel, ratingLabel } from './format.ts';
import { CHANNELS } from './list-filters.tsx';
import { today } from './overdue.ts';

export const RATINGS: readonly AnswerRating[] = ['satisfied', 'partly', 'not_satisfied', 'formal_non_answer'];

/** Events that record more than "it happened today" open a form; the others are one click. */
export const NEEDS_FORM: ReadonlySet<AppealEventType> = new Set(['submit', 'register', 'redirect', 'extend', 'answer', 'rate', 'note']);

interface Values {
  on: string;
  channel: Channel;
  registrationNumber: string;
  recipientName: string;
  newDueOn: string;
  text: string;
  rating: AnswerRating | '';
}

function initialValues(appeal: Appeal): Values {
  return {
    on: today(),
    channel: appeal.channel,
    registrationNumber: appeal.registrationNumber ?? '',
    recipientName: '',
    newDueOn: '',
    text: '',
    rating: appeal.answer?.rating ?? '',
  };
}

type Built = { event: AppealEvent } | { missing: keyof Values };

/** The event to apply, or the first required field the user left empty. */
export function buildEvent(type: AppealEventType, v: Values): Built {
  const on = v.on;
  const reg = v.registrationNumber.trim() || null;
  if (NEEDS_FORM.has(type) && type !== 'rate' && type !== 'note' && !on) return { missing: 'on' };
  switch (type) {
    case 'submit':
      return { event: { type, on, channel: v.channel, registrationNumber: reg } };
    case 'register':
      return { event: { type, on, registrationNumber: reg } };
    case 'redirect':
      return { event: { type, on, recipientName: v.recipientName.trim() || null, registrationNumber: reg } };
    case 'extend':
      return v.newDueOn ? { event: { type, on, newDueOn: v.newDueOn } } : { missing: 'newDueOn' };
    case 'answer':
      return v.text.trim() ? { event: { type, on, text: v.text, rating: v.rating || null } } : { missing: 'text' };
    case 'rate':
      return v.rating ? { event: { type, rating: v.rating } } : { missing: 'rating' };
    case 'note':
      return v.text.trim() ? { event: { type, text: v.text } } : { missing: 'text' };
    default:
      return { event: oneClickEvent(type) };
  }
}

/** Events without a form happen today. */
export function oneClickEvent(type: AppealEventType): AppealEvent {
  return type === 'mark_ready' || type === 'back_to_draft' ? { type } : ({ type, on: today() } as AppealEvent);
}

interface Props {
  type: AppealEventType;
  appeal: Appeal;
  busy: boolean;
  onApply: (event: AppealEvent) => void;
  onCancel: () => void;
}

export function ActionForm({ type, appeal, busy, onApply, onCancel }: Props) {
  const [values, setValues] = useState<Values>(() => initialValues(appeal));
  const [missing, setMissing] = useState<keyof Values | null>(null);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const error = (key: keyof Values) => (missing === key ? t('card_field_required') : null);
  const has = (...types: AppealEventType[]) => types.includes(type);
  const submit = (event: Event) => {
    event.preventDefault();
    const built = buildEvent(type, values);
    if ('missing' in built) return setMissing(built.missing);
    setMissing(null);
    onApply(built.event);
  };
  return (
    <form class="action-form" aria-label={t(`card_action_${type}`)} onSubmit={submit}>
      {has('submit', 'register', 'redirect', 'extend', 'answer') ? (
        <TextField name="on" type="date" label={t(`card_field_on_${type}`)} required value={values.on} error={error('on')} onValue={set('on')} />
      ) : null}
      {has('submit') ? (
        <SelectField
          name="channel"
          label={t('card_field_channel')}
          value={values.channel}
          options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
          onValue={(value) => set('channel')(value as Channel)}
        />
      ) : null}
      {has('redirect') ? (
        <TextField name="recipientName" label={t('card_field_redirected_to')} value={values.recipientName} onValue={set('recipientName')} />
      ) : null}
      {has('submit', 'register', 'redirect') ? (
        <TextField name="registrationNumber" label={t('card_field_reg')} hint={t('card_field_reg_hint')} value={values.registrationNumber} onValue={set('registrationNumber')} />
      ) : null}
      {has('extend') ? (
        <TextField name="newDueOn" type="date" label={t('card_field_new_due')} required value={values.newDueOn} error={error('newDueOn')} onValue={set('newDueOn')} />
      ) : null}
      {has('answer', 'note') ? (
        <TextField name="text" label={t(type === 'note' ? 'card_field_note' : 'card_field_answer')} required multiline={5} value={values.text} error={error('text')} onValue={set('text')} />
      ) : null}
      {has('answer', 'rate') ? (
        <SelectField
          name="rating"
          label={t('card_field_rating')}
          value={values.rating}
          error={error('rating')}
          options={[{ value: '', label: t('card_rating_none') }, ...RATINGS.map((r) => ({ value: r, label: ratingLabel(r) }))]}
          onValue={(value) => set('rating')(value as AnswerRating | '')}
        />
      ) : null}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t('card_action_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('card_action_cancel')}
        </button>
      </div>
    </form>
  );
}
