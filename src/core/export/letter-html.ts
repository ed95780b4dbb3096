// A printable letter (print to PDF from the browser) as one self-contained HTML document. Every piece of user or
// post text is escaped: a post may contain markup, and this string is written into an extension page.
import type { Appeal } from '../appeal.ts';
import { renderAppeal, type AppealFormat } from '../draft/render.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const STYLE = [
  '@page { size: A4; margin: 20mm 15mm 20mm 25mm; }',
  'body { font: 14pt/1.4 "Times New Roman", Times, serif; color: #000; background: #fff; max-width: 170mm; margin: 0 auto; }',
  '.header { margin-left: 45%; white-space: pre-wrap; }',
  '.title { text-align: center; font-weight: bold; margin: 1.5em 0 0.5em; }',
  'p { white-space: pre-wrap; text-align: justify; margin: 0 0 0.8em; }',
].join('\n');

export function toLetterHtml(appeal: Appeal, format: AppealFormat = 'formal'): string {
  const blocks = renderAppeal(appeal, format).split(/\n{2,}/u);
  const [first = '', ...rest] = blocks;
  const hasHeader = format === 'formal' || format === 'eotinish';
  const body = [
    hasHeader ? `<div class="header">${escapeHtml(first)}</div>` : `<p>${escapeHtml(first)}</p>`,
    ...rest.map((block) => blockHtml(block)),
  ].join('\n');
  return [
    '<!doctype html>',
    `<html lang="${appeal.lang === 'kk' ? 'kk' : appeal.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(appeal.subject)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
  ].join('\n');
}

function blockHtml(block: string): string {
  const [firstLine = '', ...others] = block.split('\n');
  if (/^[\p{Lu}\s]{4,}$/u.test(firstLine)) {
    return `<div class="title">${escapeHtml(firstLine)}</div>${others.length > 0 ? `\n<p>${escapeHtml(others.join('\n'))}</p>` : ''}`;
  }
  return `<p>${escapeHtml(block)}</p>`;
}
