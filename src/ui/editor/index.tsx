// The draft editor shared by the popup (compact) and the appeal card (full). It loads the appeal from IndexedDB
// itself and saves every change itself, so its hosts only pass an id.
import { useMemo } from 'preact/hooks';
import type { Appeal } from '../../core/appeal.ts';
import { ExportBar } from '../export-bar/index.tsx';
import { appealsPageUrl, isEmergency, openTab } from '../data.ts';
import { t } from '../i18n.ts';
import { ConflictBanner } from './conflict-banner.tsx';
import { CompactForm } from './compact-form.tsx';
import { FullForm } from './full-form.tsx';
import { PostView } from './post-view.tsx';
import { SaveStatus } from './save-status.tsx';
import { useAppeal, type AppealEditing } from './use-appeal.ts';
import './editor.css';

export interface DraftEditorProps {
  appealId: string;
  mode: 'compact' | 'full';
}

export function DraftEditor({ appealId, mode }: DraftEditorProps) {
  // A new id is a new editing session: no debounce timer or conflict may leak from the previous appeal.
  return <EditorSession key={appealId} appealId={appealId} mode={mode} />;
}

function EditorSession({ appealId, mode }: DraftEditorProps) {
  const editing = useAppeal(appealId);
  const { appeal, status } = editing;
  const emergency = useMemo(() => (appeal ? isEmergency(appeal) : false), [appeal?.source?.text]);
  if (status === 'loading') return <p class="muted">{t('editor_loading')}</p>;
  if (status === 'missing' || !appeal) return <p class="notice error" role="alert">{t('editor_notFound')}</p>;

  return (
    <div class={`draft-editor ${mode}`}>
      {emergency ? <p class="notice error emergency" role="alert">{t('emergencyHint')}</p> : null}
      {editing.conflict ? (
        <ConflictBanner mine={appeal} theirs={editing.conflict} onKeepMine={editing.keepMine} onTakeTheirs={editing.takeTheirs} />
      ) : null}
      {mode === 'compact' ? <CompactEditor appeal={appeal} editing={editing} /> : <FullForm appeal={appeal} update={editing.update} />}
      <SaveStatus state={editing.save} />
      <ExportBar appeal={appeal} beforeExport={editing.flush} compact={mode === 'compact'} />
    </div>
  );
}

function CompactEditor({ appeal, editing }: { appeal: Appeal; editing: AppealEditing }) {
  const openFull = async () => {
    await editing.flush();
    await openTab(appealsPageUrl(appeal.id));
  };
  return (
    <>
      {appeal.source ? <PostView post={appeal.source} /> : null}
      <CompactForm appeal={appeal} update={editing.update} />
      <button type="button" class="open-full" onClick={() => void openFull()}>
        {t('openFullEditor')}
      </button>
    </>
  );
}
