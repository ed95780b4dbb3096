// The adapters, one per network. The content script picks the one whose hosts match the page.
import type { SiteAdapter } from './types.ts';
import { facebook } from './facebook.ts';
import { instagram } from './instagram.ts';
import { ok } from './ok.ts';
import { vk } from './vk.ts';

export const ADAPTERS: readonly SiteAdapter[] = [vk, ok, facebook, instagram];

export function adapterFor(location: { hostname: string }): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(location)) ?? null;
}
