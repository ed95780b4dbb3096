// The applicant profile: pre-fills every new draft. Saved to IndexedDB as it is typed; never leaves the device.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Jurisdiction, Lang } from '../../core/types.ts';
import { emailZoneWarning, loadProfile, saveProfile, type Profile } from '../../ui/data.ts';
import { jurisdictionOptions, langOptions, langsFor } from '../../ui/editor/choices.ts';
import { SelectField, TextField } from '../../ui/editor/fields.tsx';
import { IinField } from '../../ui/editor/iin-field.tsx';
import { t } from '../../ui/i18n.ts';

export const PROFILE_SAVE_DELAY_MS = 300;


export function ProfileForm() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [saved, setSaved] = useState<'saved' | 'pending' | 'error'>('saved');
  const save = useDebouncedProfileSave(setSaved);

  useEffect(() => {
    void loadProfile().then(setProfile);
  }, []);
  if (!profile) return <p class="muted">{t('opt_loading')}</p>;

  const change = <K extends keyof Profile>(key: K, value: Profile[K]) => {
    const next = { ...profile, [key]: value };
    if (!langsFor(next.jurisdiction).includes(next.lang)) next.lang = 'ru';
    setProfile(next);
    setSaved('pending');
    save(next);
  };
  const emailWarning = emailZoneWarning(profile.email, profile.jurisdiction) ? t('opt_emailZoneWarning') : null;

  return (
    <form class="profile" aria-labelledby="profile-title" onSubmit={(event) => event.preventDefault()}>
      <h2 id="profile-title">{t('opt_profileTitle')}</h2>
      <div class="row">
        <SelectField
          label={t('opt_jurisdiction')}
          name="jurisdiction"
          value={profile.jurisdiction}
          options={jurisdictionOptions()}
          onValue={(value) => change('jurisdiction', value as Jurisdiction)}
        />
        <SelectField
          label={t('opt_lang')}
          name="lang"
          value={profile.lang}
          options={langOptions(profile.jurisdiction)}
          onValue={(value) => change('lang', value as Lang)}
        />
      </div>
      <TextField label={t('opt_fullName')} name="fullName" autoComplete="name" value={profile.fullName} onValue={(v) => change('fullName', v)} />
      {profile.jurisdiction === 'KZ' || profile.iin ? <IinField value={profile.iin} onValue={(v) => change('iin', v)} /> : null}
      <TextField
        label={t('opt_postalAddress')}
        name="postalAddress"
        autoComplete="street-address"
        multiline={2}
        value={profile.postalAddress}
        onValue={(v) => change('postalAddress', v)}
      />
      <div class="row">
        <TextField label={t('opt_phone')} name="phone" type="tel" autoComplete="tel" value={profile.phone} onValue={(v) => change('phone', v)} />
        <TextField
          label={t('opt_email')}
          name="email"
          type="email"
          autoComplete="email"
          value={profile.email}
          hint={emailWarning}
          onValue={(v) => change('email', v)}
        />
      </div>
      <p class="muted" role="status" aria-live="polite">
        {saved === 'pending' ? t('editor_saving') : saved === 'error' ? t('editor_saveFailed') : t('editor_saved')}
      </p>
    </form>
  );
}

/** Saves the latest profile after a pause in typing, and at once when the tab is hidden or closed. */
function useDebouncedProfileSave(setSaved: (state: 'saved' | 'pending' | 'error') => void) {
  const pending = useRef<Profile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const profile = pending.current;
    pending.current = null;
    if (!profile) return;
    saveProfile(profile).then(
      () => setSaved(pending.current ? 'pending' : 'saved'),
      (error: unknown) => {
        console.error('Saving the profile failed', error);
        setSaved('error');
      },
    );
  };
  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, []);
  return (profile: Profile) => {
    pending.current = profile;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, PROFILE_SAVE_DELAY_MS);
  };
}
