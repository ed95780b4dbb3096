// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const load = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const locales = { en: load('en'), ru: load('ru'), kk: load('kk') };
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('_locales', () => {
  it('has every key in en, ru and kk, each with a non-empty message', () => {
    const keys = new Set(Object.values(locales).flatMap((l) => Object.keys(l)));
    for (const [lang, messages] of Object.entries(locales)) {
      const missing = [...keys].filter((k) => !messages[k]?.message?.trim());
      expect(missing, `missing in ${lang}`).toEqual([]);
    }
  });

  it('keeps placeholders consistent across languages', () => {
    for (const key of Object.keys(locales.en)) {
      const count = (lang: keyof typeof locales) => (locales[lang][key]?.message.match(/\$\d/g) ?? []).sort().join();
      expect(count('ru'), key).toBe(count('en'));
      expect(count('kk'), key).toBe(count('en'));
    }
  });

  it('defaults to Russian and resolves every __MSG_ reference of the manifest', () => {
    expect(manifest.default_locale).toBe('ru');
    const refs = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(Object.keys(locales.ru)).toContain(ref);
  });
});
