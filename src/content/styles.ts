// The control's styles live in one constructed stylesheet adopted by every shadow root: page CSP cannot block
// it, and page CSS cannot reach inside. Theme: the site's own dark/light marker wins over the OS preference.
// The host has no `contain`: paint or layout containment gives every host a paint layer of its own, and hundreds
// of them made each frame of a long feed slower (and clipped the button's focus ring).
/** Exported for the feed benchmark, which draws the same controls without the extension to measure their cost. */
export const CONTROL_CSS = `
:host { all: initial; display: block; margin: 6px 0; }
.w { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font: 500 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --fg: #1f2328; --bg: #eef3fb; --bd: #b7c8e4; --accent: #2b5fb3; --chip: #f1f3f5; --warn-bg: #fff4e5; --warn-fg: #7a3e00; }
.w.dark { --fg: #e6e8eb; --bg: #23324a; --bd: #3d5478; --accent: #8cb4ff; --chip: #2a2d31; --warn-bg: #3d2a12; --warn-fg: #ffcf99; }
@media (prefers-color-scheme: dark) {
  .w:not(.light) { --fg: #e6e8eb; --bg: #23324a; --bd: #3d5478; --accent: #8cb4ff; --chip: #2a2d31; --warn-bg: #3d2a12; --warn-fg: #ffcf99; }
}
button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--bd); border-radius: 8px;
  padding: 4px 10px; cursor: pointer; }
button:hover:not(:disabled) { border-color: var(--accent); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button:disabled { cursor: default; opacity: .6; }
button[data-state="created"], button[data-state="duplicate"] { border-color: var(--accent); }
.chip { color: var(--fg); background: var(--chip); border-radius: 999px; padding: 2px 8px; font-weight: 400; font-size: 12px; }
.hint { color: var(--warn-fg); background: var(--warn-bg); border-radius: 6px; padding: 2px 8px; font-weight: 400; font-size: 12px; }
[hidden] { display: none !important; }
`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sheetFor(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Sheet) {
      sheet = new Sheet();
      sheet.replaceSync(CONTROL_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

export function applyStyles(root: ShadowRoot): void {
  const sheet = sheetFor(root.ownerDocument);
  if (sheet) {
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = CONTROL_CSS;
  root.append(style);
}

const DARK = /(^|[\s_-])(dark|night)([\s_-]|$)|--dark|_dark/i;
const LIGHT = /(^|[\s_-])light([\s_-]|$)|--light|_light/i;

/** The site's explicit theme, read from html/body classes and scheme attributes; null when it does not say. */
export function siteTheme(doc: Document): 'dark' | 'light' | null {
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const marks = [el.getAttribute('class'), el.getAttribute('scheme'), el.getAttribute('data-theme'), el.getAttribute('data-color-scheme')].join(' ');
    if (DARK.test(marks)) return 'dark';
    if (LIGHT.test(marks)) return 'light';
  }
  return null;
}
