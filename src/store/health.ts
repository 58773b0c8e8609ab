import type { SaveStatus } from './autosave';
import { unsavedRecords } from './memory';
import type { WorksheetRecord } from '../worksheet/record';

/**
 * Which worksheets this tab could not save, app-wide: the problem stays on screen on every page
 * until a save succeeds, and the work kept in memory can be downloaded from anywhere.
 */
const failing = new Map<string, string>();
const listeners = new Set<() => void>();

export function reportSave(id: string, status: SaveStatus): void {
  const had = failing.get(id);
  if (status.state === 'error') failing.set(id, status.message);
  else if (status.state === 'saved') failing.delete(id);
  if (had !== failing.get(id)) listeners.forEach((listener) => listener());
}

/** The latest problem for this worksheet, if its changes are not stored. */
export const saveProblem = (id: string): string | undefined => failing.get(id);

/** Every problem, newest last. */
export const saveProblems = (): string[] => [...failing.values()];

/** The worksheets whose latest changes are only in memory. */
export const unsavedWork = (): WorksheetRecord[] => unsavedRecords().filter((record) => failing.has(record.id));

export function onSaveHealth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
