// Pre-export checks next to the form: each missing field is a link that focuses it; "two problems" offers a split.
import type { Issue } from '../../core/draft/checks.ts';
import { categoryLabel } from '../history/format.ts';
import { t } from '../i18n.ts';
import type { Category } from '../../core/types.ts';

/** Field keys of the checks (`applicant.fullName`…) → the label key of the input that edits them. */
export const FIELD_LABELS: Record<string, string> = {
  'applicant.fullName': 'editor_fullName',
  'applicant.iin': 'editor_iin',
  'applicant.postalAddress': 'editor_postalAddress',
  'applicant.email': 'editor_email',
  'recipient.name': 'editor_recipient',
  'location.address': 'editor_address',
  body: 'editor_body',
  subject: 'editor_subject',
};

interface Props {
  issues: Issue[];
  onSplit: (category: Category) => void;
  /** Where the split draft went, once created. */
  splitLink: string | null;
}

export function ChecksList({ issues, onSplit, splitLink }: Props) {
  if (issues.length === 0) {
    return <p class="checks-ok" role="status">{t('editor_checksOk')}</p>;
  }
  return (
    <section class="checks" aria-labelledby="checks-title">
      <h3 id="checks-title">{t('editor_checksTitle')}</h3>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.code}-${issue.field}-${index}`} class={issue.severity}>
            <IssueText issue={issue} onSplit={onSplit} splitLink={splitLink} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function IssueText({ issue, onSplit, splitLink }: { issue: Issue; onSplit: Props['onSplit']; splitLink: string | null }) {
  const label = t(FIELD_LABELS[issue.field] ?? 'editor_body');
  if (issue.code === 'missing') {
    return (
      <a href={`#field-${issue.field}`} onClick={(event) => { event.preventDefault(); focusField(issue.field); }}>
        {t('editor_issue_missing', label)}
      </a>
    );
  }
  if (issue.code === 'one-problem') {
    const categories = String(issue.params?.categories ?? '').split(',').filter(Boolean) as Category[];
    const other = categories[0];
    return (
      <span>
        {t('editor_issue_one_problem', categories.map(categoryLabel).join(', '))}{' '}
        {splitLink ? (
          <a href={splitLink} target="_blank" rel="noopener">{t('editor_splitDone')}</a>
        ) : other ? (
          <button type="button" onClick={() => onSplit(other)}>{t('editor_split')}</button>
        ) : null}
      </span>
    );
  }
  const params = issue.params ?? {};
  const subs = [String(params.chars ?? params.found ?? ''), String(params.max ?? '')];
  return (
    <a href={`#field-${issue.field}`} onClick={(event) => { event.preventDefault(); focusField(issue.field); }}>
      {t(`editor_issue_${issue.code.replace(/-/g, '_')}`, subs)}
    </a>
  );
}

/** Focuses the input that edits a field; the recipient may be a picker or a free-text input. */
export function focusField(field: string): void {
  const root = document;
  const target =
    root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) ??
    root.querySelector<HTMLElement>(`[data-field^="${CSS.escape(field.split('.')[0] ?? field)}"]`);
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}
