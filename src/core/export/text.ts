// Plain text for copying into a portal form or saving as .txt.
import type { Appeal } from '../appeal.ts';
import { renderAppeal, type AppealFormat } from '../draft/render.ts';

/** The whole appeal as one text, with Windows-friendly line ends left to the caller (a .txt keeps \n). */
export function toPlainText(appeal: Appeal, format?: AppealFormat): string {
  return `${renderAppeal(appeal, format)}\n`;
}

/** A file name that is safe on every system: «appeal-2026-11-23-roads.txt». */
export function exportFileName(appeal: Appeal, extension: 'txt' | 'docx' | 'html'): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(appeal.createdAt)?.[0] ?? 'draft';
  return `appeal-${date}-${appeal.category}.${extension}`;
}
