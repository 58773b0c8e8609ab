import type { JoinedRoom, OpenedRoom } from './protocol';

/** The room server's HTTP endpoints, from the app. Each failure is a sentence a user can act on. */

export interface ServerInfo {
  joinOrigins: string[];
  canOpen: boolean;
}

/** The room server behind this copy of the app, or undefined on a plain static host. */
export async function roomServerInfo(): Promise<ServerInfo | undefined> {
  try {
    const response = await fetch('./api/room', { cache: 'no-store' });
    const data = (await response.json()) as Partial<ServerInfo> & { room?: boolean };
    return response.ok && data.room ? { joinOrigins: data.joinOrigins ?? [], canOpen: data.canOpen === true } : undefined;
  } catch {
    return undefined;
  }
}

const SAY: Record<string, string> = {
  'room-ended': 'The room has ended.',
  'joining-closed': 'The facilitator has closed joining.',
  'room-full': 'The room is full.',
};

const NO_SERVER =
  'This copy of the app has no room server, so it cannot join a live room. Your facilitator can take your answers as a contribution file instead (Share with the facilitator).';

async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error('The room server could not be reached. Check the network, then try again.');
  }
  const data = (await response.json().catch(() => ({}))) as T & { error?: string };
  // A static host answers 404 with no word of ours: this copy of the app has no room server.
  if (response.status === 404 && !data.error) throw new Error(NO_SERVER);
  if (!response.ok) throw new Error(SAY[data.error ?? ''] ?? data.error ?? `The room server answered ${response.status}.`);
  return data;
}

export const openRoom = (title: string) => post<OpenedRoom>('./api/rooms', { title });
export const joinRoom = (request: { token: string } | { code: string }) => post<JoinedRoom>('./api/join', request);
export const endRoom = (code: string, token: string) => post<unknown>(`./api/rooms/${code}/end`, {}, token);
export const setJoining = (code: string, token: string, open: boolean) =>
  post<{ joinOpen: boolean }>(`./api/rooms/${code}/joining`, { open }, token);

/** The room's WebSocket address on this origin (ws: on http, wss: on https). */
export const roomSocketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/room`;
