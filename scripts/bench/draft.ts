// Cost of building a draft: the first call in a fresh page (lazy indexes of the directory) and the steady state,
// for a typical post and for a 100,000-character one. The popup builds one draft per click.
import { buildDraft, renderAppeal } from '../../src/core/draft/index.ts';
import type { Classification } from '../../src/core/types.ts';

const CLASSIFICATION: Classification = { problem: true, score: 0.9, category: 'roads', emergency: false, evidence: [] };
const TYPICAL = 'Люди, в Караганде на ул. Ерубаева у дома 12 яма по колено уже третью неделю 😡 акимат молчит #караганда';
const HUGE = `Алматы, ул. Абая 10. ${'Яма на дороге очень большая и опасная. '.repeat(2600)}`;

function timeDraft(text: string, id: string): number {
  const started = performance.now();
  const draft = buildDraft({ selection: text, classification: CLASSIFICATION, now: '2026-11-23T10:00:00Z', id });
  renderAppeal(draft.appeal);
  return performance.now() - started;
}

export default async function benchDraft(): Promise<void> {
  const first = timeDraft(TYPICAL, 'first');
  const runs = 300;
  const started = performance.now();
  for (let i = 0; i < runs; i++) timeDraft(`${TYPICAL} ${i}`, String(i));
  const steady = (performance.now() - started) / runs;
  const huge = timeDraft(HUGE, 'huge');
  console.log(`draft: first ${first.toFixed(1)} ms, steady ${steady.toFixed(2)} ms/draft, 100k-char post ${huge.toFixed(1)} ms`);
}
