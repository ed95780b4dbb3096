// The "My appeals" page: a header with the sections, and the view for the current hash route.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../ui/i18n.ts';
import { AppealList } from '../../ui/history/appeal-list.tsx';
import { hrefFor, type Route } from '../../ui/history/links.ts';
import { LazyView, loadBackupPanel, loadCard, loadStatsPanel } from './lazy-view.tsx';
import { useRoute } from './router.ts';

const SECTIONS = [
  { page: 'list', label: 'list_nav' },
  { page: 'stats', label: 'stats_nav' },
  { page: 'backup', label: 'backup_nav' },
] as const;

function View({ route }: { route: Route }) {
  switch (route.page) {
    case 'appeal':
      return <LazyView key={route.id} load={loadCard} props={{ id: route.id }} />;
    case 'stats':
      return <LazyView load={loadStatsPanel} />;
    case 'backup':
      return <LazyView load={loadBackupPanel} />;
    default:
      return <AppealList />;
  }
}

/** After in-page navigation, move focus to the new view so keyboard and screen-reader users follow it. */
function useFocusOnNavigation(route: Route, main: { current: HTMLElement | null }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    scrollTo(0, 0);
  }, [route.page, route.page === 'appeal' ? route.id : '']);
}

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(route, main);
  const current = route.page === 'appeal' ? 'list' : route.page;
  return (
    <>
      <header class="page-header">
        <span class="brand">{t('myAppeals')}</span>
        <nav aria-label={t('list_nav_label')}>
          {SECTIONS.map((section) => (
            <a key={section.page} href={hrefFor({ page: section.page })} aria-current={current === section.page ? 'page' : undefined}>
              {t(section.label)}
            </a>
          ))}
        </nav>
      </header>
      <main class="page-main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}
