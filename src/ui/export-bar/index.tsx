// Export actions for one appeal: copy the whole text or one field, download .txt/.docx, print, open the portal.
import type { Appeal } from '../../core/appeal.ts';
import { appealDocx, appealFields, appealText, appealTxt, openTab, portalUrl, printUrl, type CopyFieldKey } from '../data.ts';
import { t } from '../i18n.ts';
import { useCopy, type CopyResult } from './clipboard.ts';
import { downloadBlob } from './download.ts';
import './export-bar.css';

interface Props {
  appeal: Appeal;
  /** Saves pending edits first, so the exported text and the stored draft are the same. */
  beforeExport?: () => Promise<void>;
  compact?: boolean;
}

const FIELD_LABELS: Record<CopyFieldKey, string> = {
  subject: 'editor_export_copySubject',
  body: 'editor_export_copyBody',
  address: 'editor_export_copyAddress',
  recipient: 'editor_export_copyRecipient',
};

export function ExportBar({ appeal, beforeExport, compact }: Props) {
  const [copied, copy] = useCopy();
  const prepare = async () => {
    await beforeExport?.();
  };
  const fields = appealFields(appeal);
  const url = portalUrl(appeal);

  const downloadTxt = async () => {
    await prepare();
    const file = appealTxt(appeal);
    downloadBlob(file.blob, file.fileName);
  };
  const downloadDocx = async () => {
    await prepare();
    const file = await appealDocx(appeal);
    downloadBlob(file.blob, file.fileName);
  };
  const print = async () => {
    await prepare();
    await openTab(printUrl(appeal.id));
  };

  return (
    <section class={compact ? 'export-bar compact' : 'export-bar'} aria-label={t('editor_export_title')}>
      <div class="row">
        <CopyButton id="all" label={t('editor_export_copyAll')} copied={copied} primary onCopy={() => copy('all', appealText(appeal))} />
        {url ? (
          <button type="button" onClick={() => void openTab(url)}>
            {t('editor_export_openPortal')}
          </button>
        ) : null}
      </div>
      <div class="row" role="group" aria-label={t('editor_export_copyFields')}>
        {(Object.keys(FIELD_LABELS) as CopyFieldKey[]).map((key) => (
          <CopyButton
            key={key}
            id={key}
            label={t(FIELD_LABELS[key])}
            copied={copied}
            disabled={fields[key].trim() === ''}
            onCopy={() => copy(key, fields[key])}
          />
        ))}
      </div>
      <div class="row">
        <button type="button" onClick={() => void downloadTxt()}>
          {t('editor_export_downloadTxt')}
        </button>
        <button type="button" onClick={() => void downloadDocx()}>
          {t('editor_export_downloadDocx')}
        </button>
        <button type="button" onClick={() => void print()}>
          {t('editor_export_print')}
        </button>
      </div>
      <CopyStatus copied={copied} />
    </section>
  );
}

interface CopyButtonProps {
  id: string;
  label: string;
  copied: CopyResult;
  onCopy: () => void;
  primary?: boolean;
  disabled?: boolean;
}

function CopyButton({ id, label, copied, onCopy, primary, disabled }: CopyButtonProps) {
  const done = copied?.key === id && copied.ok;
  return (
    <button type="button" class={primary ? 'primary' : undefined} disabled={disabled} onClick={onCopy}>
      {done ? t('editor_export_copied') : label}
    </button>
  );
}

/** Announces the result to screen readers; a failed copy says how to do it by hand. */
function CopyStatus({ copied }: { copied: CopyResult }) {
  return (
    <p class={copied && !copied.ok ? 'notice error' : 'visually-hidden'} role="status" aria-live="polite">
      {copied ? (copied.ok ? t('editor_export_copied') : t('editor_export_copyFailed')) : ''}
    </p>
  );
}
