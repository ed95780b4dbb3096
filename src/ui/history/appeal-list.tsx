// The list of all appeals (`#/`): filters, search, sort, overdue highlighting and paging by 50 rows.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { DEFAULT_FILTER, isDefaultFilter, listHistory, onHistoryChanged, warmSearch, type ListFilter } from './list-query.ts';
import { AppealRows } from './appeal-rows.tsx';
import { ListFilters } from './list-filters.tsx';
import { today } from './overdue.ts';
import { useAsync } from './use-async.ts';

export const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 150;
const WARM_SEARCH_AFTER_MS = 1000;
const NOT_YET: Promise<never> = new Promise(() => undefined);

// Kept for the tab's session so that coming back from a card shows the same view.
const FILTER_KEY = 'appeals:list-filter';

function savedFilter(): ListFilter {
  try {
    const saved = JSON.parse(sessionStorage.getItem(FILTER_KEY) ?? 'null') as Partial<ListFilter> | null;
    return saved && typeof saved === 'object' ? { ...DEFAULT_FILTER, ...saved } : DEFAULT_FILTER;
  } catch {
    return DEFAULT_FILTER;
  }
}

function saveFilter(filter: ListFilter): void {
  try {
    sessionStorage.setItem(FILTER_KEY, JSON.stringify(filter));
  } catch {
    // Storage disabled: the view simply resets next time.
  }
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** While the user reads the first page, or as soon as they reach for the filters, get the search ready. */
function useSearchWarming(): () => void {
  useEffect(() => {
    const timer = setTimeout(warmSearch, WARM_SEARCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return warmSearch;
}

export function AppealList() {
  const warm = useSearchWarming();
  const [filter, setFilter] = useState<ListFilter>(savedFilter);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const text = useDebounced(filter.text, SEARCH_DEBOUNCE_MS);
  const query = { ...filter, text };
  const [page, reload] = useAsync(() => listHistory(query, limit), [text, filter.status, filter.category, filter.channel, filter.sort, limit]);
  // The rows show as soon as they are read; the total (a count over the whole history) fills in after them.
  // A total still shown from the previous view does not count for this one.
  const [counted] = useAsync(async () => (page.state === 'ready' ? { of: page.value, total: await page.value.total } : NOT_YET), [page]);
  const known = counted.state === 'ready' && page.state === 'ready' && counted.value.of === page.value ? counted.value.total : null;
  // Another tab, the popup or the worker changed something: show it without a manual refresh.
  useEffect(() => onHistoryChanged(reload), [reload]);

  const update = (change: Partial<ListFilter>) => {
    setFilter((current) => {
      const next = { ...current, ...change };
      saveFilter(next);
      return next;
    });
    setLimit(PAGE_SIZE);
  };

  return (
    <section class="appeal-list" aria-labelledby="list-title" onFocusIn={warm}>
      <h1 id="list-title">{t('list_title')}</h1>
      <ListFilters filter={filter} onChange={update} />
      {page.state === 'failed' ? (
        <p class="notice error" role="alert">{t('list_load_failed')}</p>
      ) : page.state === 'loading' ? (
        <p class="muted" aria-busy="true">{t('list_loading')}</p>
      ) : page.value.items.length === 0 ? (
        <EmptyState filtered={!isDefaultFilter(query)} onClear={() => update({ ...DEFAULT_FILTER, sort: filter.sort })} />
      ) : (
        <>
          <p class="muted" aria-live="polite">
            {known === null ? '\u00a0' : t('list_count', [String(page.value.items.length), String(known)])}
          </p>
          <table class="appeals-table">
            <thead>
              <tr>
                <th scope="col">{t('list_col_subject')}</th>
                <th scope="col">{t('list_col_recipient')}</th>
                <th scope="col">{t('list_col_status')}</th>
                <th scope="col">{t('list_col_reg')}</th>
                <th scope="col">{t('list_col_due')}</th>
                <th scope="col">{t('list_col_category')}</th>
              </tr>
            </thead>
            <AppealRows appeals={page.value.items} today={today()} />
          </table>
          {(known === null ? page.value.items.length >= limit : page.value.items.length < known) ? (
            <button type="button" class="show-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              {t('list_show_more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function EmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  if (filtered) {
    return (
      <div class="empty-state">
        <p>{t('list_no_match')}</p>
        <button type="button" onClick={onClear}>
          {t('list_clear_filters')}
        </button>
      </div>
    );
  }
  return (
    <div class="empty-state">
      <p>{t('list_empty')}</p>
      <p class="muted">{t('list_empty_hint')}</p>
    </div>
  );
}
