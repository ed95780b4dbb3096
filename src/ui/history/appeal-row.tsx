import type { Appeal } from '../../core/appeal.ts';
import { t } from '../i18n.ts';
import { categoryLabel, formatDate, shorten, statusLabel } from './format.ts';
import { appealHref } from './links.ts';
import { overdueDays } from './overdue.ts';

export function AppealRow({ appeal, today }: { appeal: Appeal; today: string }) {
  const late = overdueDays(appeal, today);
  return (
    <tr class={late > 0 ? 'overdue' : undefined} data-appeal-id={appeal.id}>
      <td class="col-subject">
        <a href={appealHref(appeal.id)}>{shorten(appeal.subject) || t('list_untitled')}</a>
      </td>
      <td class="col-recipient">{shorten(appeal.recipient.name, 120) || '—'}</td>
      <td class="col-status">
        <span class={`status-chip status-${appeal.status}`}>{statusLabel(appeal.status)}</span>
      </td>
      <td class="col-reg">{appeal.registrationNumber ?? '—'}</td>
      <td class="col-due">
        {formatDate(appeal.dueOn)}
        {late > 0 ? <span class="overdue-note">{t('list_overdue_days', String(late))}</span> : null}
      </td>
      <td class="col-category">
        <span class="category-chip">{categoryLabel(appeal.category)}</span>
      </td>
    </tr>
  );
}
