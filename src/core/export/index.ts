// Public API of the pure export renderers.
export { toPlainText, exportFileName } from './text.ts';
export { portalFields, type FieldKey, type PortalField } from './fields.ts';
export { toDocx } from './docx.ts';
export { toLetterHtml, escapeHtml } from './letter-html.ts';
