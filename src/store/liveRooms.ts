import type { Membership, PresenterRoom } from '../room/membership';

export type { Membership, PresenterRoom };

/**
 * Which live room a session or a worksheet is in, on this device: small records in
 * localStorage, so a reload rejoins the same room as the same participant (counted once).
 * They hold room tokens, never answers; an expired one is forgotten when read.
 */

const presenterKey = (sessionId: string) => `cpm-workshop:room:session:${sessionId}`;
const memberKey = (worksheetId: string) => `cpm-workshop:room:worksheet:${worksheetId}`;
const codeKey = (code: string) => `cpm-workshop:room:code:${code}`;

function read<T extends { expiresAt: number }>(key: string): T | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as T | null;
    if (value && typeof value.expiresAt === 'number' && value.expiresAt > Date.now()) return value;
    localStorage.removeItem(key);
  } catch {
    // Unreadable or refused storage: as if there were no room.
  }
  return undefined;
}

function write(key: string, value: unknown) {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode): the room lasts for this page only.
  }
}

export const loadPresenterRoom = (sessionId: string) => read<PresenterRoom>(presenterKey(sessionId));
export const savePresenterRoom = (sessionId: string, room: PresenterRoom | undefined) => write(presenterKey(sessionId), room);

export const loadMembership = (worksheetId: string) => read<Membership>(memberKey(worksheetId));
export function saveMembership(membership: Membership) {
  write(memberKey(membership.worksheetId), membership);
  write(codeKey(membership.code), { worksheetId: membership.worksheetId, expiresAt: membership.expiresAt });
}
/** The worksheet this device already uses in a room, so joining again opens it rather than a new one. */
export const worksheetInRoom = (code: string) => read<{ worksheetId: string; expiresAt: number }>(codeKey(code))?.worksheetId;
