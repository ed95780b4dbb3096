import { CHROMIUM_MISSING, findChromium } from '../../scripts/lib/browser.ts';
import { ensureBuild } from '../../scripts/ensure-build.ts';

export default function setup(): void {
  // One clear line instead of a silent skip: e2e is part of `npm test`, not an optional extra.
  if (!findChromium()) throw new Error(CHROMIUM_MISSING);
  ensureBuild();
}
