import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';

/**
 * The one place the app talks to Hocuspocus: a socket per device, and on it one provider per
 * document. Kept small so a new major version of the provider changes one file.
 */
export type RoomSocket = HocuspocusProviderWebsocket;

/**
 * One socket to the room server. A room outage is short (a laptop sleeping, a server restart):
 * retries stay within 5 s, and a device that comes back online or to the front retries at once.
 */
export function openRoomSocket(url: string, WebSocketPolyfill?: unknown): RoomSocket {
  const socket = new HocuspocusProviderWebsocket({
    url,
    delay: 500,
    minDelay: 500,
    maxDelay: 5_000,
    factor: 1.5,
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
  });
  const g = globalThis as unknown as {
    addEventListener?: (type: string, listener: () => void) => void;
    document?: { visibilityState: string };
  };
  if (g.addEventListener) {
    const retry = () => {
      if (g.document?.visibilityState !== 'hidden' && socket.status !== WebSocketStatus.Connected) void socket.connect();
    };
    g.addEventListener('online', retry);
    g.addEventListener('visibilitychange', retry);
  }
  return socket;
}

export interface DocEvents {
  onSynced?: (doc: Y.Doc) => void;
  /** The server refused the token or the document; the reason is one of REFUSAL's. */
  onRefused?: (reason: string) => void;
  /** The server closed this document's connection (the reason says why, e.g. the room ended). */
  onClosed?: (reason: string) => void;
  onStateless?: (payload: string) => void;
}

/**
 * A document on the socket. `awareness` is on for one document per socket: its heartbeat keeps
 * the socket known to be alive; the rest send none.
 */
export function openDoc(socket: RoomSocket, name: string, token: string, events: DocEvents, awareness = false): HocuspocusProvider {
  const document = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document,
    token,
    ...(awareness ? {} : { awareness: null }),
    onSynced: () => events.onSynced?.(document),
    onAuthenticationFailed: ({ reason }) => events.onRefused?.(reason),
    onClose: ({ event }) => events.onClosed?.(event.reason),
    onStateless: ({ payload }) => events.onStateless?.(payload),
  });
  // A provider on a shared socket does not attach itself: without this nothing syncs, silently.
  provider.attach();
  return provider;
}
