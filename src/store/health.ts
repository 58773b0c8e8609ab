import type { SaveStatus } from './autosave';
import { unsavedRecords } from './memory';
import type { WorksheetRecord } from '../worksheet/record';

/**
 * Which worksheets this tab could not save, app-wide: the problem stays on screen on every page
 * until a save succeeds, and the work kept in memory can be downloaded from anywhere.
 */
const failing = new Map<string, string>();
/** Worksheets open on this tab's page, which shows their problem itself. */
const open = new Set<string>();
const listeners = new Set<() => void>();
const tell = () => listeners.forEach((listener) => listener());

/** The worksheet page says it shows this worksheet (and its save problems), or no longer does. */
export function showing(id: string, shown: boolean): void {
  if (shown) open.add(id);
  else open.delete(id);
  tell();
}

export function reportSave(id: string, status: SaveStatus): void {
  const had = failing.get(id);
  if (status.state === 'error') failing.set(id, status.message);
  else if (status.state === 'saved') failing.delete(id);
  if (had !== failing.get(id)) tell();
}

/** The latest problem for this worksheet, if its changes are not stored. */
export const saveProblem = (id: string): string | undefined => failing.get(id);

/** The problems of worksheets not on screen, for the app-wide banner. */
export const saveProblems = (): string[] => [...failing].filter(([id]) => !open.has(id)).map(([, message]) => message);

/** The worksheets whose latest changes are only in memory. */
export const unsavedWork = (): WorksheetRecord[] => unsavedRecords().filter((record) => failing.has(record.id));

export function onSaveHealth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
