// The one message protocol between the content script, the service worker and the extension pages.
// Each entry names a request and its reply; `from` says which senders the service worker accepts.
import browser, { type Runtime } from 'webextension-polyfill';
import type { PostSnapshot } from '../core/types.ts';

export type Sender = 'content' | 'page';

interface Message<Req, Res, From extends Sender> {
  req: Req;
  res: Res;
  from: From;
}

export interface Protocol {
  /** The user clicked "File as appeal" on a post: create (or find) the draft and show it. */
  'draft/fromPost': Message<
    // No classification: the worker classifies the text itself rather than trust the page-exposed context.
    { snapshot: PostSnapshot },
    { appealId: string; duplicate: boolean; shownIn: 'popup' | 'page' },
    'content'
  >;
  /** Settings the content script needs: whether to put the control on every post. */
  'settings/content': Message<Record<string, never>, { showOnAllPosts: boolean }, 'content'>;
  /** A page changed appeals: recompute reminders and the badge. */
  'reminders/sync': Message<Record<string, never>, { overdue: number }, 'page'>;
}

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['req'];
export type Response<K extends MessageName> = Protocol[K]['res'];

interface Envelope<K extends MessageName = MessageName> {
  name: K;
  req: Request<K>;
}

/** Sends a message to the service worker and resolves with its typed reply. */
export async function send<K extends MessageName>(name: K, req: Request<K>): Promise<Response<K>> {
  const reply = (await browser.runtime.sendMessage({ name, req } satisfies Envelope<K>)) as
    | { ok: true; res: Response<K> }
    | { ok: false; error: string }
    | undefined;
  if (!reply) throw new Error(`No handler for ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.res;
}

export type Handlers = {
  [K in MessageName]: (req: Request<K>, sender: Runtime.MessageSender) => Promise<Response<K>>;
};

const SENDERS: { [K in MessageName]: Protocol[K]['from'] } = {
  'draft/fromPost': 'content',
  'settings/content': 'content',
  'reminders/sync': 'page',
};

/** Which kind of context sent a message; null when it is not ours (another extension, a web page). */
export function senderKind(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): Sender | null {
  if (sender.id !== extensionId) return null;
  if (sender.tab && sender.url && !sender.url.startsWith(extensionOrigin)) return 'content';
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  return null;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).name === 'string' &&
    Object.hasOwn(SENDERS, (value as Envelope).name);
}

/**
 * Builds the service worker's single onMessage listener. It answers only our own messages, from the kind of
 * sender each message allows, and always replies with a Promise (the polyfill's contract); foreign messages get
 * `undefined` so that other listeners stay free to answer.
 */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const kind = senderKind(sender, extensionId, extensionOrigin);
    if (kind !== SENDERS[message.name]) return Promise.resolve({ ok: false, error: 'sender not allowed' });
    const handler = handlers[message.name] as (req: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return handler(message.req, sender).then(
      (res) => ({ ok: true, res }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
