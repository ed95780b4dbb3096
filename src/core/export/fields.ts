// The appeal split into the fields of the eOtinish and ПОС forms, each copied with its own button.
import type { Appeal } from '../appeal.ts';
import { LABELS } from '../draft/labels.ts';
import type { Lang } from '../types.ts';

export type FieldKey = 'recipient' | 'subject' | 'body' | 'address' | 'city' | 'region' | 'fullName' | 'iin' | 'postalAddress' | 'phone' | 'email' | 'source';

export interface PortalField {
  key: FieldKey;
  label: string;
  value: string;
}

const FIELD_LABELS: Record<Lang, Record<'recipient' | 'body' | 'address' | 'city' | 'region' | 'fullName', string>> = {
  ru: { recipient: 'Получатель', body: 'Текст обращения', address: 'Адрес проблемы', city: 'Населённый пункт', region: 'Регион', fullName: 'ФИО' },
  kk: { recipient: 'Алушы', body: 'Өтініш мәтіні', address: 'Мәселенің мекенжайы', city: 'Елді мекен', region: 'Өңір', fullName: 'Аты-жөні' },
  en: { recipient: 'Recipient', body: 'Text of the appeal', address: 'Address of the problem', city: 'Town or city', region: 'Region', fullName: 'Full name' },
};

/** Fields with a value, in the order the portals ask for them; the applicant's own data last. */
export function portalFields(appeal: Appeal): PortalField[] {
  const labels = LABELS[appeal.lang];
  const names = FIELD_LABELS[appeal.lang];
  const fields: PortalField[] = [
    { key: 'recipient', label: names.recipient, value: appeal.recipient.name },
    { key: 'subject', label: labels.subject, value: appeal.subject },
    { key: 'body', label: names.body, value: appeal.body },
    { key: 'address', label: names.address, value: appeal.location.address ?? '' },
    { key: 'city', label: names.city, value: appeal.location.city ?? '' },
    { key: 'region', label: names.region, value: appeal.location.region ?? '' },
    { key: 'fullName', label: names.fullName, value: appeal.applicant.fullName },
    { key: 'iin', label: labels.iin, value: appeal.jurisdiction === 'KZ' ? appeal.applicant.iin : '' },
    { key: 'postalAddress', label: labels.postalAddress, value: appeal.applicant.postalAddress },
    { key: 'phone', label: labels.phone, value: appeal.applicant.phone },
    { key: 'email', label: labels.email, value: appeal.applicant.email },
    { key: 'source', label: labels.source, value: appeal.source?.permalink ?? '' },
  ];
  return fields.map((field) => ({ ...field, value: field.value.trim() })).filter((field) => field.value !== '');
}
