// The full editor of the appeal card: every field a citizen edits, the live preview and the pre-export checks.
import { useMemo, useState } from 'preact/hooks';
import type { Appeal } from '../../core/appeal.ts';
import type { Category } from '../../core/types.ts';
import { appealIssues, appealsPageUrl, cutPostLength, rerouted, splitDraft } from '../data.ts';
import { t } from '../i18n.ts';
import { ApplicantFields } from './applicant-fields.tsx';
import { ChecksList } from './checks-list.tsx';
import { categoryOptions } from './choices.ts';
import { SelectField, TextField } from './fields.tsx';
import { LocationFields } from './location-fields.tsx';
import { PostView } from './post-view.tsx';
import { Preview } from './preview.tsx';
import { RecipientField } from './recipient-field.tsx';
import { SettingsFields } from './settings-fields.tsx';

interface Props {
  appeal: Appeal;
  update: (change: (appeal: Appeal) => Appeal) => void;
}

export function FullForm({ appeal, update }: Props) {
  const issues = useMemo(() => appealIssues(appeal), [appeal]);
  const missing = useMemo(() => new Set(issues.filter((i) => i.code === 'missing').map((i) => i.field)), [issues]);
  const cutFrom = useMemo(() => cutPostLength(appeal), [appeal.source?.text]);
  const [splitLink, setSplitLink] = useState<string | null>(null);
  const required = (field: string) => (missing.has(field) ? t('editor_required') : null);

  const changeCategory = async (category: Category) => {
    const next = { ...appeal, category };
    update((current) => ({ ...current, category }));
    if (appeal.recipient.id === null) return;
    const recipient = await rerouted(next);
    update((current) => (current.category === category ? { ...current, recipient } : current));
  };
  const split = async (category: Category) => {
    const second = await splitDraft(appeal, category);
    setSplitLink(appealsPageUrl(second.id));
  };

  return (
    <div class="full-editor">
      <form class="draft-form full" aria-label={t('editor_formTitle')} onSubmit={(event) => event.preventDefault()}>
        {cutFrom !== null ? <p class="notice warn" role="note">{t('editor_postCut', String(cutFrom))}</p> : null}
        <SettingsFields appeal={appeal} update={update} withType />
        <RecipientField appeal={appeal} error={required('recipient.name')} onRecipient={(recipient) => update((c) => ({ ...c, recipient }))} />
        <div class="row">
          <SelectField label={t('editor_category')} name="category" value={appeal.category} options={categoryOptions()}
            onValue={(value) => void changeCategory(value as Category)} />
          <TextField label={t('editor_seenOn')} name="seenOn" type="date" value={appeal.seenOn ?? ''}
            onValue={(value) => update((c) => ({ ...c, seenOn: value === '' ? null : value }))} />
        </div>
        <TextField label={t('editor_subject')} name="subject" value={appeal.subject} onValue={(subject) => update((c) => ({ ...c, subject }))} />
        <TextField label={t('editor_body')} name="body" multiline={12} dir="auto" value={appeal.body} error={required('body')}
          hint={t('editor_bodyHint')} onValue={(body) => update((c) => ({ ...c, body }))} />
        <LocationFields appeal={appeal} update={update} withRegion addressError={required('location.address')} />
        <ApplicantFields appeal={appeal} missing={missing} onApplicant={(applicant) => update((c) => ({ ...c, applicant }))} />
      </form>
      <aside class="editor-side">
        <ChecksList issues={issues} onSplit={(category) => void split(category)} splitLink={splitLink} />
        <Preview appeal={appeal} />
        {appeal.source ? (
          <details class="source">
            <summary>{t('editor_sourcePost')}</summary>
            <PostView post={appeal.source} />
          </details>
        ) : null}
      </aside>
    </div>
  );
}
