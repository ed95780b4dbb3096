// Export actions: .txt and .docx downloads through an object URL, and the printable letter page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { createAppeal } from '../../src/storage/appeals-repo.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';
import { DraftEditor } from '../../src/ui/editor/index.tsx';
import { PrintView, inertLetterNodes, printRouteId } from '../../src/ui/export-bar/print-view.tsx';
import { click, container, message, setUp, show, tearDown, waitFor } from './ui-editor-helpers.tsx';

const downloads: { name: string; blob: Blob }[] = [];

beforeEach(async () => {
  await setUp('ui-export');
  downloads.length = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ name: this.download, blob });
  });
});

afterEach(async () => {
  await tearDown();
  vi.restoreAllMocks();
});

async function openEditor() {
  await createAppeal(makeAppeal({ id: 'a1', subject: 'Яма <script>alert(1)</script>' }));
  show(<DraftEditor appealId="a1" mode="full" />);
  await waitFor(() => container.querySelector('.export-bar'));
}

describe('downloads', () => {
  it('downloads the rendered text as a .txt file', async () => {
    await openEditor();
    await click(message('editor_export_downloadTxt'));
    await waitFor(() => downloads.length === 1);
    expect(downloads[0]!.name).toMatch(/^appeal-2025-03-01-roads\.txt$/);
    const content = await downloads[0]!.blob.text();
    expect(content).toContain('Яма <script>alert(1)</script>');
    expect(content).toContain('Акимат города Алматы');
  });

  it('downloads a Word document', async () => {
    await openEditor();
    await click(message('editor_export_downloadDocx'));
    await waitFor(() => downloads.length === 1, 10_000);
    expect(downloads[0]!.name).toMatch(/\.docx$/);
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK'); // a zip container
  }, 20_000);
});

describe('printable letter', () => {
  it('opens the print route in a new tab', async () => {
    await openEditor();
    await click(message('editor_export_print'));
    const [[arg]] = vi.mocked(browser.tabs.create).mock.calls as unknown as [[{ url: string }]];
    expect(arg.url).toMatch(/src\/pages\/options\/index\.html#\/print\/a1$/);
    expect(printRouteId(new URL(arg.url).hash)).toBe('a1');
  });

  it('renders the letter with post HTML as text and opens the print dialog', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { configurable: true, value: print });
    await createAppeal(makeAppeal({ id: 'a1', subject: 'Яма <img src=x onerror=alert(1)>' }));
    show(<PrintView appealId="a1" />);
    await waitFor(() => container.querySelector('.letter')?.textContent?.includes('Яма <img src=x onerror=alert(1)>'));
    expect(container.querySelector('.letter img')).toBeNull();
    expect(container.querySelector('.letter')?.textContent).toContain('Акимат города Алматы');
    await waitFor(() => print.mock.calls.length === 1);
  });

  it('drops scripts, styles and event handlers from letter HTML', () => {
    const nodes = inertLetterNodes('<html><head><style>p{}</style></head><body><p onclick="x()" style="color:red">Hi</p><script>x()</script><a href="javascript:x()">link</a></body></html>');
    const holder = document.createElement('div');
    holder.append(...nodes);
    expect(holder.innerHTML).toBe('<p>Hi</p><a>link</a>');
  });
});
