// "File selected text as appeal": for the posts the classifier missed, on the five social sites only.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { createDraft, showDraft } from './drafts.ts';
import manifest from '../../manifest.json' with { type: 'json' };

export const MENU_ID = 'file-selection-as-appeal';

export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('fileSelectionAsAppeal'),
      contexts: ['selection'],
      documentUrlPatterns: manifest.host_permissions,
    }),
  ).catch((error: unknown) => console.warn('context menu', error));
}

export async function onContextMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || !info.selectionText?.trim()) return;
  const { appealId } = await createDraft({ selection: info.selectionText });
  await showDraft(appealId, tab?.windowId);
}
