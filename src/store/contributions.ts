import type { Contribution } from '../synthesis/contribution';
import { NO_EDITS, type SynthesisEdits } from '../synthesis/synthesize';
import { db, SaveMismatchError } from './db';

/**
 * The room's answers of one facilitation session: the contributions the facilitator added and
 * the hand edits made to their synthesis, kept together so a reload shows the same room.
 */
export interface RoomAnswersRecord {
  sessionId: string;
  contributions: Contribution[];
  edits: SynthesisEdits;
  /** The projector shows the room's answers of the current exercise instead of the board. */
  onScreen: boolean;
  /** Increases on every change; lets the projector tell a newer room view from an older one. */
  updatedAt: number;
}

export function emptyRoomAnswers(sessionId: string): RoomAnswersRecord {
  return { sessionId, contributions: [], edits: NO_EDITS, onScreen: false, updatedAt: 0 };
}

export async function getRoomAnswers(sessionId: string): Promise<RoomAnswersRecord> {
  return (await (await db()).get('contributions', sessionId)) ?? emptyRoomAnswers(sessionId);
}

/** Writes the record, commits at once, and reads it back: a save that did not land is an error to show. */
export async function putRoomAnswers(record: RoomAnswersRecord): Promise<void> {
  const database = await db();
  const tx = database.transaction('contributions', 'readwrite');
  void tx.store.put(record);
  tx.commit();
  await tx.done;
  const stored = await database.get('contributions', record.sessionId);
  if (stored?.updatedAt !== record.updatedAt || stored.contributions.length !== record.contributions.length) throw new SaveMismatchError();
}
