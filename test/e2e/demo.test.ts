// `npm start` on a machine without a display: the newcomer's first command must work and say what it made.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { repoRoot } from '../../scripts/lib/browser.ts';

describe('npm start without a display', () => {
  it('runs the demo headless and prints the paths of the screenshots it took', () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    const out = execFileSync('npx', ['tsx', 'scripts/start.ts'], { cwd: repoRoot, env, encoding: 'utf8', timeout: 90_000 });
    const shots = out.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.png'));
    expect(shots.map((s) => s.replace(/.*\//, ''))).toEqual(['feed-vk.png', 'feed-ok.png', 'feed-facebook.png', 'feed-instagram.png', 'draft.png']);
    for (const shot of shots) {
      expect(existsSync(shot)).toBe(true);
      expect(statSync(shot).size).toBeGreaterThan(5_000);
    }
  }, 120_000);
});
