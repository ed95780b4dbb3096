import type { Appeal } from '../../core/appeal.ts';
import { t } from '../i18n.ts';
import { findDuplicateOf } from '../data.ts';
import { shorten } from './format.ts';
import { appealHref } from './links.ts';
import { useAsync } from './use-async.ts';

/** The same post (or a near-identical text) is already in the history: offer the other appeal. */
export function DuplicateNotice({ appeal }: { appeal: Appeal }) {
  const [duplicate] = useAsync(() => findDuplicateOf(appeal), [appeal.id]);
  if (duplicate.state !== 'ready' || !duplicate.value) return null;
  const other = duplicate.value;
  return (
    <p class="notice warn" role="status">
      {t('card_duplicate')}{' '}
      <a href={appealHref(other.id)}>{shorten(other.subject) || t('list_untitled')}</a>
    </p>
  );
}
