import type { WorksheetRecord } from '../worksheet/record';

/**
 * Worksheets not yet safely stored: a new one whose first write is on its way (it opens at once
 * from here instead of waiting for IndexedDB), or one whose saves are failing. While storage is
 * unavailable the participant keeps working on this in-memory copy. Kept apart from the store's
 * IndexedDB code so the app's error page and banners can offer a backup of it cheaply.
 */
export const unsaved = new Map<string, WorksheetRecord>();

/** Copies of what this tab holds in memory only. */
export function unsavedRecords(): WorksheetRecord[] {
  return [...unsaved.values()].map((record) => structuredClone(record));
}
