import { newId } from '../worksheet/ids';
import type { BackupContents } from '../backup/format';
import { backupFile, type BackupFile } from '../backup/files';
import { worksheetTitle } from '../worksheet/answers';
import type { FacilitationSession } from '../facilitate/session';
import { LIMITS } from '../worksheet/limits';
import { announce, type WorksheetChange } from './changes';
import type { RoomAnswersRecord } from '../synthesis/roomAnswers';
import { db, type WorksheetRecord } from './db';
import { copyName, TooManyError, unsavedRecords, upgradeRecord } from './worksheets';

/**
 * Everything on this device, as one backup file's contents, with the copies this tab holds in
 * memory (not yet stored) in place of older stored ones. With storage refused, what is in memory.
 */
export async function readBackupOfEverything(now = new Date()): Promise<BackupFile> {
  const inMemory = unsavedRecords();
  let stored: { worksheets: WorksheetRecord[]; sessions: FacilitationSession[]; roomAnswers: RoomAnswersRecord[] };
  try {
    const database = await db();
    const tx = database.transaction(['worksheets', 'sessions', 'contributions'], 'readonly');
    const [worksheets, sessions, roomAnswers] = await Promise.all([
      tx.objectStore('worksheets').getAll(),
      tx.objectStore('sessions').getAll(),
      tx.objectStore('contributions').getAll(),
      tx.done,
    ]);
    stored = { worksheets, sessions, roomAnswers };
  } catch (error) {
    if (!inMemory.length) throw error;
    stored = { worksheets: [], sessions: [], roomAnswers: [] };
  }
  const newer = new Map(inMemory.map((record) => [record.id, record]));
  const worksheets = [
    ...stored.worksheets.map((record) => newer.get(record.id) ?? record),
    ...inMemory.filter((r) => !stored.worksheets.some((s) => s.id === r.id)),
  ];
  const sessionIds = new Set(stored.sessions.map((session) => session.id));
  const roomAnswers = stored.roomAnswers.filter((record) => sessionIds.has(record.sessionId) && hasRoomAnswers(record));
  return backupFile(worksheets, stored.sessions, now, roomAnswers);
}

/** A room that has had nothing added or edited needs no place in a backup. */
function hasRoomAnswers(record: RoomAnswersRecord): boolean {
  return record.contributions.length > 0 || record.edits.hidden.length > 0 || record.edits.merges.length > 0;
}

export interface Conflicts {
  worksheets: Array<{ id: string; title: string }>;
  sessions: Array<{ id: string; title: string }>;
}

/** Items in the file whose id is already on this device: they are never overwritten silently. */
export async function findConflicts(contents: BackupContents): Promise<Conflicts> {
  const database = await db();
  const tx = database.transaction(['worksheets', 'sessions'], 'readonly');
  const worksheetKeys = new Set(await tx.objectStore('worksheets').getAllKeys());
  const sessionKeys = new Set(await tx.objectStore('sessions').getAllKeys());
  await tx.done;
  return {
    worksheets: contents.worksheets.filter((w) => worksheetKeys.has(w.id)).map((w) => ({ id: w.id, title: worksheetTitle(w.answers) })),
    sessions: contents.sessions.filter((s) => sessionKeys.has(s.id)).map((s) => ({ id: s.id, title: s.name })),
  };
}

/** What to do with an item whose id is already here. */
export type ConflictChoice = 'keepBoth' | 'replace' | 'skip';

export interface RestoreResult {
  added: number;
  replaced: number;
  copies: number;
  skipped: number;
}

/**
 * Writes a validated file in one transaction: either all of it lands or, on any failure,
 * nothing does. Worksheets go through the template migrations first.
 */
