// "Copied" feedback for the copy buttons. The Clipboard API needs a user gesture, which a click gives.
import { useEffect, useRef, useState } from 'preact/hooks';

const FEEDBACK_MS = 1_500;

export type CopyResult = { key: string; ok: boolean } | null;

/** Copies text and remembers which button did it, so only that button says "Copied" for a moment. */
export function useCopy(): [CopyResult, (key: string, text: string) => Promise<void>] {
  const [result, setResult] = useState<CopyResult>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const copy = async (key: string, text: string) => {
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      console.warn('Clipboard write refused', error);
      ok = false;
    }
    setResult({ key, ok });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setResult(null), FEEDBACK_MS);
  };
  return [result, copy];
}
