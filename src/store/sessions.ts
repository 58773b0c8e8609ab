import { newSession, type FacilitationSession } from '../facilitate/session';
import { TEMPLATE } from '../worksheet/template';
import { cleanText, LIMITS } from '../worksheet/limits';
import { db, putNow } from './db';

export type { FacilitationSession } from '../facilitate/session';

export async function createSession(name: string, date: string, now = Date.now()): Promise<FacilitationSession> {
  const session = newSession(TEMPLATE, cleanText(name, LIMITS.sessionName).trim() || 'Untitled session', date, now);
  await (await db()).add('sessions', session);
  return session;
}

export async function getSession(id: string): Promise<FacilitationSession | undefined> {
  return (await db()).get('sessions', id);
}

/** Newest first. */
export async function listSessions(): Promise<FacilitationSession[]> {
  return (await (await db()).getAllFromIndex('sessions', 'updatedAt')).reverse();
}

export async function putSession(session: FacilitationSession): Promise<void> {
  await putNow('sessions', session);
}

export async function deleteSession(id: string): Promise<FacilitationSession | undefined> {
  const tx = (await db()).transaction('sessions', 'readwrite');
  const session = await tx.store.get(id);
  if (session) await tx.store.delete(id);
  await tx.done;
  return session;
}
