import { useEffect, useState } from 'preact/hooks';
import { parseHash, type Route } from '../../ui/history/links.ts';

/** The current hash route; re-renders on `hashchange` (links, back/forward, the worker opening a deep link). */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
