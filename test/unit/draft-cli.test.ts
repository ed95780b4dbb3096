// @vitest-environment node
// `npm run --silent draft < in.jsonl`: the contract other tools rely on, including a bad line in the middle.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('draft CLI', () => {
  it('writes one proposed appeal per input line and reports a bad line without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Третий день нет горячей воды в доме 5 по улице Ленина в Самаре, УК не отвечает.', network: 'vk' }),
      'not json',
      JSON.stringify({ id: 'b', text: '😡😡', country: 'KZ', channel: 'eotinish', lang: 'kk' }),
    ].join('\n');
    const run = spawnSync('npx', ['tsx', 'scripts/draft.ts'], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0]).toMatchObject({ jurisdiction: 'RU', category: 'utilities', location: { city: expect.stringMatching(/Самар/) } });
    expect(out[0].location.address).toMatch(/Ленина/);
    expect(out[0].recipient.name).toBeTruthy();
    expect(out[0].text).toContain(out[0].subject);
    expect(out[1]).toMatchObject({ jurisdiction: 'KZ', channel: 'eotinish', lang: 'kk' });
    expect(out[1].missing).toContain('applicant.fullName');
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(errors).toEqual([expect.objectContaining({ line: 2 })]);
  }, 60_000);
});
