import { newId } from '../worksheet/ids';
import { emptyAnswers, worksheetTitle } from '../worksheet/answers';
import { upgradeAnswers } from '../worksheet/migrate';
import { TEMPLATE } from '../worksheet/template';
import { LIMITS, formatLimit } from '../worksheet/limits';
import type { WorksheetRecord } from '../worksheet/record';
import type { Answers } from '../worksheet/types';
import { announce } from './changes';
import { db, verifyStored } from './db';
import { unsaved } from './memory';
import { summarize, type WorksheetSummary } from '../worksheet/summary';

export { unsavedRecords } from './memory';

export type { WorksheetRecord } from '../worksheet/record';

function newWorksheetId(): string {
  return newId();
}

/** New worksheets whose first write has not landed yet. */
const neverStored = new Set<string>();

/** Whether this worksheet has been written to this device at least once. */
export function wasStored(id: string): boolean {
  return !neverStored.has(id);
}

/**
 * Starts a worksheet and returns it before it is stored, so the form can open at once;
 * `stored` settles when IndexedDB has it.
 */
export function startWorksheet(now = Date.now()): { record: WorksheetRecord; stored: Promise<void> } {
  const record = newRecord(now);
  unsaved.set(record.id, record);
  neverStored.add(record.id);
  const stored = db()
    .then(async (database) => {
      await assertRoomFor(database, 1);
      await database.add('worksheets', record);
    })
    .then(() => {
      neverStored.delete(record.id);
      if (unsaved.get(record.id) === record) unsaved.delete(record.id);
      announce({ id: record.id, change: 'added', rev: 1 });
    });
  return { record, stored };
}

export async function createWorksheet(now = Date.now()): Promise<WorksheetRecord> {
  const { record, stored } = startWorksheet(now);
  await stored;
  return record;
}

function newRecord(now: number): WorksheetRecord {
  return {
    id: newWorksheetId(),
    templateId: TEMPLATE.id,
    templateVersion: TEMPLATE.version,
    createdAt: now,
    updatedAt: now,
    rev: 1,
    answers: emptyAnswers(TEMPLATE, new Date(now)),
  };
}

export async function getWorksheet(id: string): Promise<WorksheetRecord | undefined> {
  const pending = unsaved.get(id);
  const record = pending ? structuredClone(pending) : await (await db()).get('worksheets', id);
  return record && upgradeRecord(record);
}

/** The worksheet, or a WorksheetMissingError that says it is no longer on this device. */
export async function requireWorksheet(id: string): Promise<WorksheetRecord> {
  const record = await getWorksheet(id);
  if (!record) throw new WorksheetMissingError(id);
  return record;
}

/** A record as the current template expects it; answers to removed prompts go to the archive. */
export function upgradeRecord(record: WorksheetRecord): WorksheetRecord {
  const { answers, archived } = upgradeAnswers(TEMPLATE, record.answers, record.templateVersion, record.archived);
  return { ...record, templateId: TEMPLATE.id, templateVersion: TEMPLATE.version, answers, ...(archived.length ? { archived } : {}) };
}

/** Newest first. */
export async function listWorksheets(): Promise<WorksheetSummary[]> {
  const records = await (await db()).getAllFromIndex('worksheets', 'updatedAt');
  return records.reverse().map(summarize);
}

/**
 * Puts a whole record back as it was (undoing a delete, restoring one deleted in another tab).
 * Any copy stored meanwhile is replaced; every open tab is told.
 */
export async function putWorksheet(record: WorksheetRecord): Promise<void> {
  const database = await db();
  const tx = database.transaction('worksheets', 'readwrite');
  const stored = await tx.store.get(record.id);
  const next = { ...record, rev: Math.max(record.rev ?? 0, stored?.rev ?? 0) + 1 };
  void tx.store.put(next);
  tx.commit();
  await tx.done;
  await verifyStored(database, 'worksheets', next);
  announce({ id: record.id, change: stored ? 'changed' : 'added', rev: next.rev ?? 0 });
}

/** What a tab knows of the stored copy it last read or wrote. */
export interface SaveBase {
  rev: number;
  /** False for a new worksheet whose first write has not been confirmed. */
  stored: boolean;
}

/**
 * Saves a tab's copy over the revision it is based on (compare-and-set, in one transaction).
 * When another tab or a library action wrote meanwhile, the stored copy wins and `rebase` lays
 * this tab's changes on top of it. A worksheet deleted elsewhere is never written back.
 */
