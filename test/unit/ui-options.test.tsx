// The options page: the applicant profile saved as it is typed, the IIN check and mask, the RU e-mail warning and
// the content-script setting in browser.storage.local.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { OptionsPage } from '../../src/pages/options/options.tsx';
import { getSetting } from '../../src/storage/settings-repo.ts';
import type { Profile } from '../../src/ui/data.ts';
import {
  afterSave, blur, container, field, freshContainer, message, setUp, show, tearDown, text, type, waitFor,
} from './ui-editor-helpers.tsx';

beforeEach(() => setUp('ui-options'));
afterEach(tearDown);

async function openOptions() {
  show(<OptionsPage />);
  await waitFor(() => field('Full name'));
}

describe('applicant profile', () => {
  it('saves the profile to IndexedDB as it is typed and shows it again on the next visit', async () => {
    await openOptions();
    expect(text()).toContain(message('opt_privacyNote'));
    await type('Full name', 'Сейткали Айгуль');
    await type('Postal address', 'Алматы, ул. Абая, 12, кв. 5');
    await type('Phone', '+7 701 000 00 00');
    await type('Default language of appeals', 'kk');
    await afterSave();
    expect(await getSetting<Profile>('profile')).toMatchObject({
      fullName: 'Сейткали Айгуль',
      postalAddress: 'Алматы, ул. Абая, 12, кв. 5',
      phone: '+7 701 000 00 00',
      lang: 'kk',
      jurisdiction: 'KZ',
    });

    await tearDown();
    freshContainer();
    await openOptions();
    await waitFor(() => field('Full name').value === 'Сейткали Айгуль');
    expect(field('Default language of appeals').value).toBe('kk');
  });

  it('flags an IIN with a wrong check digit but saves it, and masks it when the field is left', async () => {
    await openOptions();
    await type('IIN', '900101300008');
    expect(text()).toContain(message('opt_iinChecksum'));
    expect(field('IIN').getAttribute('aria-invalid')).toBe('true');
    await afterSave();
    expect((await getSetting<Profile>('profile'))?.iin).toBe('900101300008');

    await blur('IIN');
    expect(field('IIN').value).toBe('•••••••••008');
    await type('IIN', '900101300007');
    expect(text()).not.toContain(message('opt_iinChecksum'));
    expect(text()).not.toContain(message('opt_iinFormat'));
  });

  it('says an IIN needs 12 digits', async () => {
    await openOptions();
    await type('IIN', '9001');
    expect(text()).toContain(message('opt_iinFormat'));
  });

  it('warns for Russia when the e-mail is outside .ru/.рф', async () => {
    await openOptions();
    await type('Default country', 'RU');
    await type('E-mail', 'aigul@gmail.com');
    expect(text()).toContain(message('opt_emailZoneWarning'));
    await type('E-mail', 'aigul@yandex.ru');
    expect(text()).not.toContain(message('opt_emailZoneWarning'));
    await type('E-mail', 'айгуль@почта.рф');
    expect(text()).not.toContain(message('opt_emailZoneWarning'));
  });
});

describe('feed setting', () => {
  it('writes settings.showOnAllPosts to browser.storage.local without dropping other settings', async () => {
    await browser.storage.local.set({ settings: { showOnAllPosts: false, other: 1 } });
    await openOptions();
    const checkbox = await waitFor(() => container.querySelector<HTMLInputElement>('input[name="showOnAllPosts"]'));
    expect(checkbox.checked).toBe(false);
    checkbox.checked = true;
    checkbox.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(async () => false, 50).catch(() => undefined);
    expect(await browser.storage.local.get('settings')).toEqual({ settings: { showOnAllPosts: true, other: 1 } });
  });
});
