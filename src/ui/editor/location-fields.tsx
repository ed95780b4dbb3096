// Where the problem is. A new city (on leaving the field) re-routes a directory recipient; a typed one stays.
import type { Appeal, Location } from '../../core/appeal.ts';
import { rerouted } from '../data.ts';
import { t } from '../i18n.ts';
import { TextField } from './fields.tsx';

interface Props {
  appeal: Appeal;
  update: (change: (appeal: Appeal) => Appeal) => void;
  withRegion: boolean;
  addressError?: string | null;
}

export function LocationFields({ appeal, update, withRegion, addressError }: Props) {
  const set = (key: keyof Location) => (value: string) =>
    update((current) => ({ ...current, location: { ...current.location, [key]: value === '' ? null : value } }));
  const reroute = async () => {
    if (appeal.recipient.id === null) return;
    const recipient = await rerouted(appeal);
    if (recipient.id !== appeal.recipient.id) update((current) => ({ ...current, recipient }));
  };
  return (
    <div class="row">
      <TextField label={t('editor_address')} name="location.address" value={appeal.location.address ?? ''} error={addressError} onValue={set('address')} />
      <TextField label={t('editor_city')} name="location.city" value={appeal.location.city ?? ''} onValue={set('city')} onBlur={() => void reroute()} />
      {withRegion ? (
        <TextField label={t('editor_region')} name="location.region" value={appeal.location.region ?? ''} onValue={set('region')} onBlur={() => void reroute()} />
      ) : null}
    </div>
  );
}
