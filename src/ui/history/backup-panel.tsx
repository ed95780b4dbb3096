// Backup and export (`#/backup`): one JSON file with everything, a validated import that changes nothing until the
// user confirms a valid file, CSV and Open311 exports, and whether the browser keeps the data for good.
import { useState } from 'preact/hooks';
import { downloadBlob } from '../export-bar/download.ts';
import { t } from '../i18n.ts';
import {
  applyBackup,
  exportBackupFile,
  exportCsvFile,
  exportOpen311File,
  isQuotaError,
  persistenceState,
  previewBackup,
  syncReminders,
  type BackupPreview,
} from '../data.ts';
import { formatDateTime } from './format.ts';
import { useAsync } from './use-async.ts';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'invalid'; code: string; detail: string }
  | { step: 'confirm'; preview: Extract<BackupPreview, { ok: true }>; fileName: string }
  | { step: 'applying' }
  | { step: 'done'; count: number }
  | { step: 'failed'; message: string };

export function BackupPanel() {
  return (
    <section class="backup" aria-labelledby="backup-title">
      <h1 id="backup-title">{t('backup_title')}</h1>
      <Persistence />
      <ExportButtons />
      <ImportForm />
    </section>
  );
}

function Persistence() {
  const [state] = useAsync(() => persistenceState(), []);
  if (state.state !== 'ready') return null;
  return <p class={state.value === 'persisted' ? 'notice' : 'notice warn'}>{t(`backup_persist_${state.value}`)}</p>;
}

function ExportButtons() {
  const [error, setError] = useState<string | null>(null);
  const run = async (make: () => Promise<{ blob: Blob; fileName: string }>) => {
    setError(null);
    try {
      const { blob, fileName } = await make();
      downloadBlob(blob, fileName);
    } catch (failure) {
      console.warn('Export failed', failure);
      setError(t('backup_export_failed'));
    }
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('backup_export_title')}</h2>
      <p class="muted">{t('backup_export_hint')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void run(exportBackupFile)}>
          {t('backup_export_json')}
        </button>
        <button type="button" onClick={() => void run(exportCsvFile)}>
          {t('backup_export_csv')}
        </button>
        <button type="button" onClick={() => void run(exportOpen311File)}>
          {t('backup_export_open311')}
        </button>
      </div>
      {error ? <p class="notice error" role="alert">{error}</p> : null}
    </section>
  );
}

function ImportForm() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ step: 'reading' });
    const preview = await previewBackup(file);
    setState(preview.ok ? { step: 'confirm', preview, fileName: file.name } : { step: 'invalid', code: preview.code, detail: preview.detail });
  };
  const apply = async (preview: Extract<BackupPreview, { ok: true }>) => {
    setState({ step: 'applying' });
    try {
      const count = await applyBackup(preview);
      void syncReminders();
      setState({ step: 'done', count });
    } catch (failure) {
      console.warn('Import failed', failure);
      setState({ step: 'failed', message: t(isQuotaError(failure) ? 'backup_import_quota' : 'backup_import_failed') });
    }
  };
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('backup_import_title')}</h2>
      <div class="field">
        <label for="backup-file">
          <span>{t('backup_import_choose')}</span>
        </label>
        <input id="backup-file" type="file" accept=".json,application/json" onChange={(event) => void choose(event.currentTarget)} />
      </div>
      <ImportStatus state={state} onApply={(preview) => void apply(preview)} onCancel={() => setState({ step: 'idle' })} />
    </section>
  );
}

interface StatusProps {
  state: ImportState;
  onApply: (preview: Extract<BackupPreview, { ok: true }>) => void;
  onCancel: () => void;
}

function ImportStatus({ state, onApply, onCancel }: StatusProps) {
  switch (state.step) {
    case 'reading':
    case 'applying':
      return <p class="muted" aria-busy="true">{t(state.step === 'reading' ? 'backup_import_reading' : 'backup_import_applying')}</p>;
    case 'invalid':
      return (
        <div class="notice error" role="alert">
          <p>{t('backup_import_invalid')}</p>
          <p>{t(`backup_error_${state.code}`)}</p>
          <p class="muted">{state.detail}</p>
          <p>{t('backup_import_nothing_changed')}</p>
        </div>
      );
    case 'failed':
      return (
        <div class="notice error" role="alert">
          <p>{state.message}</p>
          <p>{t('backup_import_nothing_changed')}</p>
        </div>
      );
    case 'confirm': {
      const p = state.preview;
      return (
        <div class="notice import-preview" role="status">
          <p>{t('backup_import_file', state.fileName)}</p>
          <ul>
            <li>{t('backup_import_appeals', [String(p.appeals), String(p.newAppeals)])}</li>
            <li>{t('backup_import_events', String(p.events))}</li>
            <li>{t('backup_import_attachments', String(p.attachments))}</li>
            {p.exportedAt ? <li>{t('backup_import_exported_at', formatDateTime(p.exportedAt))}</li> : null}
          </ul>
          <div class="row">
            <button type="button" class="primary" onClick={() => onApply(p)}>
              {t('backup_import_apply')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('card_action_cancel')}
            </button>
          </div>
        </div>
      );
    }
    case 'done':
      return <p class="notice" role="status">{t('backup_import_done', String(state.count))}</p>;
    default:
      return null;
  }
}
