import type { HocuspocusProvider } from '@hocuspocus/provider';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as Y from 'yjs';
import { openDoc, openRoomSocket, type RoomSocket } from '../../src/room/connection';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { JoinedRoom, OpenedRoom } from '../../src/room/protocol';
import { memoryDataDir, type DataDir } from '../../server/dataDir';
import { startRoomServer, type RoomServer } from '../../server/roomServer';

/** Node's ws, by its file: under the test runner 'ws' resolves to its browser stub, which only throws. */
export const WebSocket = createRequire(import.meta.url)(resolve('node_modules/ws/index.js')) as RawSocketClass;

/** What the tests use of a raw ws socket. */
type RawSocketClass = new (url: string) => {
  on: (event: 'open', listener: () => void) => void;
  send: (data: Buffer | string) => void;
  close: () => void;
};

/** A room server on a free loopback port, over a built page of its own (tests/fixtures/room-dist). */
export async function startTestServer(data: DataDir = memoryDataDir(), port = 0): Promise<RoomServer> {
  return startRoomServer({ dist: 'tests/fixtures/room-dist', data, host: '127.0.0.1', port, log: () => {} });
}

export async function post<T>(server: RoomServer, path: string, body: unknown, token?: string): Promise<{ status: number; data: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, data: (await response.json()) as T };
}

export const openRoom = async (server: RoomServer, title = 'Test session') =>
  (await post<OpenedRoom>(server, '/api/rooms', { title })).data;
export const joinRoom = async (server: RoomServer, token: string) => (await post<JoinedRoom>(server, '/api/join', { token })).data;

const opened: RoomSocket[] = [];

/** A socket of its own to the server, closed by `closeSockets` after the test. */
export function socketTo(server: RoomServer): RoomSocket {
  const socket = openRoomSocket(`${server.url.replace('http', 'ws')}/room`, WebSocket);
  opened.push(socket);
  return socket;
}

export function closeSockets() {
  for (const socket of opened.splice(0)) socket.destroy();
}

export type Outcome = { synced: true; doc: Y.Doc; provider: HocuspocusProvider } | { synced: false; reason: string };

/** Opens a document and waits until it syncs or is refused. */
export function attach(socket: RoomSocket, name: string, token: string, awareness = false): Promise<Outcome> {
  return new Promise((resolve) => {
    const provider = openDoc(
      socket,
      name,
      token,
      {
        onSynced: (doc) => resolve({ synced: true, doc, provider }),
        onRefused: (reason) => resolve({ synced: false, reason }),
      },
      awareness,
    );
  });
}

export async function synced(socket: RoomSocket, name: string, token: string): Promise<{ doc: Y.Doc; provider: HocuspocusProvider }> {
  const outcome = await attach(socket, name, token);
  if (!outcome.synced) throw new Error(`${name} was refused: ${outcome.reason}`);
  return outcome;
}

/** Waits for a condition, checking every 20 ms, failing with a message after `ms`. */
export async function until(condition: () => boolean, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One server and one open room for a test file; every socket a test opened is closed after it. */
export function serverForThisFile(): () => { server: RoomServer; room: OpenedRoom } {
  let opened: { server: RoomServer; room: OpenedRoom } | undefined;
  beforeAll(async () => {
    const server = await startTestServer();
    opened = { server, room: await openRoom(server) };
  });
  afterEach(closeSockets);
  afterAll(() => opened?.server.close());
  return () => opened!;
}
