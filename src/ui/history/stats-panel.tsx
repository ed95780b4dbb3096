// Statistics of the user's own appeals (`#/stats`): by status and category, time to answer, overdue.
import { CATEGORIES } from '../../core/types.ts';
import { t } from '../i18n.ts';
import { loadStats } from '../data.ts';
import { BarChart } from './bar-chart.tsx';
import { categoryLabel, statusLabel } from './format.ts';
import { STATUSES } from './list-filters.tsx';
import { useAsync } from './use-async.ts';

export function StatsPanel() {
  const [stats] = useAsync(() => loadStats(), []);
  if (stats.state === 'loading') return <p class="muted" aria-busy="true">{t('list_loading')}</p>;
  if (stats.state === 'failed') return <p class="notice error" role="alert">{t('list_load_failed')}</p>;
  const s = stats.value;
  const average = s.averageDaysToAnswer === null ? '—' : s.averageDaysToAnswer.toLocaleString();
  return (
    <section class="stats" aria-labelledby="stats-title">
      <h1 id="stats-title">{t('stats_title')}</h1>
      <dl class="stats-figures">
        <div>
          <dt>{t('stats_total')}</dt>
          <dd>{s.total}</dd>
        </div>
        <div>
          <dt>{t('stats_overdue')}</dt>
          <dd class={s.overdue > 0 ? 'overdue-note' : undefined}>{s.overdue}</dd>
        </div>
        <div>
          <dt>{t('stats_average_answer')}</dt>
          <dd>{average}</dd>
        </div>
      </dl>
      <BarChart title={t('stats_by_status')} bars={STATUSES.map((key) => ({ key, label: statusLabel(key), value: s.byStatus[key] ?? 0 }))} />
      <BarChart title={t('stats_by_category')} bars={CATEGORIES.map((key) => ({ key, label: categoryLabel(key), value: s.byCategory[key] ?? 0 }))} />
    </section>
  );
}
