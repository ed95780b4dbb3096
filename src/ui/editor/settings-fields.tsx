// Country, channel, language (and, in the full editor, the appeal type). A change re-renders the text; when the
// user's own edits would be replaced, a prompt asks first.
import { useState } from 'preact/hooks';
import type { Appeal, AppealType, Channel } from '../../core/appeal.ts';
import type { Jurisdiction, Lang } from '../../core/types.ts';
import type { ProposedText } from '../data.ts';
import { t } from '../i18n.ts';
import { appealTypeOptions, channelOptions, jurisdictionOptions, langOptions } from './choices.ts';
import { SelectField } from './fields.tsx';
import { applySettings, type SettingsChange } from './settings-change.ts';

interface Props {
  appeal: Appeal;
  update: (change: (appeal: Appeal) => Appeal) => void;
  withType: boolean;
}

export function SettingsFields({ appeal, update, withType }: Props) {
  const [pending, setPending] = useState<Partial<ProposedText> | null>(null);
  const change = (settings: SettingsChange) => {
    const result = applySettings(appeal, settings);
    update(() => result.appeal);
    setPending(result.pendingText);
  };
  const acceptRewrite = () => {
    const text = pending;
    setPending(null);
    if (text) update((current) => ({ ...current, ...text }));
  };

  return (
    <div class="settings">
      <div class="row">
        <SelectField label={t('editor_jurisdiction')} name="jurisdiction" value={appeal.jurisdiction} options={jurisdictionOptions()}
          onValue={(value) => change({ jurisdiction: value as Jurisdiction })} />
        <SelectField label={t('editor_channel')} name="channel" value={appeal.channel} options={channelOptions(appeal.jurisdiction)}
          onValue={(value) => change({ channel: value as Channel })} />
        <SelectField label={t('editor_lang')} name="lang" value={appeal.lang} options={langOptions(appeal.jurisdiction)}
          onValue={(value) => change({ lang: value as Lang })} />
        {withType ? (
          <SelectField label={t('editor_appealType')} name="appealType" value={appeal.appealType}
            options={appealTypeOptions(appeal.jurisdiction, appeal.channel)}
            onValue={(value) => update((current) => ({ ...current, appealType: value as AppealType }))} />
        ) : null}
      </div>
      {pending ? (
        <div class="notice warn" role="alertdialog" aria-labelledby="rewrite-title">
          <p id="rewrite-title">{t('editor_rewriteAsk')}</p>
          <div class="row">
            <button type="button" onClick={acceptRewrite}>{t('editor_rewriteYes')}</button>
            <button type="button" class="primary" onClick={() => setPending(null)}>{t('editor_rewriteNo')}</button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
