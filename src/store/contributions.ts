import { emptyRoomAnswers, type RoomAnswersRecord } from '../synthesis/roomAnswers';
import { db, SaveMismatchError } from './db';

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
