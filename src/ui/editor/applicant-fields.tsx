// The applicant block of one appeal: pre-filled from the profile by the builder, editable here for this appeal only.
import type { Appeal, Applicant } from '../../core/appeal.ts';
import { emailZoneWarning, loadProfile } from '../data.ts';
import { t } from '../i18n.ts';
import { Fieldset, TextField } from './fields.tsx';
import { IinField } from './iin-field.tsx';

interface Props {
  appeal: Appeal;
  onApplicant: (applicant: Applicant) => void;
  missing: ReadonlySet<string>;
}

export function ApplicantFields({ appeal, onApplicant, missing }: Props) {
  const { applicant } = appeal;
  const set = (key: keyof Applicant) => (value: string) => onApplicant({ ...applicant, [key]: value });
  const required = (field: string) => (missing.has(`applicant.${field}`) ? t('editor_required') : null);
  const fillFromProfile = async () => {
    const profile = await loadProfile();
    const filled = { ...applicant };
    for (const key of ['fullName', 'iin', 'postalAddress', 'phone', 'email'] as const) {
      if (filled[key].trim() === '') filled[key] = profile[key];
    }
    onApplicant(filled);
  };

  return (
    <Fieldset legend={t('editor_applicant')}>
      <TextField label={t('editor_fullName')} name="applicant.fullName" value={applicant.fullName} error={required('fullName')} onValue={set('fullName')} />
      {appeal.jurisdiction === 'KZ' ? (
        <IinField label={t('editor_iin')} name="applicant.iin" value={applicant.iin} missingError={required('iin')} onValue={set('iin')} />
      ) : null}
      <TextField
        label={t('editor_postalAddress')}
        name="applicant.postalAddress"
        value={applicant.postalAddress}
        error={required('postalAddress')}
        onValue={set('postalAddress')}
      />
      <div class="row">
        <TextField label={t('editor_phone')} name="applicant.phone" type="tel" value={applicant.phone} onValue={set('phone')} />
        <TextField
          label={t('editor_email')}
          name="applicant.email"
          type="email"
          value={applicant.email}
          hint={emailZoneWarning(applicant.email, appeal.jurisdiction) ? t('opt_emailZoneWarning') : null}
          onValue={set('email')}
        />
      </div>
      <button type="button" onClick={() => void fillFromProfile()}>
        {t('editor_fillFromProfile')}
      </button>
    </Fieldset>
  );
}
