// The appeal's history, oldest first: one entry per recorded event with its date and details.
import type { ComponentChildren } from 'preact';
import type { StatusEvent } from '../../core/lifecycle/events.ts';
import { t } from '../i18n.ts';
import { channelLabel, formatDate, formatDateTime, ratingLabel, statusLabel } from './format.ts';
import { appealHref } from './links.ts';

type Detail = [key: string, value: ComponentChildren];

function details(record: StatusEvent): Detail[] {
  const e = record.event;
  const list: Detail[] = [];
  if ('channel' in e && e.channel) list.push(['card_detail_channel', channelLabel(e.channel)]);
  if ('registrationNumber' in e && e.registrationNumber) list.push(['card_detail_reg', e.registrationNumber]);
  if ('recipientName' in e && e.recipientName) list.push(['card_detail_redirected_to', e.recipientName]);
  if ('newDueOn' in e) list.push(['card_detail_new_due', formatDate(e.newDueOn)]);
  if (e.type === 'answer' || e.type === 'note') list.push([`card_detail_${e.type}`, <span class="pre-wrap">{e.text}</span>]);
  if ('rating' in e && e.rating) list.push(['card_detail_rating', ratingLabel(e.rating)]);
  if ('escalatedBy' in e) list.push(['card_detail_escalation', <a href={appealHref(e.escalatedBy)}>{t('card_open_linked')}</a>]);
  return list;
}

/** The heading of an entry: a status change, or what was recorded without one (a note, a rating). */
function title(record: StatusEvent): string {
  return record.from === record.to ? t(`card_timeline_${record.event.type}`) : statusLabel(record.to);
}

export function Timeline({ records }: { records: readonly StatusEvent[] }) {
  if (records.length === 0) return <p class="muted">{t('card_timeline_empty')}</p>;
  const oldestFirst = [...records].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol class="timeline">
      {oldestFirst.map((record) => {
        const on = 'on' in record.event ? record.event.on : null;
        return (
          <li key={record.id} class="timeline-entry">
            <div class="timeline-head">
              <span class={`status-chip status-${record.to}`}>{title(record)}</span>{' '}
              <time dateTime={on ?? record.at}>{on ? formatDate(on) : formatDateTime(record.at)}</time>
            </div>
            <dl class="timeline-details">
              {details(record).map(([key, value]) => (
                <div key={key}>
                  <dt>{t(key)}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
