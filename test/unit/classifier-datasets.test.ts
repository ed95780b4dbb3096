// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  crosswalk,
  externalSplit,
  hasShared,
  loadBoston,
  loadCedr,
  loadKazsandra,
  loadKursk,
  loadNewport,
  loadProbe,
  loadSpb,
  stripHtml,
} from '../../scripts/lib/datasets.ts';
import { trainingRows } from '../../scripts/lib/training-set.ts';

describe('feed probe', () => {
  it('is scored by the evaluation but never trained on', () => {
    const probe = loadProbe();
    expect(probe.filter((r) => r.problem === true).length).toBeGreaterThan(100);
    expect(probe.filter((r) => r.problem === false).length).toBeGreaterThan(100);
    expect(probe.every((r) => r.source === 'probe' && r.split === 'evaluation')).toBe(true);
    expect(trainingRows(probe)).toEqual([]);
  });
});

describe('external split rule', () => {
  it('hashes the whitespace-normalised text, so spacing never moves a row between splits', () => {
    const text = 'Яма на дороге возле дома';
    expect(externalSplit(`  Яма  на\nдороге\u00a0возле\tдома `)).toBe(externalSplit(text));
  });

  it('maps dataset classes to the appeal taxonomy (§6 crosswalk)', () => {
    expect(crosswalk('roads', 'Повреждения дорожного покрытия тротуара')).toBe('sidewalks');
    expect(crosswalk('roads', 'Повреждения или неисправность светофоров')).toBe('traffic');
    expect(crosswalk('garbage', 'Мусор на газонах')).toBe('waste');
    expect(crosswalk('heating', 'Низкая температура')).toBe('utilities');
    expect(crosswalk('healthcare', 'Вакцинация')).toBe('out_of_scope');
    expect(crosswalk('education', 'Неудовлетворительное состояние прилегающей территории школы')).toBe('yard');
    expect(crosswalk('education', 'Наличие очереди на места в дошкольные учреждения')).toBe('out_of_scope');
    expect(crosswalk('safety', 'Аварийные деревья')).toBe('greenery');
  });

  it('strips Kursk HTML', () => {
    expect(stripHtml('<p>Нет&nbsp;света &laquo;на&raquo; улице</p>')).toBe('Нет света «на» улице');
  });
});

describe.runIf(hasShared())('external datasets (../shared present)', () => {
  const checks = [
    { name: 'spb', load: loadSpb, rows: 59_889, evaluation: 12_005 },
    { name: 'kursk', load: loadKursk, rows: 3_000, evaluation: 630 },
    { name: 'cedr', load: loadCedr, rows: 9_410, evaluation: 1_974 },
    { name: 'kazsandra', load: loadKazsandra, rows: 8_941, evaluation: 1_793 },
    { name: 'boston', load: loadBoston, rows: 4_770, evaluation: 919 },
    { name: 'newport', load: loadNewport, rows: 1_031, evaluation: 1_031 },
  ];
  for (const check of checks) {
    it(`reproduces the README check counts for ${check.name}`, () => {
      const rows = check.load();
      expect(rows.length).toBe(check.rows);
      expect(rows.filter((r) => r.split === 'evaluation').length).toBe(check.evaluation);
    });
  }

  it('never trains on evaluation rows or on Newport', () => {
    const all = [...loadKursk(), ...loadBoston(), ...loadNewport(), ...loadCedr()];
    const training = trainingRows(all);
    expect(training.length).toBeGreaterThan(0);
    expect(training.every((r) => r.split === 'train' && r.source !== 'newport')).toBe(true);
  });

  it('keeps Kursk non-local topics (healthcare, education…) out of the positives', () => {
    const kursk = loadKursk();
    expect(kursk.filter((r) => r.problem === false).length).toBeGreaterThan(200);
    expect(kursk.every((r) => !/<p>|&nbsp;/.test(r.text))).toBe(true);
  });
});
