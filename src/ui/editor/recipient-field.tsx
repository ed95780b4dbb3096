// The recipient: the routed body, its alternatives, or a name typed by hand. The user's choice is remembered for
// this city and category, so the next appeal about the same thing goes to the same body.
import type { Appeal, Recipient } from '../../core/appeal.ts';
import { recipientChoices, rememberRecipient } from '../data.ts';
import { t } from '../i18n.ts';
import { SelectField, TextField } from './fields.tsx';

const CUSTOM = '__custom';

interface Props {
  appeal: Appeal;
  onRecipient: (recipient: Recipient) => void;
  error?: string | null;
}

export function RecipientField({ appeal, onRecipient, error }: Props) {
  const choices = withCurrent(recipientChoices(appeal), appeal.recipient);
  const selected = appeal.recipient.id ?? CUSTOM;
  const choose = (value: string) => {
    const recipient = value === CUSTOM ? { id: null, name: appeal.recipient.name, url: null } : choices.find((c) => c.id === value);
    if (!recipient) return;
    onRecipient(recipient);
    void rememberRecipient(appeal, recipient);
  };

  return (
    <div class="recipient">
      <SelectField
        label={t('editor_recipient')}
        name="recipient"
        value={selected}
        error={selected === CUSTOM ? null : error}
        options={[
          ...choices.map((c) => ({ value: c.id ?? CUSTOM, label: c.name })),
          { value: CUSTOM, label: t('editor_recipientCustom') },
        ]}
        onValue={choose}
      />
      {selected === CUSTOM ? (
        <TextField
          label={t('editor_recipientName')}
          name="recipientName"
          value={appeal.recipient.name}
          error={error}
          onValue={(name) => onRecipient({ id: null, name, url: appeal.recipient.url })}
          onBlur={() => void rememberRecipient(appeal, appeal.recipient)}
        />
      ) : null}
    </div>
  );
}

/** The current directory recipient stays selectable (under its stored name) even when routing no longer suggests it. */
function withCurrent(choices: Recipient[], current: Recipient): Recipient[] {
  if (current.id === null) return choices;
  if (choices.some((c) => c.id === current.id)) return choices.map((c) => (c.id === current.id ? current : c));
  return [current, ...choices];
}
