import { newId } from '../worksheet/ids';
import { TEMPLATE } from '../worksheet/template';

/**
 * The one way windows of this browser talk to each other (BroadcastChannel, no server).
 * Every message carries the app's protocol and template versions: a message from a newer
 * version tells this tab it is out of date, so it steps aside; anything malformed is dropped.
 */

/** Bumped whenever the shape of any message changes. */
export const PROTOCOL = 2;

/** This tab, for ordering concurrent writes and ignoring its own echoes. */
export const TAB_ID = newId();

interface Envelope {
  app: 'cpm-workshop';
  protocol: number;
  template: number;
  tab: string;
  /** Null for a bare "I am here", sent to tell an older tab that a newer version is open. */
  body: unknown;
}

export interface Broadcast<T> {
  post(body: T): void;
  close(): void;
}

export interface BroadcastOptions<T> {
  /** Turns a message body into a trusted value, or undefined to drop it. */
  parse: (body: unknown) => T | undefined;
  onMessage: (body: T, fromTab: string) => void;
  /** Another tab runs a newer version: this one must stop writing and ask for a reload. */
  onNewerVersion: () => void;
}

function isEnvelope(data: unknown): data is Envelope {
  if (typeof data !== 'object' || data === null) return false;
  const e = data as Record<string, unknown>;
  return e.app === 'cpm-workshop' && Number.isInteger(e.protocol) && Number.isInteger(e.template) && typeof e.tab === 'string';
}

/** Which of two versions is newer: negative when theirs is older, positive when newer. */
function compareVersion(envelope: Envelope): number {
  return envelope.protocol - PROTOCOL || envelope.template - TEMPLATE.version;
}

export function openBroadcast<T>(name: string, options: BroadcastOptions<T>): Broadcast<T> {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(`cpm-workshop:${name}`);
  // A page that is closing may still finish work that posts: after close, there is no one to tell.
  let closed = false;
  const send = (body: unknown) => {
    if (!closed)
      channel.postMessage({ app: 'cpm-workshop', protocol: PROTOCOL, template: TEMPLATE.version, tab: TAB_ID, body } satisfies Envelope);
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const envelope = event.data;
    // A channel never hears its own posts, so every message here is another window's.
    if (!isEnvelope(envelope)) return;
    const age = compareVersion(envelope);
    if (age > 0) return options.onNewerVersion();
    // An older tab is still open: say so, and it steps aside.
    if (age < 0) return send(null);
    if (envelope.body === null) return;
    const body = options.parse(envelope.body);
    if (body !== undefined) options.onMessage(body, envelope.tab);
  };
  return {
    post: send,
    close: () => {
      closed = true;
      channel.close();
    },
  };
}
