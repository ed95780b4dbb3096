import { useCallback, useLayoutEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * Runs `load` whenever `deps` change; a result that arrives after newer deps is dropped (fast typing in search).
 * Started from a layout effect: a plain effect waits for the next frame, which delays the first rows of the page.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what `load` depends on.
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return [result, reload];
}
