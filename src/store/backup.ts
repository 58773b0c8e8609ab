import type { BackupContents } from '../backup/format';
import { backupFile, type BackupFile } from '../backup/files';
import { worksheetTitle } from '../worksheet/answers';
import { db, type WorksheetRecord } from './db';
import { upgradeRecord } from './worksheets';

/** Everything on this device, as one backup file's contents. */
export async function readBackupOfEverything(now = new Date()): Promise<BackupFile> {
  const database = await db();
  const tx = database.transaction(['worksheets', 'sessions'], 'readonly');
  const [worksheets, sessions] = await Promise.all([tx.objectStore('worksheets').getAll(), tx.objectStore('sessions').getAll(), tx.done]);
  return backupFile(worksheets, sessions, now);
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
  const place = async <T extends { id: string }>(
    store: { getKey(id: string): Promise<unknown>; add(value: T): Promise<unknown>; put(value: T): Promise<unknown> },
    item: T,
    copyOf: (item: T) => T,
  ) => {
    if ((await store.getKey(item.id)) === undefined) {
      await store.add(item);
      result.added++;
    } else if (choice === 'replace') {
      await store.put(item);
      result.replaced++;
    } else if (choice === 'keepBoth') {
      await store.add({ ...copyOf(item), id: crypto.randomUUID() });
      result.copies++;
    } else result.skipped++;
  };
  try {
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
