// Public API of the draft builder.
export { buildDraft, type Draft, type DraftInput, type DraftOverrides, type Notice, type NoticeCode, type Profile } from './build.ts';
export { checkAppeal, missingFields, requiredFields, MAX_BODY_CHARS, MAX_POS_CHARS, type Issue, type IssueCode } from './checks.ts';
export { renderAppeal, formatForChannel, FORMATS, type AppealFormat } from './render.ts';
export { composeBody, type BodyContext } from './body.ts';
export { extractAddress, type AddressMatch } from './address.ts';
export { detectPlace, type PlaceGuess } from './place.ts';
export { cleanEssence, MAX_ESSENCE_CHARS } from './clean.ts';
export { LABELS, formatDate } from './labels.ts';
