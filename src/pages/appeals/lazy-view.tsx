// The card, statistics and backup views load on demand: the list is what opens the page, and the card alone brings
// the editor, the draft builder and the classifier.
import type { FunctionComponent } from 'preact';
import { t } from '../../ui/i18n.ts';
import { useAsync } from '../../ui/history/use-async.ts';

type Props = Record<string, unknown>;
export type ViewLoader = () => Promise<FunctionComponent<never>>;

export const loadCard: ViewLoader = () => import('../../ui/history/appeal-card.tsx').then((m) => m.AppealCard);
export const loadStatsPanel: ViewLoader = () => import('../../ui/history/stats-panel.tsx').then((m) => m.StatsPanel);
export const loadBackupPanel: ViewLoader = () => import('../../ui/history/backup-panel.tsx').then((m) => m.BackupPanel);

export function LazyView({ load, props = {} }: { load: ViewLoader; props?: Props }) {
  const [view] = useAsync(load, [load]);
  if (view.state === 'loading') return <p class="muted" aria-busy="true">{t('list_loading')}</p>;
  if (view.state === 'failed') return <p class="notice error" role="alert">{t('list_load_failed')}</p>;
  const View = view.value as FunctionComponent<Props>;
  return <View {...props} />;
}
