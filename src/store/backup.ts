import { backupFile, type BackupContents, type BackupFile } from '../backup/format';
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
  const worksheets = tx.objectStore('worksheets');
  const sessions = tx.objectStore('sessions');
  try {
    for (const incoming of contents.worksheets) {
      const record: WorksheetRecord = upgradeRecord(incoming);
      const exists = (await worksheets.getKey(record.id)) !== undefined;
      if (!exists) {
        await worksheets.add(record);
        result.added++;
      } else if (choice === 'replace') {
        await worksheets.put(record);
        result.replaced++;
      } else if (choice === 'keepBoth') {
        const copy = { ...record, id: crypto.randomUUID() };
        copy.answers = { ...copy.answers, text: { ...copy.answers.text, 'cover.session': `${worksheetTitle(record.answers)} (restored)` } };
        await worksheets.add(copy);
        result.copies++;
      } else result.skipped++;
    }
    for (const incoming of contents.sessions) {
      const exists = (await sessions.getKey(incoming.id)) !== undefined;
      if (!exists) {
        await sessions.add(incoming);
        result.added++;
      } else if (choice === 'replace') {
        await sessions.put(incoming);
        result.replaced++;
      } else if (choice === 'keepBoth') {
        await sessions.add({ ...incoming, id: crypto.randomUUID(), name: `${incoming.name} (restored)` });
        result.copies++;
      } else result.skipped++;
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
