// Loads one appeal and saves every change as it is made: debounced, flushed when the page hides or closes, with a
// version check (another tab saved first → ask) and quota handling (keep the change in memory and retry).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Appeal } from '../../core/appeal.ts';
import { conflictingCopy, isQuotaError, loadAppeal, onHistoryChanged, saveAppeal } from '../data.ts';
import { trackPendingEdits } from './pending-edits.ts';

export const SAVE_DELAY_MS = 300;
const QUOTA_RETRY_MS = 5_000;

export type SaveState = 'saved' | 'pending' | 'saving' | 'quota' | 'error';

export interface AppealEditing {
  status: 'loading' | 'missing' | 'ready';
  appeal: Appeal | null;
  save: SaveState;
  /** The other tab's version when our save was refused; editing is paused until the user chooses. */
  conflict: Appeal | null;
  update: (change: (appeal: Appeal) => Appeal) => void;
  keepMine: () => void;
  takeTheirs: () => void;
  flush: () => Promise<void>;
}

export function useAppeal(appealId: string): AppealEditing {
  const [appeal, setAppeal] = useState<Appeal | null>(null);
  const [status, setStatus] = useState<AppealEditing['status']>('loading');
  const [save, setSave] = useState<SaveState>('saved');
  const [conflict, setConflict] = useState<Appeal | null>(null);
  const current = useRef<Appeal | null>(null);
  const dirty = useRef(false);
  const inConflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saving = useRef(false);

  const show = (next: Appeal) => {
    current.current = next;
    setAppeal(next);
  };

  const persistNow = useCallback(async (): Promise<void> => {
    const draft = current.current;
    if (!dirty.current || inConflict.current || !draft) return;
    dirty.current = false;
    saving.current = true;
    setSave('saving');
    try {
      const saved = await saveAppeal(draft);
      // Edits made while the write was in flight stay; only the version moves on.
      if (current.current) current.current = { ...current.current, version: saved.version, updatedAt: saved.updatedAt };
      if (!dirty.current) setSave('saved');
    } catch (error) {
      dirty.current = true;
      handleSaveError(error);
    } finally {
      saving.current = false;
    }
  }, [appealId]);

  const handleSaveError = (error: unknown) => {
    const theirs = conflictingCopy(error);
    if (theirs) {
      inConflict.current = true;
      setConflict(theirs);
      setSave('pending');
    } else if (isQuotaError(error)) {
      setSave('quota');
      schedule(QUOTA_RETRY_MS);
    } else {
      console.error('Saving the appeal failed', error);
      setSave('error');
      schedule(QUOTA_RETRY_MS);
    }
  };

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(persistNow);
    return chain.current;
  }, [persistNow]);

  const schedule = (delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  };

  const update = useCallback((change: (appeal: Appeal) => Appeal) => {
    if (!current.current) return;
    show(change(current.current));
    dirty.current = true;
    if (!inConflict.current) setSave('pending');
    schedule(SAVE_DELAY_MS);
  }, [flush]);

  const keepMine = useCallback(() => {
    const theirs = conflict;
    if (!theirs || !current.current) return;
    current.current = { ...current.current, version: theirs.version };
    inConflict.current = false;
    setConflict(null);
    void flush();
  }, [conflict, flush]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    show(conflict);
    dirty.current = false;
    inConflict.current = false;
    setConflict(null);
    setSave('saved');
  }, [conflict]);

  useEffect(() => {
    let live = true;
    setStatus('loading');
    loadAppeal(appealId).then(
      (loaded) => {
        if (!live) return;
        if (loaded) show(loaded);
        setStatus(loaded ? 'ready' : 'missing');
      },
      (error: unknown) => {
        console.error('Loading the appeal failed', error);
        if (live) setStatus('missing');
      },
    );
    return () => {
      live = false;
    };
  }, [appealId]);

  // Saved elsewhere (the popup, another tab, a status change) while nothing is pending here: show the new version.
  // With pending edits the next save meets the version check and the user is asked instead.
  useEffect(
    () =>
      onHistoryChanged(() => {
        if (dirty.current || saving.current || inConflict.current) return;
        void loadAppeal(appealId).then((loaded) => {
          const idle = !dirty.current && !saving.current && !inConflict.current;
          if (loaded && idle && loaded.version !== current.current?.version) show(loaded);
        });
      }),
    [appealId],
  );

  useFlushWhenHidden(flush);
  return { status, appeal, save, conflict, update, keepMine, takeTheirs, flush };
}

/**
 * Closing the popup, switching tabs, or a status change (which saves the appeal itself and then re-mounts the
 * editor) must not lose the last keystrokes waiting for the debounce.
 */
function useFlushWhenHidden(flush: () => Promise<void>) {
  useEffect(() => trackPendingEdits(flush), [flush]);
  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);
}
