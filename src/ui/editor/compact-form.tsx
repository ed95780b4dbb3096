// The popup's form: the few fields a citizen checks before pasting the appeal into the portal.
import type { Appeal } from '../../core/appeal.ts';
import { t } from '../i18n.ts';
import { TextField } from './fields.tsx';
import { LocationFields } from './location-fields.tsx';
import { RecipientField } from './recipient-field.tsx';
import { SettingsFields } from './settings-fields.tsx';

interface Props {
  appeal: Appeal;
  update: (change: (appeal: Appeal) => Appeal) => void;
}

export function CompactForm({ appeal, update }: Props) {
  return (
    <form class="draft-form compact" aria-label={t('editor_formTitle')} onSubmit={(event) => event.preventDefault()}>
      <SettingsFields appeal={appeal} update={update} withType={false} />
      <RecipientField appeal={appeal} onRecipient={(recipient) => update((current) => ({ ...current, recipient }))} />
      <TextField label={t('editor_subject')} name="subject" value={appeal.subject} onValue={(subject) => update((c) => ({ ...c, subject }))} />
      <TextField label={t('editor_body')} name="body" multiline={6} dir="auto" value={appeal.body} onValue={(body) => update((c) => ({ ...c, body }))} />
      <LocationFields appeal={appeal} update={update} withRegion={false} />
    </form>
  );
}
