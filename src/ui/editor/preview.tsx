// A live preview of the appeal as it will be pasted or printed, in any of the formats.
import { useState } from 'preact/hooks';
import type { Appeal } from '../../core/appeal.ts';
import { FORMATS, formatForChannel, renderAppeal, type AppealFormat } from '../../core/draft/render.ts';
import { t } from '../i18n.ts';
import { SelectField } from './fields.tsx';

export function Preview({ appeal }: { appeal: Appeal }) {
  const [format, setFormat] = useState<AppealFormat | null>(null);
  const shown = format ?? formatForChannel(appeal);
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">{t('editor_preview')}</h3>
      <SelectField
        label={t('editor_previewFormat')}
        name="previewFormat"
        value={shown}
        options={FORMATS.map((value) => ({ value, label: t(`editor_format_${value}`) }))}
        onValue={(value) => setFormat(value as AppealFormat)}
      />
      <pre class="preview-text" tabIndex={0} aria-label={t('editor_preview')} dir="auto">
        {renderAppeal(appeal, shown)}
      </pre>
    </section>
  );
}
