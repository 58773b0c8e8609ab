import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRoomCode, normalizeCode, REFUSAL, ROOM_LIMITS, type JoinedRoom, type OpenedRoom } from '../src/room/protocol';
import type { Room, Rooms } from './rooms';
import { newPid, signToken, verifyToken } from './tokens';

export interface ApiContext {
  secret: Buffer;
  rooms: Rooms;
  /** Where participants reach this server: the addresses a join link may use. */
  joinOrigins: (request: IncomingMessage) => string[];
  /** A room was ended: its connections are closed and its documents forgotten. */
  onEnd: (room: Room) => void;
  /** Joining was opened or closed. */
  onJoining: (room: Room) => void;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const isLoopback = (request: IncomingMessage) => LOOPBACK.test(request.socket.remoteAddress ?? '');

/** A JSON body of at most 4 KB, sent as JSON from this origin: a form or another site cannot post here. */
async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const origin = request.headers.origin;
  if (origin && new URL(origin).host !== request.headers.host) throw new HttpError(403, 'This request came from another site.');
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'Send JSON.');
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 4096) throw new HttpError(413, 'The request is too large.');
  }
  try {
    const data: unknown = JSON.parse(text || '{}');
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch {
    // Said below, as for any body that is not an object.
  }
  throw new HttpError(400, 'The request is not a JSON object.');
}

/** The room a facilitator's bearer token opens. */
function facilitatorRoom(context: ApiContext, request: IncomingMessage, code: string): Room {
  const token = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
  const claims = verifyToken(context.secret, token);
  const room = context.rooms.get(code);
  if (!claims || claims.r !== 'f' || claims.room !== code || !room) throw new HttpError(403, 'This is not the facilitator of that room.');
  return room;
}

function openRoom(context: ApiContext, request: IncomingMessage, title: unknown): OpenedRoom {
  // A room is opened from the laptop that runs the server: a participant on the network cannot open one.
  if (!isLoopback(request)) throw new HttpError(403, 'A room can be opened only on the computer that runs the room server.');
  const room = context.rooms.open(typeof title === 'string' ? title : '');
  const exp = room.expiresAt;
  return {
    code: room.code,
    facilitatorToken: signToken(context.secret, { r: 'f', room: room.code, exp }),
    joinToken: signToken(context.secret, { r: 'j', room: room.code, exp }),
    viewerToken: signToken(context.secret, { r: 'v', room: room.code, exp }),
    expiresAt: exp,
  };
}

const joinAttempts = new Map<string, number[]>();

/** Typed codes are guessable in principle: a few attempts a minute per address. */
function limitTypedCodes(request: IncomingMessage) {
  const address = request.socket.remoteAddress ?? '';
  const now = Date.now();
  const recent = (joinAttempts.get(address) ?? []).filter((at) => at > now - 60_000);
  if (recent.length >= 20) throw new HttpError(429, 'Too many codes were tried from this device. Wait a minute, then try again.');
  joinAttempts.set(address, [...recent, now]);
}

/** The room a join asks for: by the link's join token, a participant's own token (rejoining), or a typed code. */
function joinTarget(context: ApiContext, request: IncomingMessage, body: Record<string, unknown>): { room: Room; pid?: string } {
  if (typeof body.code === 'string') {
    limitTypedCodes(request);
    const room = context.rooms.get(normalizeCode(body.code));
    if (!room || !isRoomCode(room.code) || room.expiresAt < Date.now()) throw new HttpError(404, 'No room has that code.');
    return { room };
  }
  const claims = verifyToken(context.secret, body.token);
  if (!claims || (claims.r !== 'j' && claims.r !== 'p')) throw new HttpError(403, 'This join link is not valid, or it has expired.');
  const room = context.rooms.get(claims.room) ?? context.rooms.recall(claims.room, claims.exp);
  return claims.r === 'p' ? { room, pid: claims.pid } : { room };
}

export function join(context: ApiContext, request: IncomingMessage, body: Record<string, unknown>): JoinedRoom {
  const { room, pid: known } = joinTarget(context, request, body);
  if (room.ended) throw new HttpError(410, REFUSAL.ended);
  if (!known && !room.joinOpen) throw new HttpError(403, REFUSAL.closed);
  if (!known && room.participants.size >= ROOM_LIMITS.participants) throw new HttpError(403, REFUSAL.full);
  const pid = known ?? newPid();
  context.rooms.addParticipant(room, pid);
  const token = signToken(context.secret, { r: 'p', room: room.code, pid, exp: room.expiresAt });
  return { code: room.code, pid, token, title: room.title, expiresAt: room.expiresAt };
}

export function sendJson(response: ServerResponse, status: number, data: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(JSON.stringify(data));
}

/** The room's HTTP endpoints; answers whether the request was one of them. */
export async function handleApi(context: ApiContext, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (!path.startsWith('/api/')) return false;
  try {
    if (path === '/api/room' && request.method === 'GET') {
      sendJson(response, 200, { room: true, joinOrigins: context.joinOrigins(request), canOpen: isLoopback(request) });
      return true;
    }
    if (request.method !== 'POST') throw new HttpError(405, 'Use POST.');
    const body = await jsonBody(request);
    if (path === '/api/rooms') return (sendJson(response, 201, openRoom(context, request, body.title)), true);
    if (path === '/api/join') return (sendJson(response, 200, join(context, request, body)), true);
    const action = /^\/api\/rooms\/([A-Z0-9]{6})\/(joining|end)$/.exec(path);
    if (!action) throw new HttpError(404, 'No such endpoint.');
    const room = facilitatorRoom(context, request, action[1]!);
    if (action[2] === 'end') {
      context.rooms.end(room);
      context.onEnd(room);
    } else {
      context.rooms.setJoinOpen(room, body.open === true);
      context.onJoining(room);
    }
    sendJson(response, 200, { joinOpen: room.joinOpen, ended: room.ended });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    sendJson(response, error.status, { error: error.message });
  }
  return true;
}
