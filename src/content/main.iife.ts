// Content-script entry (built as one classic script). Picks the site adapter and starts the lifecycle owner.
// No globals, no postMessage: everything stays inside this isolated world and our shadow roots.
import { classify } from '../core/classifier/index.ts';
import { send } from '../shared/messages.ts';
import { adapterFor } from '../sites/index.ts';
import { createContentScript } from './controller.ts';
import { extensionAlive, isContextLost } from './lifecycle.ts';
import { loadStrings } from './strings.ts';
import { idleScheduler } from './watcher.ts';

const adapter = adapterFor(location);
if (adapter && extensionAlive()) {
  void createContentScript({
    adapter,
    doc: document,
    classify,
    sendDraft: (req) => send('draft/fromPost', req),
    loadSettings: () => send('settings/content', {}),
    alive: extensionAlive,
    isContextLost,
    strings: loadStrings(),
    scheduler: idleScheduler(window),
    now: () => new Date(),
  }).start();
}