export async function saveWorksheet(
  record: WorksheetRecord,
  base: SaveBase,
  rebase: (stored: Answers) => Answers,
  upTo?: number,
): Promise<{ saved: WorksheetRecord; rebased: boolean }> {
  unsaved.set(record.id, record);
  const database = await db();
  const tx = database.transaction('worksheets', 'readwrite');
  const stored = await tx.store.get(record.id);
  if (!stored && base.stored) {
    await tx.done;
    unsaved.delete(record.id);
    throw new WorksheetDeletedError(record.id);
  }
  if (!stored && (await tx.store.count()) >= LIMITS.worksheets) throw new TooManyError(LIMITS.worksheets);
  const rebased = !!stored && (stored.rev ?? 0) !== base.rev;
  const next: WorksheetRecord = rebased
    ? { ...upgradeRecord(stored), answers: rebase(upgradeRecord(stored).answers), updatedAt: record.updatedAt, rev: (stored.rev ?? 0) + 1 }
    : { ...record, rev: base.rev + 1 };
  void tx.store.put(next);
  tx.commit();
  await tx.done;
  return settle(database, next, !!stored, upTo, rebased);
}

/**
 * The save of a tab that is closing or reloading: the write is issued at once, before the page
 * is torn down, so there is no time to read first. The tab writes only over the latest revision
 * it has heard of (`base`), which every other tab's save announces.
 */
export async function saveWorksheetLeaving(
  record: WorksheetRecord,
  base: SaveBase,
  upTo?: number,
): Promise<{ saved: WorksheetRecord; rebased: boolean }> {
  unsaved.set(record.id, record);
  const database = await db();
  const next: WorksheetRecord = { ...record, rev: base.rev + 1 };
  const tx = database.transaction('worksheets', 'readwrite');
  void tx.store.put(next);
  tx.commit();
  await tx.done;
  return settle(database, next, base.stored, upTo, false);
}

/** After a write: read it back, forget the in-memory copy, tell every tab. */
async function settle(
  database: Awaited<ReturnType<typeof db>>,
  next: WorksheetRecord,
  existed: boolean,
  upTo: number | undefined,
  rebased: boolean,
) {
  await verifyStored(database, 'worksheets', next);
  neverStored.delete(next.id);
  const pending = unsaved.get(next.id);
  if (pending && pending.updatedAt <= next.updatedAt) unsaved.delete(next.id);
  announce({ id: next.id, change: existed ? 'saved' : 'added', rev: next.rev ?? 0, ...(upTo === undefined ? {} : { upTo }) });
  return { saved: next, rebased };
}

export async function renameWorksheet(id: string, title: string, now = Date.now()): Promise<void> {
  const database = await db();
  const tx = database.transaction('worksheets', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) throw new WorksheetMissingError(id);
  record.answers.text['cover.session'] = title.trim().slice(0, LIMITS.shortText);
  record.updatedAt = now;
  record.rev = (record.rev ?? 0) + 1;
  await Promise.all([tx.store.put(record), tx.done]);
  announce({ id, change: 'changed', rev: record.rev });
}

export async function duplicateWorksheet(id: string, now = Date.now()): Promise<WorksheetRecord> {
  const database = await db();
  await assertRoomFor(database, 1);
  const tx = database.transaction('worksheets', 'readwrite');
  const original = await tx.store.get(id);
  if (!original) throw new WorksheetMissingError(id);
  const copy: WorksheetRecord = { ...structuredClone(original), id: newWorksheetId(), createdAt: now, updatedAt: now, rev: 1 };
  copy.answers.text['cover.session'] = copyName(worksheetTitle(original.answers), ' (copy)');
  await Promise.all([tx.store.add(copy), tx.done]);
  announce({ id: copy.id, change: 'added', rev: 1 });
  return copy;
}

/** A name with a suffix, shortened so the whole still fits the name's limit. */
export function copyName(name: string, suffix: string): string {
  return `${name.slice(0, LIMITS.shortText - suffix.length)}${suffix}`;
}

/** Removes the worksheet and hands it back, so the caller can offer to undo. */
export async function deleteWorksheet(id: string): Promise<WorksheetRecord | undefined> {
  const database = await db();
  const tx = database.transaction('worksheets', 'readwrite');
  const record = await tx.store.get(id);
  if (record) await tx.store.delete(id);
  await tx.done;
  unsaved.delete(id);
  if (record) announce({ id, change: 'deleted', rev: (record.rev ?? 0) + 1 });
  return record;
}

/** Refuses to add worksheets past the number a backup can hold, in plain words. */
export async function assertRoomFor(database: Awaited<ReturnType<typeof db>>, adding: number): Promise<void> {
  const count = await database.count('worksheets');
  if (count + adding > LIMITS.worksheets) throw new TooManyError(count);
}

export class TooManyError extends Error {
  constructor(count: number, message?: string) {
    super(
      message ??
        `This device holds ${formatLimit(count)} worksheets, and CPM Workshop keeps at most ${formatLimit(LIMITS.worksheets)}. Download a backup, then delete some to make room.`,
    );
    this.name = 'TooManyError';
  }
}

export class WorksheetDeletedError extends Error {
  constructor(id: string) {
    super(`Worksheet ${id} was deleted in another tab`);
    this.name = 'WorksheetDeletedError';
  }
}

export class WorksheetMissingError extends Error {
  constructor(id: string) {
    super(`No worksheet ${id} on this device`);
    this.name = 'WorksheetMissingError';
  }
}
