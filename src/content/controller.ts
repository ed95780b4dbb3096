// The content script's single lifecycle owner: construction is inert; start() reads settings and begins
// watching; destroy() (on extension context loss) stops everything and leaves disabled controls behind.
import type { Classification, PostSnapshot } from '../core/types.ts';
import type { Request, Response } from '../shared/messages.ts';
import { fingerprint, HOST_TAG } from '../sites/dom.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { createControl, GENERATION_ATTR, type Control } from './control.ts';
import type { Strings } from './strings.ts';
import { siteTheme } from './styles.ts';
import { createWatcher, type Scheduler } from './watcher.ts';
import { createWriteQueue } from './writes.ts';

const TICK_MS = 1000;
const CACHE_LIMIT = 2000;

export interface ContentDeps {
  adapter: SiteAdapter;
  doc: Document;
  classify(text: string): Classification;
  sendDraft(req: Request<'draft/fromPost'>): Promise<Response<'draft/fromPost'>>;
  loadSettings(): Promise<Response<'settings/content'>>;
  alive(): boolean;
  isContextLost(error: unknown): boolean;
  strings: Strings;
  scheduler: Scheduler;
  now(): Date;
}

interface PostState {
  signature: string;
  control: Control | null;
}

export interface ContentScript {
  start(): Promise<void>;
  destroy(): void;
  /** Drains queued work synchronously (tests and benchmarks). */
  flush(): void;
  readonly active: boolean;
}

let instances = 0;

export function createContentScript(deps: ContentDeps): ContentScript {
  const { adapter, doc, strings } = deps;
  const generation = `${Date.now()}${String(++instances).padStart(4, '0')}`;
  const states = new WeakMap<Element, PostState>();
  const controls = new Set<Control>();
  const verdicts = new Map<string, Classification>();
  let showOnAllPosts = false;
  let active = false;
  let theme = siteTheme(doc);
  let lastUrl = doc.location?.href ?? '';
  let tick: ReturnType<typeof setInterval> | undefined;

  const win = doc.defaultView;
  const writes = createWriteQueue(
    deps.scheduler,
    (run, ms) => (win ?? globalThis).setTimeout(run, ms),
    (timer) => (win ?? globalThis).clearTimeout(timer as number),
  );
  const watcher = createWatcher(doc, adapter, (post) => guard(() => processPost(post)), deps.scheduler, {
    beforeLayout: () => writes.runNow(),
    settled: () => writes.settled(),
  });

  function guard(work: () => void): void {
    try {
      if (!deps.alive()) destroy();
      else work();
    } catch (error) {
      if (deps.isContextLost(error)) destroy();
    }
  }

  function classifyOnce(text: string, key: string): Classification {
    let verdict = verdicts.get(key);
    if (!verdict) {
      if (verdicts.size >= CACHE_LIMIT) verdicts.clear();
      verdict = deps.classify(text);
      verdicts.set(key, verdict);
    }
    return verdict;
  }

  /** Reads and classifies now; the DOM changes wait for the site's next frame. */
  function processPost(post: Element): void {
    // Keyed on what is classified: a recycled row showing another post changes it, a ticking view counter or
    // relative date does not.
    const text = adapter.text(post);
    const textKey = fingerprint(text);
    const signature = `${adapter.id(post) ?? ''}|${textKey}`;
    const state = states.get(post);
    if (state && state.signature === signature && (!state.control || post.contains(state.control.host))) return;
    const verdict = classifyOnce(text, textKey);
    // Ads are checked only here, when a control is due: most posts are not problems and never need it.
    const wanted = (verdict.problem || showOnAllPosts) && !adapter.excluded(post);
    if (!wanted && !state?.control && post.getElementsByTagName(HOST_TAG).length === 0) {
      states.set(post, { signature, control: null });
      return;
    }
    writes.set(post, () => guard(() => {
      if (active && post.isConnected) applyVerdict(post, signature, wanted ? verdict : null);
    }));
  }

  function applyVerdict(post: Element, signature: string, verdict: Classification | null): void {
    const state = states.get(post);
    if (!verdict) {
      if (state?.control) removeControl(state.control);
      removeStaleHosts(post, null);
      states.set(post, { signature, control: null });
      return;
    }
    const reusable = state?.control && post.contains(state.control.host) ? state.control : null;
    if (!reusable && yieldToNewerScript(post)) return;
    const control = reusable ?? mountControl(post);
    control.show(verdict);
    states.set(post, { signature, control });
  }

  /** A host made by a newer script (after an extension update) means this script is the stale one. */
  function yieldToNewerScript(post: Element): boolean {
    const newer = Array.from(post.getElementsByTagName(HOST_TAG)).some((host) => (host.getAttribute(GENERATION_ATTR) ?? '') > generation);
    if (newer) destroy();
    return newer;
  }

  function mountControl(post: Element): Control {
    const control = createControl(doc, strings, generation, () => void fileDraft(post, control));
    control.setTheme(theme);
    removeStaleHosts(post, control.host);
    const anchor = adapter.anchor(post);
    if (anchor && anchor.parentNode) anchor.after(control.host);
    else post.append(control.host);
    controls.add(control);
    return control;
  }

  /** Our own hosts left by an earlier script, or by this one for a post a recycled row showed before. */
  function removeStaleHosts(post: Element, keep: Element | null): void {
    for (const host of Array.from(post.getElementsByTagName(HOST_TAG))) {
      if (host !== keep && adapter.postOf(host) === post) host.remove();
    }
  }

  function removeControl(control: Control): void {
    controls.delete(control);
    control.host.remove();
  }

  async function fileDraft(post: Element, control: Control): Promise<void> {
    if (!deps.alive()) return destroy();
    let snapshot: PostSnapshot;
    try {
      snapshot = adapter.snapshot(post, deps.now());
    } catch {
      return control.showResult('failed');
    }
    control.setBusy();
    try {
      const reply = await deps.sendDraft({ snapshot });
      control.showResult(reply.duplicate ? 'duplicate' : 'created');
    } catch (error) {
      if (deps.isContextLost(error)) destroy();
      else control.showResult('failed');
    }
  }

  function onTick(): void {
    if (!deps.alive()) return destroy();
    const url = doc.location?.href ?? '';
    if (url !== lastUrl) {
      lastUrl = url;
      watcher.rescan();
    }
    const current = siteTheme(doc);
    if (current !== theme) {
      theme = current;
      for (const control of controls) control.setTheme(theme);
    }
    for (const control of controls) if (!control.host.isConnected) controls.delete(control);
  }

  const onPopState = (): void => guard(() => watcher.rescan());

  function destroy(): void {
    if (!active && tick === undefined) return;
    active = false;
    watcher.stop();
    writes.cancel();
    clearInterval(tick);
    tick = undefined;
    doc.defaultView?.removeEventListener('popstate', onPopState);
    for (const control of controls) control.disable(strings.reloadPageHint);
  }

  return {
    async start() {
      if (active || !deps.alive()) return;
      try {
        showOnAllPosts = (await deps.loadSettings()).showOnAllPosts === true;
      } catch (error) {
        if (deps.isContextLost(error)) return;
      }
      active = true;
      tick = setInterval(onTick, TICK_MS);
      doc.defaultView?.addEventListener('popstate', onPopState);
      watcher.start();
    },
    destroy,
    flush() {
      watcher.flush();
      writes.runNow();
    },
    get active() {
      return active;
    },
  };
}
