// Filters, search and sort above the list. Every control has a visible label.
import { CATEGORIES } from '../../core/types.ts';
import type { AppealStatus, Channel } from '../../core/appeal.ts';
import { SelectField, TextField, type Option } from '../editor/fields.tsx';
import { t } from '../i18n.ts';
import { categoryLabel, channelLabel, statusLabel } from './format.ts';
import type { ListFilter } from '../data.ts';

export const STATUSES: readonly AppealStatus[] = [
  'draft', 'ready', 'submitted', 'registered', 'redirected', 'in_progress',
  'extended', 'answered', 'resolved', 'escalated', 'closed',
];
export const CHANNELS: readonly Channel[] = ['eotinish', 'pos', 'gospublic', 'letter'];

const any: Option = { value: '', label: '' };
const withAny = (options: Option[]): Option[] => [{ ...any, label: t('list_filter_any') }, ...options];

interface Props {
  filter: ListFilter;
  /** Only the changed part: two quick changes before a re-render must both survive. */
  onChange: (change: Partial<ListFilter>) => void;
}

export function ListFilters({ filter, onChange }: Props) {
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) => onChange({ [key]: value });
  return (
    <form class="list-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div class="list-search">
        <TextField
          name="search"
          label={t('list_search')}
          hint={t('list_search_hint')}
          value={filter.text}
          onValue={(value) => set('text', value)}
        />
      </div>
      <div class="row">
        <SelectField
          name="status"
          label={t('list_filter_status')}
          value={filter.status ?? ''}
          options={withAny(STATUSES.map((s) => ({ value: s, label: statusLabel(s) })))}
          onValue={(value) => set('status', (value || null) as AppealStatus | null)}
        />
        <SelectField
          name="category"
          label={t('list_filter_category')}
          value={filter.category ?? ''}
          options={withAny(CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })))}
          onValue={(value) => set('category', (value || null) as ListFilter['category'])}
        />
        <SelectField
          name="channel"
          label={t('list_filter_channel')}
          value={filter.channel ?? ''}
          options={withAny(CHANNELS.map((c) => ({ value: c, label: channelLabel(c) })))}
          onValue={(value) => set('channel', (value || null) as Channel | null)}
        />
        <SelectField
          name="sort"
          label={t('list_sort')}
          value={filter.sort}
          options={[
            { value: 'due', label: t('list_sort_due') },
            { value: 'updated', label: t('list_sort_updated') },
          ]}
          onValue={(value) => set('sort', value === 'updated' ? 'updated' : 'due')}
        />
      </div>
    </form>
  );
}
