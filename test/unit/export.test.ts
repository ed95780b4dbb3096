// @vitest-environment node
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { buildDraft, LABELS, renderAppeal } from '../../src/core/draft/index.ts';
import { escapeHtml, exportFileName, portalFields, toDocx, toLetterHtml, toPlainText } from '../../src/core/export/index.ts';

const NOW = '2026-11-23T09:30:00.000Z';
const POST = 'Алматы, ул. Жандосова, 58: не горят фонари <script>alert("x")</script> & «кавычки»';

function appeal(profile = {}): Appeal {
  return buildDraft({
    snapshot: { network: 'vk', postId: '1_2', permalink: 'https://vk.com/wall1_2', authorName: 'Анна', authorUrl: null, publishedAt: '2026-11-20', text: POST, images: [], pageUrl: '', capturedAt: NOW },
    classification: { problem: true, score: 0.9, category: 'lighting', emergency: false, evidence: [] },
    profile,
    now: NOW,
    id: 'e1',
  }).appeal;
}

/** Reads one entry of a ZIP archive through its central directory, with Node's own inflate. */
function unzipEntry(bytes: Uint8Array, name: string): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    const method = view.getUint16(offset + 10, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const entryName = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (entryName === name) {
      const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(dataStart, dataStart + size);
      return new TextDecoder().decode(method === 0 ? data : inflateRawSync(data));
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

describe('plain text', () => {
  it('is the rendered appeal with a final newline, HTML left as text', () => {
    const draft = appeal();
    expect(toPlainText(draft)).toBe(`${renderAppeal(draft)}\n`);
    expect(toPlainText(draft)).toContain('<script>alert("x")</script>');
  });

  it('names files by date and category', () => {
    expect(exportFileName(appeal(), 'docx')).toBe('appeal-2026-11-23-lighting.docx');
  });
});

describe('portal fields', () => {
  it('lists each field with a value for its own copy button, in order, without empty ones', () => {
    const fields = portalFields(appeal());
    expect(fields.map((f) => f.key)).toEqual(['recipient', 'subject', 'body', 'address', 'city', 'region', 'source']);
    expect(fields.find((f) => f.key === 'address')).toEqual({ key: 'address', label: 'Адрес проблемы', value: 'ул. Жандосова, 58' });
  });

  it('includes the applicant fields once the profile is filled', () => {
    const keys = portalFields(appeal({ fullName: 'Иванов Иван', iin: '900101300007', postalAddress: 'Алматы', phone: '+7 701', email: 'a@b.kz' })).map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['fullName', 'iin', 'postalAddress', 'phone', 'email']));
  });
});

describe('.docx', () => {
  it('is a ZIP whose word/document.xml holds the body text, escaped as XML', async () => {
    const draft = appeal({ fullName: 'Иванов Иван' });
    const bytes = await toDocx(draft);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    const xml = unzipEntry(bytes, 'word/document.xml');
    expect(xml).not.toBeNull();
    expect(xml).toContain('Прошу восстановить работу уличного освещения в указанном месте.');
    expect(xml).toContain('Иванов Иван');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<script>');
  });
});

describe('printable letter HTML', () => {
  it('escapes every piece of post and user text', () => {
    const html = toLetterHtml(appeal({ fullName: '<img src=x onerror=alert(1)>' }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is a complete document with the letter parts, a title and no scripts allowed', () => {
    const draft = appeal();
    const html = toLetterHtml(draft);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain(`<div class="title">${LABELS.ru.titles[draft.appealType]}</div>`);
    expect(html).toContain('Подпись: ____________');
    expect(html).toContain(`<title>${escapeHtml(appeal().subject)}</title>`);
  });

  it('escapeHtml covers the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
