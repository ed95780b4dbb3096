// The Kursk category label audit (test/label-audit/README.md): how often careful readers of the text alone pick
// the category that the crosswalk derives from the portal's topic. It bounds what any category head can score
// against those labels.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './datasets.ts';
import { formatNumber } from './metrics.ts';

const AUDIT_PATH = path.join(repoRoot, 'test/label-audit/kursk-categories.jsonl');

/** One audited Kursk row: the main category each annotator read in the text ("not_local" when none). */
export interface AuditRow {
  id: string;
  a: string;
  b: string;
}

export function loadKurskAudit(): AuditRow[] {
  return readFileSync(AUDIT_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, a, b } = JSON.parse(line) as AuditRow;
      return { id, a, b };
    });
}

export interface Agreement {
  n: number;
  /** Share of rows where the labels under test equal annotator A's, B's, and both annotators' shared reading. */
  withA: number;
  withB: number;
  /** Over the rows where A and B agree. */
  withConsensus: number;
  consensusN: number;
}

/** How often `labels` (id → category) agree with the annotators, over the audited rows that `labels` covers. */
export function agreementWithAudit(audit: readonly AuditRow[], labels: ReadonlyMap<string, string | null>): Agreement {
  const rows = audit.filter((r) => labels.has(r.id));
  const share = (list: readonly AuditRow[], pick: (r: AuditRow) => string): number =>
    list.length === 0 ? 0 : list.filter((r) => labels.get(r.id) === pick(r)).length / list.length;
  const consensus = rows.filter((r) => r.a === r.b);
  return {
    n: rows.length,
    withA: share(rows, (r) => r.a),
    withB: share(rows, (r) => r.b),
    withConsensus: share(consensus, (r) => r.a),
    consensusN: consensus.length,
  };
}

/** Share of audited rows on which the two annotators chose the same category. */
export function annotatorAgreement(audit: readonly AuditRow[]): number {
  return audit.length === 0 ? 0 : audit.filter((r) => r.a === r.b).length / audit.length;
}

export function describeAgreement(label: string, x: Agreement): string {
  return `${label}: agreement with annotator A ${formatNumber(x.withA)}, with B ${formatNumber(x.withB)}, with their shared reading ${formatNumber(x.withConsensus)} (${x.consensusN} of ${x.n} rows)`;
}
