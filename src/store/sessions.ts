import { isJoinScreen, newSession, roomExercises, type FacilitationSession, type Idea, type TimerState } from '../facilitate/session';
import { parseVoteRound, type VoteRound } from '../facilitate/voting';
import { TEMPLATE } from '../worksheet/template';
import { cleanText, LIMITS } from '../worksheet/limits';
import type { RoomAnswersRecord } from '../synthesis/roomAnswers';
import { db, putNow } from './db';

export type { FacilitationSession } from '../facilitate/session';

export async function createSession(name: string, date: string, now = Date.now()): Promise<FacilitationSession> {
  const session = newSession(TEMPLATE, cleanText(name, LIMITS.sessionName).trim() || 'Untitled session', date, now);
  await (await db()).add('sessions', session);
  return session;
}

/** A stored session, upgraded to what this version of the app can run; undefined if it is not here. */
export async function getSession(id: string): Promise<FacilitationSession | undefined> {
  const stored = await (await db()).get('sessions', id);
  return stored && upgradeSession(stored);
}

/**
 * A session as stored by any version, or damaged: the exercise it points at exists in this
 * template, and every field the presenter reads has its type. What is sound is kept as is.
 */
export function upgradeSession(stored: FacilitationSession): FacilitationSession {
  const fresh = newSession(TEMPLATE, 'Untitled session', stored.date, stored.createdAt);
  const last = roomExercises(TEMPLATE).length - 1;
  const current = Number.isInteger(stored.current) ? Math.min(Math.max(stored.current, 0), last) : 0;
  const string = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const flag = (value: unknown) => value === true;
  const { join, votes, ...rest } = stored;
  return {
    ...rest,
    name: string(stored.name, fresh.name),
    date: string(stored.date, fresh.date),
    rev: finite(stored.rev) ? stored.rev : 1,
    current,
    revealed: isRecord(stored.revealed) ? stored.revealed : {},
    blank: flag(stored.blank),
    holdNewIdeas: flag(stored.holdNewIdeas),
    timer: soundTimer(stored.timer) ? stored.timer : fresh.timer,
    ...soundTimers(stored.timers),
    boards: isRecord(stored.boards) ? soundBoards(stored.boards) : {},
    ...(isJoinScreen(join) ? { join } : {}),
    ...soundVotes(votes),
  };
}

/** Keeps the other exercises' sound timers; a damaged one starts over when its exercise comes back. */
function soundTimers(timers: unknown): { timers?: Record<string, TimerState> } {
  if (!isRecord(timers)) return {};
  return { timers: Object.fromEntries(Object.entries(timers).filter(([, timer]) => soundTimer(timer))) };
}

/** Keeps each sound round of dot voting; a damaged one is dropped, not the session. */
function soundVotes(votes: unknown): { votes?: Record<string, VoteRound> } {
  if (!isRecord(votes)) return {};
  const rounds = Object.entries(votes).flatMap(([id, round]) => {
    const sound = parseVoteRound(round);
    return sound ? [[id, sound] as const] : [];
  });
  return rounds.length ? { votes: Object.fromEntries(rounds) } : {};
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, never> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function soundTimer(timer: unknown): timer is TimerState {
  if (!isRecord(timer)) return false;
  const { durationMs, remainingMs, startedAt } = timer as Partial<Record<keyof TimerState, unknown>>;
  return finite(durationMs) && finite(remainingMs) && (startedAt === undefined || finite(startedAt));
}

/** Keeps each board's ideas that have an id and a text; a board that is not a list is dropped. */
function soundBoards(boards: Record<string, unknown>): Record<string, Idea[]> {
  const sound = (idea: unknown): idea is Idea => isRecord(idea) && typeof idea['id'] === 'string' && typeof idea['text'] === 'string';
  const lists = Object.entries(boards).flatMap(([id, ideas]) => (Array.isArray(ideas) ? [[id, ideas.filter(sound)] as const] : []));
  return Object.fromEntries(lists);
}

/** Newest first. */
export async function listSessions(): Promise<FacilitationSession[]> {
  return (await (await db()).getAllFromIndex('sessions', 'updatedAt')).reverse();
}

export async function putSession(session: FacilitationSession): Promise<void> {
  await putNow('sessions', session);
}

/** A deleted session with the room's answers it had, kept by the caller so the delete can be undone. */
export interface DeletedSession {
  session: FacilitationSession;
  roomAnswers?: RoomAnswersRecord;
}

/** Deletes a session and the room's answers added to it, in one transaction: the room's ideas never outlive their session. */
export async function deleteSession(id: string): Promise<DeletedSession | undefined> {
  const tx = (await db()).transaction(['sessions', 'contributions'], 'readwrite');
  const [session, roomAnswers] = await Promise.all([tx.objectStore('sessions').get(id), tx.objectStore('contributions').get(id)]);
  if (session) await Promise.all([tx.objectStore('sessions').delete(id), tx.objectStore('contributions').delete(id)]);
  await tx.done;
  return session && { session, ...(roomAnswers ? { roomAnswers } : {}) };
}

/** Undoes deleteSession: the session and its room's answers come back together. */
export async function restoreSession({ session, roomAnswers }: DeletedSession): Promise<void> {
  const tx = (await db()).transaction(['sessions', 'contributions'], 'readwrite');
  void tx.objectStore('sessions').put(session);
  if (roomAnswers) void tx.objectStore('contributions').put(roomAnswers);
  await tx.done;
}
