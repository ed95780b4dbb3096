// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasShared, loadKursk } from '../../scripts/lib/datasets.ts';
import { agreementWithAudit, annotatorAgreement, loadKurskAudit, type AuditRow } from '../../scripts/lib/label-audit.ts';
import { CATEGORIES } from '../../src/core/types.ts';

const audit = loadKurskAudit();

describe('Kursk category label audit', () => {
  it('holds 200 rows labelled by both annotators with taxonomy codes', () => {
    expect(audit).toHaveLength(200);
    expect(new Set(audit.map((r) => r.id)).size).toBe(200);
    const allowed = new Set<string>([...CATEGORIES, 'not_local']);
    expect(audit.every((r) => allowed.has(r.a) && allowed.has(r.b))).toBe(true);
  });

  it('scores labels against each annotator and their shared reading', () => {
    const rows: AuditRow[] = [
      { id: '1', a: 'roads', b: 'roads' },
      { id: '2', a: 'waste', b: 'greenery' },
      { id: '3', a: 'housing', b: 'housing' },
      { id: '4', a: 'lighting', b: 'lighting' },
    ];
    const labels = new Map([
      ['1', 'roads'],
      ['2', 'greenery'],
      ['3', 'utilities'],
    ]);
    expect(agreementWithAudit(rows, labels)).toEqual({ n: 3, withA: 1 / 3, withB: 2 / 3, withConsensus: 1 / 2, consensusN: 2 });
    expect(annotatorAgreement(rows)).toBe(3 / 4);
  });

  it.runIf(hasShared())('audits only Kursk TRAINING rows that the crosswalk gives a category', () => {
    const kursk = new Map(loadKursk().map((e) => [e.id, e]));
    for (const row of audit) {
      const example = kursk.get(row.id);
      expect(example?.split, row.id).toBe('train');
      expect(example?.category, row.id).not.toBeNull();
    }
  });
});