export async function restoreContents(contents: BackupContents, choice: ConflictChoice): Promise<RestoreResult> {
  const database = await db();
  const tx = database.transaction(['worksheets', 'sessions', 'contributions'], 'readwrite');
  const worksheets = tx.objectStore('worksheets');
  const sessions = tx.objectStore('sessions');
  const contributions = tx.objectStore('contributions');
  const result: RestoreResult = { added: 0, replaced: 0, copies: 0, skipped: 0 };
  const changed: WorksheetChange[] = [];
  // Every write is queued at once and awaited together: one round trip per item would make a
  // thousand-worksheet backup take seconds. Any failed write aborts the whole transaction.
  const writes: Promise<unknown>[] = [];
  /**
   * One item: added when new, otherwise replaced, copied or skipped as the user chose. Returns
   * the id it was written under, or undefined when it was skipped.
   */
  const place = <T extends { id: string; rev?: number }>(
    store: { get(id: string): Promise<T | undefined>; add(value: T): Promise<unknown>; put(value: T): Promise<unknown> },
    present: Set<string>,
    item: T,
    copyOf: (item: T) => T,
  ): string | undefined => {
    if (!present.has(item.id)) {
      present.add(item.id);
      writes.push(store.add(item));
      result.added++;
      return item.id;
    } else if (choice === 'replace') {
      // A revision past the one here, so an open tab takes the restored copy instead of writing over it.
      const replaced = store.get(item.id).then((here) => {
        const rev = Math.max(item.rev ?? 0, here?.rev ?? 0) + 1;
        changed.push({ id: item.id, change: 'changed', rev });
        return store.put({ ...item, rev });
      });
      writes.push(replaced);
      result.replaced++;
      return item.id;
    } else if (choice === 'keepBoth') {
      const id = newId();
      writes.push(store.add({ ...copyOf(item), id }));
      result.copies++;
      return id;
    }
    result.skipped++;
    return undefined;
  };
  const roomAnswers = new Map(contents.roomAnswers.map((record) => [record.sessionId, record]));
  try {
    const [worksheetKeys, sessionKeys] = await Promise.all([worksheets.getAllKeys(), sessions.getAllKeys()]);
    const presentWorksheets = new Set(worksheetKeys);
    const presentSessions = new Set(sessionKeys);
    assertRoom(presentWorksheets, presentSessions, contents, choice);
    for (const incoming of contents.worksheets) {
      place(worksheets, presentWorksheets, upgradeRecord(incoming), (record: WorksheetRecord) => ({
        ...record,
        answers: {
          ...record.answers,
          text: { ...record.answers.text, 'cover.session': copyName(worksheetTitle(record.answers), ' (restored)') },
        },
      }));
    }
    for (const incoming of contents.sessions) {
      const id = place(sessions, presentSessions, incoming, (session) => ({ ...session, name: copyName(session.name, ' (restored)') }));
      // The room's answers go where their session went; a file without them leaves the device's.
      const room = roomAnswers.get(incoming.id);
      if (id && room) writes.push(contributions.put({ ...room, sessionId: id }));
    }
    await Promise.all([...writes, tx.done]);
    changed.forEach(announce);
    if (result.added || result.copies) announce({ id: '', change: 'added', rev: 0 });
  } catch (error) {
    // The writes queued before the failure end with it; they are settled here, not left unheard.
    void Promise.allSettled(writes);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  return result;
}

/** A restore never leaves more on the device than a backup can hold. */
function assertRoom(worksheets: Set<string>, sessions: Set<string>, contents: BackupContents, choice: ConflictChoice): void {
  const adding = contents.worksheets.filter((w) => !worksheets.has(w.id) || choice === 'keepBoth').length;
  if (worksheets.size + adding > LIMITS.worksheets) throw new TooManyError(worksheets.size);
  const addingSessions = contents.sessions.filter((s) => !sessions.has(s.id) || choice === 'keepBoth').length;
  if (sessions.size + addingSessions > LIMITS.sessions) {
    throw new TooManyError(
      worksheets.size,
      `This device would hold more than ${LIMITS.sessions} facilitation sessions, the most CPM Workshop keeps. Delete some sessions, then restore again.`,
    );
  }
}
