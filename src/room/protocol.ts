/**
 * The live room's contract, shared by the room server and the app: how rooms and documents are
 * named, what each role may do, the room's limits and the room state the facilitator publishes.
 * Pure: no DOM or Node types, so both sides compile it.
 */
import { parseBallot, parseVoteCall, type VoteCall } from '../facilitate/voting';
import { LIMITS } from '../worksheet/limits';

/** Room codes avoid letters and digits that read alike (0/O, 1/I/L): 31 symbols, 6 of them. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
const CODE = `[${CODE_ALPHABET}]{${CODE_LENGTH}}`;

/** A participant id: 128 random bits in base64url. */
const PID = '[A-Za-z0-9_-]{22}';

export type Role = 'facilitator' | 'participant' | 'viewer';

export type DocName = { room: string; kind: 'state' } | { room: string; kind: 'participant'; pid: string };

const DOC_NAME = new RegExp(`^room/(${CODE})/(?:(state)|p/(${PID}))$`);

export const stateDocName = (room: string) => `room/${room}/state`;
export const participantDocName = (room: string, pid: string) => `room/${room}/p/${pid}`;

/** A document name inside the scheme, or undefined: anything else is refused. */
export function parseDocName(name: string): DocName | undefined {
  const match = DOC_NAME.exec(name);
  if (!match) return undefined;
  return match[2] ? { room: match[1]!, kind: 'state' } : { room: match[1]!, kind: 'participant', pid: match[3]! };
}

export const isRoomCode = (code: string) => new RegExp(`^${CODE}$`).test(code);
export const isPid = (pid: string) => new RegExp(`^${PID}$`).test(pid);

/** A typed code: spaces and dashes dropped, any case. */
export const normalizeCode = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

export const ROOM_LIMITS = {
  /** People in one room. */
  participants: 300,
  /** The largest WebSocket message the server takes; a share is far smaller. */
  messageBytes: 256 * 1024,
  /** The largest a participant's document may grow, encoded. */
  docBytes: 200 * 1024,
  /** Messages per connection per second, averaged over a few seconds. */
  messagesPerSecond: 40,
  /** How long a room's tokens last. */
  hours: 16,
} as const;

/** Close codes the server ends a connection with; the app tells the participant what happened. */
export const CLOSE = {
  ended: 4410,
  refused: 4400,
  tooFast: 4429,
} as const;

/** Why a connection was refused (the reason a provider hears with `permission-denied`). */
export const REFUSAL = {
  ended: 'room-ended',
  closed: 'joining-closed',
  full: 'room-full',
  denied: 'permission-denied',
} as const;

/** What the facilitator publishes to the room, in the room's state document. */
export interface RoomState {
  /** The facilitation session's name, for "Live with …". */
  title: string;
  /** The exercise being run, so a participant's device can offer it. */
  current?: string;
  /** Dot voting, while a round is open. */
  vote?: VoteCall;
}

const VOTE_LIMITS = { ideas: LIMITS.ideasPerBoard, text: LIMITS.idea };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The room state read from a document, or undefined when it is missing or malformed. */
export function parseRoomState(value: unknown): RoomState | undefined {
  if (!isObject(value) || typeof value.title !== 'string') return undefined;
  if (value.current !== undefined && typeof value.current !== 'string') return undefined;
  // The call travels as JSON text, so the map holds plain values the server can compare.
  const vote = value.vote === undefined ? undefined : parseVoteCall(value.vote, VOTE_LIMITS);
  if (value.vote !== undefined && !vote) return undefined;
  return { title: value.title.slice(0, 200), ...(value.current ? { current: value.current } : {}), ...(vote ? { vote } : {}) };
}

/** A participant's ballot in their share, or undefined when it is not one this app writes. */
export const parseShareBallot = (text: unknown) => parseBallot(text, LIMITS.ideasPerBoard);

/** The key a participant's share keeps their ballot under, beside the exercises they share. */
export const BALLOT_KEY = 'votes';

/** The roster the server sends the facilitator: each participant's id and whether they are connected. */
export interface Roster {
  kind: 'roster';
  participants: Array<{ pid: string; online: boolean }>;
}

export function parseRoster(text: string): Roster | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.kind !== 'roster' || !Array.isArray(data.participants)) return undefined;
  const participants = data.participants.filter(
    (entry): entry is { pid: string; online: boolean } =>
      isObject(entry) && typeof entry.pid === 'string' && isPid(entry.pid) && typeof entry.online === 'boolean',
  );
  return { kind: 'roster', participants };
}

/** What opening a room gives the facilitator. */
export interface OpenedRoom {
  code: string;
  facilitatorToken: string;
  joinToken: string;
  viewerToken: string;
  expiresAt: number;
}

/** What joining gives a participant. */
export interface JoinedRoom {
  code: string;
  pid: string;
  token: string;
  title: string;
  expiresAt: number;
}
