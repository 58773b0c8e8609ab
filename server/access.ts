import { parseDocName, REFUSAL, ROOM_LIMITS, type Role } from '../src/room/protocol';
import type { Room, Rooms } from './rooms';
import { verifyToken } from './tokens';

/** What the server knows of one authenticated document connection. */
export interface Access {
  role: Role;
  room: string;
  /** The participant's own id, on a participant's connections. */
  pid?: string;
  /** Whether this connection writes the document (its own share, or the facilitator's state). */
  writes: boolean;
  /** Whether it is the participant's own document (counted as being in the room). */
  own: boolean;
}

/** A refusal a provider hears as `authenticationFailed` with this reason. */
export class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The room a valid token names, known again if this server forgot it, or a refusal if it ended. */
function roomOf(rooms: Rooms, code: string, expiresAt: number): Room {
  const room = rooms.get(code) ?? rooms.recall(code, expiresAt);
  if (room.ended) throw new Refusal(REFUSAL.ended);
  return room;
}

/**
 * Who may open which document, from the token alone: the facilitator writes the room's state
 * and reads everyone's share; a participant writes only their own share and reads the state;
 * a viewer (a projector on another device) reads and writes nothing. Anything else is refused.
 */
export function authorize(secret: Buffer, rooms: Rooms, token: unknown, documentName: string): Access {
  const claims = verifyToken(secret, token);
  const name = parseDocName(documentName);
  if (!claims || !name || claims.room !== name.room || claims.r === 'j') throw new Refusal(REFUSAL.denied);
  const room = roomOf(rooms, claims.room, claims.exp);
  if (claims.r === 'f') return { role: 'facilitator', room: room.code, writes: name.kind === 'state', own: false };
  if (claims.r === 'v') return { role: 'viewer', room: room.code, writes: false, own: false };
  const own = name.kind === 'participant' && name.pid === claims.pid;
  if (name.kind === 'participant' && !own) throw new Refusal(REFUSAL.denied);
  if (!room.participants.has(claims.pid)) {
    if (room.participants.size >= ROOM_LIMITS.participants) throw new Refusal(REFUSAL.full);
    rooms.addParticipant(room, claims.pid);
  }
  return { role: 'participant', room: room.code, pid: claims.pid, writes: own, own };
}
