// Turning a captured post (or selected text) into a stored draft. Everything is read from IndexedDB on each call:
// the worker may have been asleep since the last one.
import browser from 'webextension-polyfill';
import type { PostSnapshot } from '../core/types.ts';
import { buildDraft, type Profile } from '../core/draft/index.ts';
import { classify } from '../core/classifier/index.ts';
import { createAppeal, findDuplicateInHistory } from '../storage/appeals-repo.ts';
import { getSetting, recallRecipient } from '../storage/settings-repo.ts';

export const PROFILE_KEY = 'profile';
export const LAST_DRAFT_KEY = 'lastDraftId';

export interface DraftSource {
  snapshot?: PostSnapshot;
  selection?: string;
}

export interface CreatedDraft {
  appealId: string;
  duplicate: boolean;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Builds and stores a draft, or returns the appeal already made from the same post or text. */
export async function createDraft(source: DraftSource, now = new Date()): Promise<CreatedDraft> {
  const text = source.snapshot?.text ?? source.selection ?? '';
  const duplicate = await findDuplicateInHistory({
    source: source.snapshot ? { network: source.snapshot.network, postId: source.snapshot.postId } : null,
    text,
  });
  if (duplicate) return remember({ appealId: duplicate.appeal.id, duplicate: true });

  const profile = (await getSetting<Profile>(PROFILE_KEY)) ?? null;
  // The content script runs inside the site's page, so the worker classifies the text itself.
  const classification = classify(text);
  const input = { snapshot: source.snapshot ?? null, selection: source.selection ?? null, classification, profile, now: now.toISOString(), id: newId() };
  let draft = buildDraft(input);
  // The user's last choice for this city and category wins: a directory body is re-routed through the builder
  // (its name in the draft's language), a body typed by hand is taken as typed.
  const remembered = await recallRecipient(draft.appeal.location.city, draft.appeal.category);
  if (remembered?.id) draft = buildDraft({ ...input, overrides: { recipientId: remembered.id } });
  const appeal = remembered && !remembered.id ? { ...draft.appeal, recipient: remembered } : draft.appeal;
  const stored = await createAppeal(appeal, now);
  return remember({ appealId: stored.id, duplicate: false });
}

async function remember(created: CreatedDraft): Promise<CreatedDraft> {
  await browser.storage.session.set({ [LAST_DRAFT_KEY]: created.appealId });
  return created;
}

/** Shows a draft: in the toolbar popup when the browser lets us open it, otherwise in the "My appeals" page. */
export async function showDraft(appealId: string, tabWindowId?: number): Promise<'popup' | 'page'> {
  try {
    await browser.action.openPopup(tabWindowId === undefined ? undefined : { windowId: tabWindowId });
    return 'popup';
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`src/pages/appeals/index.html#/appeal/${encodeURIComponent(appealId)}`) });
    return 'page';
  }
}
