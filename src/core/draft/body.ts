// The editable body of an appeal: facts, place, since when, impact, request and the post as evidence.
// Full for eOtinish and letters; short (one problem, what/where/when, request) for ПОС and official pages.
import type { Channel, SourcePost } from '../appeal.ts';
import type { Category, Jurisdiction, Lang } from '../types.ts';
import { cutAtSentence } from './clean.ts';
import { durationPhrase } from './duration-text.ts';
import { formatDate, LABELS } from './labels.ts';
import { CATEGORY_PHRASES } from './phrases.ts';
import type { Duration } from './since.ts';

export interface BodyContext {
  lang: Lang;
  jurisdiction: Jurisdiction;
  channel: Channel;
  category: Category;
  /** The cleaned text of the post; empty when nothing readable was left. */
  essence: string;
  city: string | null;
  address: { address: string; phrase: string } | null;
  duration: Duration | null;
  source: SourcePost | null;
}

/** ПОС and official pages read short messages; the rendered ПОС message must stay under about 1,000 characters. */
export const SHORT_ESSENCE_CHARS = 420;

/** Stands in the body until the applicant describes the problem; its presence means the body is missing. */
export const ESSENCE_PLACEHOLDERS: Record<Lang, string> = {
  ru: '[опишите, что произошло]',
  kk: '[не болғанын сипаттаңыз]',
  en: '[describe what happened]',
};

export function isShortChannel(channel: Channel): boolean {
  return channel === 'pos' || channel === 'gospublic';
}

export function composeBody(ctx: BodyContext): string {
  return isShortChannel(ctx.channel) ? shortBody(ctx) : fullBody(ctx);
}

function fullBody(ctx: BodyContext): string {
  const phrases = CATEGORY_PHRASES[ctx.category][ctx.lang];
  const labels = LABELS[ctx.lang];
  const facts = [placeSentence(ctx), durationSentence(ctx)].filter(Boolean).join(' ');
  const request = `${labels.requestLead} ${phrases.request}.`;
  return [facts, essenceParagraph(ctx, ctx.essence), phrases.impact, request, labels.deadline[ctx.jurisdiction], evidenceSentence(ctx)]
    .filter((part) => part !== '')
    .join('\n\n');
}

function shortBody(ctx: BodyContext): string {
  const labels = LABELS[ctx.lang];
  const phrases = CATEGORY_PHRASES[ctx.category][ctx.lang];
  const essence = cutAtSentence(ctx.essence, SHORT_ESSENCE_CHARS);
  const lines = [
    `${labels.what}: ${essence || ESSENCE_PLACEHOLDERS[ctx.lang]}`,
    `${labels.where}: ${placeText(ctx) || missingText(ctx.lang)}`,
    `${labels.when}: ${whenText(ctx)}`,
    `${labels.request}: ${phrases.request}.`,
  ];
  const link = ctx.source?.permalink;
  if (link) lines.push(`${labels.source}: ${link}`);
  return lines.join('\n');
}

function placeText(ctx: BodyContext): string {
  const city = ctx.city ? cityName(ctx.city, ctx.lang) : '';
  return [city, ctx.address?.address ?? ''].filter(Boolean).join(', ');
}

function cityName(city: string, lang: Lang): string {
  return { ru: `г. ${city}`, kk: `${city} қ.`, en: city }[lang];
}

function missingText(lang: Lang): string {
  return { ru: '[укажите адрес]', kk: '[мекенжайды көрсетіңіз]', en: '[add the address]' }[lang];
}

function whenText(ctx: BodyContext): string {
  if (ctx.duration) return durationPhrase(ctx.duration, ctx.lang);
  const published = ctx.source?.publishedAt;
  const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? formatDate(published, ctx.lang) : null;
  if (date) return { ru: `на момент публикации ${date}`, kk: `${date} жарияланған кезде`, en: `as of the post of ${date}` }[ctx.lang];
  return { ru: 'на момент обращения', kk: 'өтініш берген кезде', en: 'at the time of this appeal' }[ctx.lang];
}

function placeSentence(ctx: BodyContext): string {
  const city = ctx.city ? cityName(ctx.city, ctx.lang) : null;
  const place = ctx.address;
  if (ctx.lang === 'ru') {
    const where = [city ? `в ${city}` : '', place ? (place.phrase !== place.address ? place.phrase : `место: ${place.address}`) : ''].filter(Boolean).join(', ');
    return `Сообщаю о проблеме${where ? ` ${where}` : ''}.`;
  }
  if (ctx.lang === 'kk') {
    const where = [city, place ? place.address : ''].filter(Boolean).join(', ');
    return where ? `Мына мекенжайдағы мәселе туралы хабарлаймын: ${where}.` : 'Мына мәселе туралы хабарлаймын.';
  }
  const where = [city ? `in ${city}` : '', place ? `at ${place.address}` : ''].filter(Boolean).join(', ');
  return `I am reporting a problem${where ? ` ${where}` : ''}.`;
}

function durationSentence(ctx: BodyContext): string {
  if (!ctx.duration) return '';
  const phrase = durationPhrase(ctx.duration, ctx.lang);
  return { ru: `Проблема сохраняется ${phrase}.`, kk: `Мәселе ${phrase} шешілмей келеді.`, en: `The problem has persisted ${phrase}.` }[ctx.lang];
}

function essenceParagraph(ctx: BodyContext, essence: string): string {
  if (essence === '') return { ru: 'Суть проблемы:', kk: 'Мәселенің мәні:', en: 'The problem:' }[ctx.lang] + ` ${ESSENCE_PLACEHOLDERS[ctx.lang]}`;
  return { ru: `Суть проблемы (по тексту публикации): ${essence}`, kk: `Мәселенің мәні (жарияланым мәтіні бойынша): ${essence}`, en: `The problem (as described in the post): ${essence}` }[ctx.lang];
}

function evidenceSentence(ctx: BodyContext): string {
  const source = ctx.source;
  if (!source || (!source.permalink && source.network === 'selection')) return '';
  const network = LABELS[ctx.lang].networks[source.network];
  const details = [source.authorName, source.publishedAt ? formatDate(source.publishedAt, ctx.lang) : null].filter(Boolean).join(', ');
  const photos = source.images.length;
  // The link goes last and without a full stop after it, so that copying it never picks up punctuation.
  const link = source.permalink ? `: ${source.permalink}` : '.';
  const sentence = {
    ru: `Подтверждение — публикация в ${network}${details ? ` (${details})` : ''}${photos > 0 ? `, фотографии (${photos}) — в публикации` : ''}${link}`,
    kk: `Дәлел — ${network} желісіндегі жарияланым${details ? ` (${details})` : ''}${photos > 0 ? `, фотосуреттер (${photos}) жарияланымда` : ''}${link}`,
    en: `Evidence: a post on ${network}${details ? ` (${details})` : ''}${photos > 0 ? `, with ${photos} photo(s)` : ''}${link}`,
  };
  return sentence[ctx.lang];
}
