// The IIN input: validated by the checksum as it is typed (a hint, never a block) and masked when not focused,
// because the IIN encodes the birth date and sex.
import { useState } from 'preact/hooks';
import { validateIin, normalizeIin, type IinResult } from '../../core/iin.ts';
import { TextField } from './fields.tsx';
import { t } from '../i18n.ts';

/** `•••••••••123`: only the last three digits stay visible. */
export function maskIinTail(value: string): string {
  const iin = normalizeIin(value);
  if (iin.length <= 3) return iin === '' ? '' : '•'.repeat(iin.length);
  return `${'•'.repeat(iin.length - 3)}${iin.slice(-3)}`;
}

/** The inline message for an IIN; empty is fine (the IIN is optional until export). */
export function iinMessage(value: string): { error: string | null; hint: string | null } {
  const result: IinResult = validateIin(value);
  if (result.reason === 'empty') return { error: null, hint: null };
  if (result.reason === 'format') return { error: t('opt_iinFormat'), hint: null };
  if (result.reason === 'checksum') return { error: t('opt_iinChecksum'), hint: null };
  if (result.reason === 'date' || result.reason === 'century') return { error: null, hint: t('opt_iinDateHint') };
  return { error: null, hint: null };
}

interface Props {
  value: string;
  onValue: (value: string) => void;
  label?: string;
  name?: string;
  /** Shown when the IIN is empty but the channel requires it. */
  missingError?: string | null;
}

export function IinField({ value, onValue, label, name, missingError }: Props) {
  const [focused, setFocused] = useState(false);
  const { error: invalid, hint } = iinMessage(value);
  const error = invalid ?? (value.trim() === '' ? (missingError ?? null) : null);
  return (
    <TextField
      label={label ?? t('opt_iin')}
      name={name ?? 'iin'}
      value={focused ? value : maskIinTail(value)}
      onValue={(next) => {
        if (focused) onValue(next);
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      error={error}
      hint={hint}
      autoComplete="off"
    />
  );
}
