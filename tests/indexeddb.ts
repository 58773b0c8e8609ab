import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDb } from '../src/store/db';

/** Closes the app's connection and puts an empty IndexedDB in place, as on a browser's first visit. */
export async function resetIndexedDb(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}

/** Every test in the calling file starts with an empty database and leaves no connection open. */
export function useFreshIndexedDb(): void {
  beforeEach(resetIndexedDb);
  afterEach(closeDb);
}
