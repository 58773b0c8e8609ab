import type { IDBPTransaction } from 'idb';
import type { BackupContents } from '../backup/format';
import { backupFile, type BackupFile } from '../backup/files';
import { worksheetTitle } from '../worksheet/answers';
import type { FacilitationSession } from '../facilitate/session';
import { LIMITS } from '../worksheet/limits';
import { announce, type WorksheetChange } from './changes';
import { db, type WorkshopDB, type WorksheetRecord } from './db';
import { TooManyError, unsavedRecords, upgradeRecord } from './worksheets';

/**
 * Everything on this device, as one backup file's contents, with the copies this tab holds in
 * memory (not yet stored) in place of older stored ones. With storage refused, what is in memory.
 */
export async function readBackupOfEverything(now = new Date()): Promise<BackupFile> {
  const inMemory = unsavedRecords();
  let stored: { worksheets: WorksheetRecord[]; sessions: FacilitationSession[] };
  try {
    const database = await db();
    const tx = database.transaction(['worksheets', 'sessions'], 'readonly');
    const [worksheets, sessions] = await Promise.all([tx.objectStore('worksheets').getAll(), tx.objectStore('sessions').getAll(), tx.done]);
    stored = { worksheets, sessions };
  } catch (error) {
    if (!inMemory.length) throw error;
    stored = { worksheets: [], sessions: [] };
  }
  const newer = new Map(inMemory.map((record) => [record.id, record]));
  const worksheets = [...stored.worksheets.map((record) => newer.get(record.id) ?? record), ...inMemory.filter((r) => !stored.worksheets.some((s) => s.id === r.id))];
  return backupFile(worksheets, stored.sessions, now);
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
  const tx = database.transaction(['worksheets', 'sessions'], 'readwrite');
  const result: RestoreResult = { added: 0, replaced: 0, copies: 0, skipped: 0 };
  /** One item: added when new, otherwise replaced, copied or skipped as the user chose. */
  const changed: WorksheetChange[] = [];
  const place = async <T extends { id: string; rev?: number }>(
    store: { get(id: string): Promise<T | undefined>; add(value: T): Promise<unknown>; put(value: T): Promise<unknown> },
    item: T,
    copyOf: (item: T) => T,
  ) => {
    const here = await store.get(item.id);
    if (here === undefined) {
      await store.add(item);
      result.added++;
    } else if (choice === 'replace') {
      // A revision past the one here, so an open tab takes the restored copy instead of writing over it.
      const rev = Math.max(item.rev ?? 0, here.rev ?? 0) + 1;
      await store.put({ ...item, rev });
      changed.push({ id: item.id, change: 'changed', rev });
      result.replaced++;
    } else if (choice === 'keepBoth') {
      await store.add({ ...copyOf(item), id: crypto.randomUUID() });
      result.copies++;
    } else result.skipped++;
  };
  try {
    await assertRoom(tx, contents, choice);
    for (const incoming of contents.worksheets) {
      await place(tx.objectStore('worksheets'), upgradeRecord(incoming), (record: WorksheetRecord) => ({
        ...record,
        answers: { ...record.answers, text: { ...record.answers.text, 'cover.session': `${worksheetTitle(record.answers)} (restored)` } },
      }));
    }
    for (const incoming of contents.sessions) {
      await place(tx.objectStore('sessions'), incoming, (session) => ({ ...session, name: `${session.name} (restored)` }));
    }
    await tx.done;
    changed.forEach(announce);
    if (result.added || result.copies) announce({ id: '', change: 'added', rev: 0 });
  } catch (error) {
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

type RestoreTx = IDBPTransaction<WorkshopDB, ['worksheets', 'sessions'], 'readwrite'>;

/** A restore never leaves more on the device than a backup can hold. */
async function assertRoom(tx: RestoreTx, contents: BackupContents, choice: ConflictChoice): Promise<void> {
  const keys = new Set(await tx.objectStore('worksheets').getAllKeys());
  const adding = contents.worksheets.filter((w) => !keys.has(w.id) || choice === 'keepBoth').length;
  if (keys.size + adding > LIMITS.worksheets) throw new TooManyError(keys.size);
  const sessions = new Set(await tx.objectStore('sessions').getAllKeys());
  const addingSessions = contents.sessions.filter((s) => !sessions.has(s.id) || choice === 'keepBoth').length;
  if (sessions.size + addingSessions > LIMITS.sessions) {
    throw new TooManyError(keys.size, `This device would hold more than ${LIMITS.sessions} facilitation sessions, the most CPM Workshop keeps. Delete some sessions, then restore again.`);
  }
}
