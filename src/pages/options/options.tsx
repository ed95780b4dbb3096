import { appealsPageUrl } from '../../ui/data.ts';
import { t } from '../../ui/i18n.ts';
import { ContentSettings } from './content-settings.tsx';
import { ProfileForm } from './profile-form.tsx';

export function OptionsPage() {
  return (
    <main class="options">
      <h1>{t('opt_title')}</h1>
      <p class="notice">{t('opt_privacyNote')}</p>
      <ProfileForm />
      <ContentSettings />
      <p>
        <a href={appealsPageUrl()}>{t('myAppeals')}</a>
      </p>
    </main>
  );
}
