// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { iinCheckDigit, maskIin, validateIin } from '../../src/core/iin.ts';

describe('validateIin: the test vectors of appeals-domain.md §1.11', () => {
  it.each([
    ['900101300007', '1990-01-01'],
    ['900101300811', '1990-01-01'],
    ['850515400002', '1985-05-15'],
    ['850515400306', '1985-05-15'],
    ['020304600005', '2002-03-04'],
  ])('%s is valid and born on %s', (iin, birthDate) => {
    expect(validateIin(iin)).toEqual({ valid: true, reason: null, birthDate });
  });

  it('uses the second weight set when the first pass gives 10', () => {
    const digits = [...'90010130081'].map(Number);
    expect(iinCheckDigit(digits)).toBe(1);
  });

  it.each([...'0123456789'])('90010130080 + %s is invalid: both passes give 10', (last) => {
    expect(validateIin(`90010130080${last}`)).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('rejects a wrong check digit', () => {
    expect(validateIin('900101300008')).toMatchObject({ valid: false, reason: 'checksum' });
  });
});

describe('validateIin: input shapes', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['90010130000', 'format'],
    ['9001013000071', 'format'],
    ['90010130000a', 'format'],
    ['٩٠٠١٠١٣٠٠٠٠٧', 'format'],
  ])('%j → %s', (input, reason) => {
    expect(validateIin(input)).toMatchObject({ valid: false, reason });
  });

  it('ignores spaces, dashes and zero-width characters typed inside the number', () => {
    expect(validateIin(' 900101 300-007\u200b').valid).toBe(true);
  });
});

describe('validateIin: date and century sanity is a warning, not a failure', () => {
  function withCheckDigit(first11: string): string {
    const check = iinCheckDigit([...first11].map(Number));
    if (check === null) throw new Error(`no check digit for ${first11}`);
    return `${first11}${check}`;
  }

  it('flags an unassigned century digit', () => {
    const iin = withCheckDigit('90010170000');
    expect(validateIin(iin)).toEqual({ valid: true, reason: 'century', birthDate: null });
  });

  it.each(['90130130000', '90023030000', '01022950000'])('flags an impossible date in %s', (first11) => {
    const iin = withCheckDigit(first11);
    expect(validateIin(iin)).toEqual({ valid: true, reason: 'date', birthDate: null });
  });

  it('accepts 29 February in a leap year of the right century', () => {
    const iin = withCheckDigit('00022950000');
    expect(validateIin(iin)).toEqual({ valid: true, reason: null, birthDate: '2000-02-29' });
  });
});

describe('maskIin', () => {
  it('keeps only the first and last four digits', () => {
    expect(maskIin('900101300007')).toBe('9001••••0007');
  });
});
