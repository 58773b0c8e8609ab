import { Server, type Connection, type Hocuspocus } from '@hocuspocus/server';
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import * as Y from 'yjs';
import { CLOSE, parseDocName, REFUSAL, ROOM_LIMITS, stateDocName, type Roster } from '../src/room/protocol';
import { authorize, type Access } from './access';
import { handleApi, type ApiContext } from './api';
import { checkUpdate, messageRate, RefusedUpdate } from './checks';
import type { DataDir } from './dataDir';
import { createRooms, type Room, type Rooms } from './rooms';
import { createStaticFiles } from './staticFiles';

export interface RoomServerOptions {
  /** The built app. */
  dist: string;
  data: DataDir;
  /** 127.0.0.1 for this computer only; 0.0.0.0 for the venue network. */
  host: string;
  port: number;
  /** The address participants use, when it is not this computer's own (a name, or a hosted server). */
  publicOrigin?: string;
  log?: (line: string) => void;
}

/** This computer's addresses on its networks (IPv4, not loopback): where participants can reach it. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((entry) => (entry && entry.family === 'IPv4' && !entry.internal ? [entry.address] : []));
}

function joinOrigins(options: RoomServerOptions, port: () => number) {
  return (request: IncomingMessage) => {
    if (options.publicOrigin) return [options.publicOrigin];
    const lan = options.host === '127.0.0.1' ? [] : lanAddresses().map((address) => `http://${address}:${port()}`);
    return lan.length ? lan : [`http://${String(request.headers.host)}`];
  };
}

const accessOf = (connection: Connection) => connection.context as Access | undefined;

/** The facilitator's view of who is in the room, sent on their state connection (never to participants). */
function sendRoster(instance: Hocuspocus, room: Room) {
  const document = instance.documents.get(stateDocName(room.code));
  if (!document) return;
  const roster: Roster = { kind: 'roster', participants: [...room.participants].map(([pid, open]) => ({ pid, online: open > 0 })) };
  const text = JSON.stringify(roster);
  for (const connection of document.getConnections()) if (accessOf(connection)?.role === 'facilitator') connection.sendStateless(text);
}

/** Closes every connection to a room's documents with the code that tells the app the room has ended. */
function closeRoom(instance: Hocuspocus, room: Room) {
  for (const document of instance.documents.values()) {
    if (!document.name.startsWith(`room/${room.code}/`)) continue;
    for (const connection of document.getConnections()) connection.close({ code: CLOSE.ended, reason: REFUSAL.ended });
  }
}

function countConnection(instance: Hocuspocus, rooms: Rooms, access: Access | undefined, change: 1 | -1) {
  const room = access && rooms.get(access.room);
  if (!room || !access?.own || !access.pid) return;
  room.participants.set(access.pid, Math.max(0, (room.participants.get(access.pid) ?? 0) + change));
  sendRoster(instance, room);
}

/** The hooks that make Hocuspocus a room: tokens, checked updates, rates, the roster and the data folder. */
function roomHooks(options: RoomServerOptions, rooms: Rooms) {
  const { data } = options;
  const log = options.log ?? (() => {});
  const allowed = messageRate();
  return {
    onAuthenticate: async ({
      token,
      documentName,
      connectionConfig,
    }: {
      token: string;
      documentName: string;
      connectionConfig: { readOnly: boolean };
    }) => {
      const access = authorize(data.secret, rooms, token, documentName);
      connectionConfig.readOnly = !access.writes;
      return access;
    },
    connected: async ({ context, instance, documentName }: { context: Access; instance: Hocuspocus; documentName: string }) => {
      countConnection(instance, rooms, context, 1);
      const room = rooms.get(context.room);
      if (room && context.role === 'facilitator' && parseDocName(documentName)?.kind === 'state') sendRoster(instance, room);
    },
    onDisconnect: async ({ context, instance }: { context: Access; instance: Hocuspocus }) => countConnection(instance, rooms, context, -1),
    beforeHandleMessage: async ({ connection }: { connection: Connection }) => {
      if (!allowed(connection)) throw Object.assign(new Error('too many messages'), { code: CLOSE.tooFast, reason: 'too-fast' });
    },
    beforeSync: async ({
      type,
      payload,
      document,
      documentName,
      connection,
    }: {
      type: number;
      payload: Uint8Array;
      document: Y.Doc;
      documentName: string;
      connection: Connection;
    }) => {
      if ((type !== 1 && type !== 2) || connection.readOnly) return;
      try {
        checkUpdate(documentName, document, payload, CLOSE.refused);
      } catch (error) {
        if (error instanceof RefusedUpdate) log(error.message);
        throw error;
      }
    },
    // Awareness carries nothing the app needs: its content is never relayed, only its heartbeat.
    beforeHandleAwareness: async ({ states }: { states: Map<number, Record<string, unknown>> }) => {
      for (const id of states.keys()) states.set(id, {});
    },
    onLoadDocument: async ({ document, documentName }: { document: Y.Doc; documentName: string }) => {
      const stored = data.readDoc(documentName);
      if (stored) Y.applyUpdate(document, stored);
    },
    onStoreDocument: async ({ document, documentName }: { document: Y.Doc; documentName: string }) => {
      const room = rooms.get(parseDocName(documentName)?.room ?? '');
      if (room && !room.ended) data.writeDoc(documentName, Y.encodeStateAsUpdate(document));
    },
  };
}

/** Starts the app and its room on one port: static files, the room's endpoints and its WebSocket. */
export async function startRoomServer(options: RoomServerOptions) {
  const rooms = createRooms(options.data);
  const serveFile = createStaticFiles(resolve(options.dist));
  let port = options.port;
  // Made once, after the server it closes rooms on; requests arrive only once it listens.
  let api: ApiContext | undefined;
  const server = new Server({
    name: 'cpm-room',
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    // The presenter attaches every participant's document over its one socket.
    maxPendingDocuments: ROOM_LIMITS.participants * 2 + 10,
    websocketOptions: { maxPayload: ROOM_LIMITS.messageBytes },
    timeout: 60_000,
    ...roomHooks(options, rooms),
    onRequest: async ({ request, response }) => {
      if (!(await handleApi(api!, request, response))) await serveFile(request, response);
      // Answered: Hocuspocus's own "Welcome" reply must not follow, and it stops only on an empty rejection.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw null;
    },
  });
  api = {
    secret: options.data.secret,
    rooms,
    joinOrigins: joinOrigins(options, () => port),
    onEnd: (room) => closeRoom(server.hocuspocus, room),
    onJoining: (room) => sendRoster(server.hocuspocus, room),
  };
  const sockets = trackSockets(server.httpServer);
  await server.listen();
  port = server.address.port;
  return {
    server,
    rooms,
    port,
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`,
    /** Stops the server and drops every client's socket, as a stopped process would. */
    close: async () => {
      await server.destroy();
      for (const socket of sockets) socket.destroy();
    },
  };
}

/** The raw sockets of upgraded (WebSocket) connections, which closing the HTTP server leaves open. */
function trackSockets(http: Server['httpServer']): Set<Duplex> {
  const sockets = new Set<Duplex>();
  http.on('upgrade', (_request: IncomingMessage, socket: Duplex) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

export type RoomServer = Awaited<ReturnType<typeof startRoomServer>>;
