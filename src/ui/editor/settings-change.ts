// Changing country, channel or language: the rendered text follows at once (it is rendered from the fields), the
// recipient and appeal type follow the new settings, and the generated subject/body are rewritten — but text the
// user edited by hand is never replaced without asking.
import type { Appeal, Channel } from '../../core/appeal.ts';
import type { Jurisdiction, Lang } from '../../core/types.ts';
import { proposeText, recipientChoices, recipientIn, type ProposedText } from '../data.ts';
import { appealTypesFor, channelsFor, langsFor } from './choices.ts';

export interface SettingsChange {
  jurisdiction?: Jurisdiction;
  channel?: Channel;
  lang?: Lang;
}

export interface SettingsResult {
  appeal: Appeal;
  /** Generated text for the new settings that would replace the user's own edits: ask first. */
  pendingText: Partial<ProposedText> | null;
}

export function applySettings(appeal: Appeal, change: SettingsChange): SettingsResult {
  const jurisdiction = change.jurisdiction ?? appeal.jurisdiction;
  const allowedChannels = channelsFor(jurisdiction);
  const wanted = change.channel ?? appeal.channel;
  const channel = allowedChannels.includes(wanted) ? wanted : (allowedChannels[0] ?? wanted);
  const wantedLang = change.lang ?? appeal.lang;
  const lang = langsFor(jurisdiction).includes(wantedLang) ? wantedLang : 'ru';
  const types = appealTypesFor(jurisdiction, channel);
  let next: Appeal = {
    ...appeal,
    jurisdiction,
    channel,
    lang,
    appealType: types.includes(appeal.appealType) ? appeal.appealType : (types[0] ?? appeal.appealType),
  };
  // A body typed by hand (id null) stays; a directory body keeps its identity in the new language, and is re-routed
  // only when the country changed.
  if (appeal.recipient.id !== null) {
    const recipient = recipientIn(appeal.recipient, jurisdiction, lang) ?? recipientChoices(next)[0] ?? appeal.recipient;
    next = { ...next, recipient };
  }
  return rewriteText(appeal, next);
}

function rewriteText(before: Appeal, after: Appeal): SettingsResult {
  const wasGenerated = proposeText(before);
  const proposal = proposeText(after);
  if (!wasGenerated || !proposal) return { appeal: after, pendingText: null };
  const pending: Partial<ProposedText> = {};
  let appeal = after;
  for (const key of ['subject', 'body'] as const) {
    if (proposal[key] === before[key]) continue;
    if (before[key] === wasGenerated[key] || before[key].trim() === '') appeal = { ...appeal, [key]: proposal[key] };
    else pending[key] = proposal[key];
  }
  return { appeal, pendingText: Object.keys(pending).length > 0 ? pending : null };
}
