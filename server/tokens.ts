import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isPid, isRoomCode } from '../src/room/protocol';

/**
 * Room tokens: the claims in base64url JSON, then their HMAC-SHA256 under the server's secret.
 * A token names its room, its role, its participant (for a participant) and when it expires;
 * nothing else about a connection is trusted.
 */
export type Claims =
  | { r: 'f'; room: string; exp: number }
  | { r: 'j'; room: string; exp: number }
  | { r: 'v'; room: string; exp: number }
  | { r: 'p'; room: string; pid: string; exp: number };

const encode = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function signToken(secret: Buffer, claims: Claims): string {
  const body = encode(JSON.stringify(claims));
  return `${body}.${encode(createHmac('sha256', secret).update(body).digest())}`;
}

function validClaims(data: unknown): data is Claims {
  if (typeof data !== 'object' || data === null) return false;
  const claims = data as Record<string, unknown>;
  if (typeof claims.room !== 'string' || !isRoomCode(claims.room) || typeof claims.exp !== 'number') return false;
  if (claims.r === 'p') return typeof claims.pid === 'string' && isPid(claims.pid);
  return claims.r === 'f' || claims.r === 'j' || claims.r === 'v';
}

/** The token's claims when its signature holds and it has not expired; otherwise undefined. */
export function verifyToken(secret: Buffer, token: unknown, now = Date.now()): Claims | undefined {
  if (typeof token !== 'string' || token.length > 600) return undefined;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  return validClaims(claims) && claims.exp > now ? claims : undefined;
}

/** A participant id: 128 random bits. */
export const newPid = () => randomBytes(16).toString('base64url');

export const newSecret = () => randomBytes(32);
