// Hash routes of the "My appeals" page. The worker opens `#/appeal/<id>` from a reminder, so these
// strings are part of the contract with the service worker.

export type Route =
  | { page: 'list' }
  | { page: 'appeal'; id: string }
  | { page: 'stats' }
  | { page: 'backup' };

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'appeal':
      return `#/appeal/${encodeURIComponent(route.id)}`;
    case 'stats':
      return '#/stats';
    case 'backup':
      return '#/backup';
    default:
      return '#/';
  }
}

export const appealHref = (id: string): string => hrefFor({ page: 'appeal', id });

/** Unknown or malformed hashes fall back to the list rather than a blank page. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const appeal = /^appeal\/([^/?#]+)/.exec(path);
  if (appeal?.[1]) {
    try {
      return { page: 'appeal', id: decodeURIComponent(appeal[1]) };
    } catch {
      return { page: 'list' };
    }
  }
  if (path === 'stats') return { page: 'stats' };
  if (path === 'backup') return { page: 'backup' };
  return { page: 'list' };
}

export function navigate(route: Route): void {
  location.hash = hrefFor(route);
}
