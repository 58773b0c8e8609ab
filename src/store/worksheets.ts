import { emptyAnswers, participantName, worksheetTitle } from '../worksheet/answers';
import { worksheetProgress, type Progress } from '../worksheet/progress';
import { upgradeAnswers } from '../worksheet/migrate';
import { TEMPLATE } from '../worksheet/template';
import { db, putNow, type WorksheetRecord } from './db';

export type { WorksheetRecord } from './db';

/** What the library lists for each worksheet. */
export interface WorksheetSummary {
  id: string;
  title: string;
  participant: string;
  updatedAt: number;
  progress: Progress;
}

function newWorksheetId(): string {
  return crypto.randomUUID();
}

export function summarize(record: WorksheetRecord): WorksheetSummary {
  let progress: Progress | undefined;
  return {
    id: record.id,
    title: worksheetTitle(record.answers),
    participant: participantName(record.answers),
    updatedAt: record.updatedAt,
    // Worked out when a row shows it: a library of a thousand shows fifty at a time.
    get progress() {
      return (progress ??= worksheetProgress(TEMPLATE, record.answers));
    },
  };
}

/**
 * Worksheets not yet safely stored: a new one whose first write is on its way (it opens at once
 * from here instead of waiting for IndexedDB), or one whose saves are failing. While storage is
 * unavailable the participant keeps working on this in-memory copy.
 */
const unsaved = new Map<string, WorksheetRecord>();

/**
 * Starts a worksheet and returns it before it is stored, so the form can open at once;
 * `stored` settles when IndexedDB has it.
 */
export function startWorksheet(now = Date.now()): { record: WorksheetRecord; stored: Promise<void> } {
  const record = newRecord(now);
  unsaved.set(record.id, record);
  const stored = db()
    .then((database) => database.add('worksheets', record))
    .then(() => void (unsaved.get(record.id) === record && unsaved.delete(record.id)));
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

/** Writes the record as given; callers stamp updatedAt. */
export async function putWorksheet(record: WorksheetRecord): Promise<void> {
  unsaved.set(record.id, record);
  await putNow('worksheets', record);
  if (unsaved.get(record.id) === record) unsaved.delete(record.id);
}

export async function renameWorksheet(id: string, title: string, now = Date.now()): Promise<void> {
  const database = await db();
  const tx = database.transaction('worksheets', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) throw new WorksheetMissingError(id);
  record.answers.text['cover.session'] = title.trim();
  record.updatedAt = now;
  await Promise.all([tx.store.put(record), tx.done]);
}

export async function duplicateWorksheet(id: string, now = Date.now()): Promise<WorksheetRecord> {
  const database = await db();
  const tx = database.transaction('worksheets', 'readwrite');
  const original = await tx.store.get(id);
  if (!original) throw new WorksheetMissingError(id);
  const copy: WorksheetRecord = { ...structuredClone(original), id: newWorksheetId(), createdAt: now, updatedAt: now };
  copy.answers.text['cover.session'] = `${worksheetTitle(original.answers)} (copy)`;
  await Promise.all([tx.store.add(copy), tx.done]);
  return copy;
}

/** Removes the worksheet and hands it back, so the caller can offer to undo. */
export async function deleteWorksheet(id: string): Promise<WorksheetRecord | undefined> {
  const database = await db();
  const tx = database.transaction('worksheets', 'readwrite');
  const record = await tx.store.get(id);
  if (record) await tx.store.delete(id);
  await tx.done;
  return record;
}

export class WorksheetMissingError extends Error {
  constructor(id: string) {
    super(`No worksheet ${id} on this device`);
    this.name = 'WorksheetMissingError';
  }
}
