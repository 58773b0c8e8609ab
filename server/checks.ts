import * as Y from 'yjs';
import { contributionFromShare } from '../src/room/projection';
import { BALLOT_KEY, parseDocName, parseRoomState, parseShareBallot, ROOM_LIMITS, type DocName } from '../src/room/protocol';
import { TEMPLATE } from '../src/worksheet/template';

/** Why an update was refused, in one line for the server's log. */
export class RefusedUpdate extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly reason: string,
  ) {
    super(message);
  }
}

const STATE_KEYS = new Set(['title', 'current', 'vote']);

/** What a document may hold after an update: its one map, in the shape the app writes. */
function checkContent(name: DocName, doc: Y.Doc): void {
  const roots = [...doc.share.keys()];
  const root = name.kind === 'state' ? 'state' : 'share';
  if (roots.some((key) => key !== root)) throw new Error(`it adds a part named “${roots.find((k) => k !== root)!.slice(0, 40)}”.`);
  const map = doc.getMap(root).toJSON();
  if (name.kind === 'participant') {
    if (map[BALLOT_KEY] !== undefined && !parseShareBallot(map[BALLOT_KEY])) throw new Error('its votes are not a ballot this app writes.');
    if (Object.keys(map).length) contributionFromShare(TEMPLATE, name.pid, map);
    return;
  }
  if (!Object.keys(map).length) return;
  if (Object.keys(map).some((key) => !STATE_KEYS.has(key)) || !parseRoomState(map)) {
    throw new Error('it is not a room state this app writes.');
  }
}

/**
 * Applies an incoming update to a copy of the document and checks the result with the app's
 * own validators and limits, before the real document takes it. The network is untrusted:
 * a share must read back as a contribution would from a file.
 */
export function checkUpdate(documentName: string, document: Y.Doc, update: Uint8Array, refused: number): void {
  const name = parseDocName(documentName);
  if (!name) throw new RefusedUpdate('a document outside the scheme', refused, 'refused');
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
    Y.applyUpdate(probe, update);
    const size = Y.encodeStateAsUpdate(probe).length;
    if (size > ROOM_LIMITS.docBytes) throw new Error(`it would make the document ${Math.round(size / 1024)} KB.`);
    checkContent(name, probe);
  } catch (error) {
    throw new RefusedUpdate(`Refused an update to ${documentName}: ${(error as Error).message}`, refused, 'refused');
  } finally {
    probe.destroy();
  }
}

/** A token bucket per connection: a burst as large as joining needs, then a steady rate. */
export function createRateLimit(perSecond: number, burst: number, now: () => number = Date.now) {
  const buckets = new WeakMap<object, { tokens: number; at: number }>();
  return (key: object): boolean => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: burst, at: time };
    bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
    bucket.at = time;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}

export const messageRate = () => createRateLimit(ROOM_LIMITS.messagesPerSecond, ROOM_LIMITS.messagesPerSecond * 5);
