import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FacilitationSession } from '../facilitate/session';
import { emit } from './events';
import type { WorksheetRecord } from '../worksheet/record';
import type { RoomAnswersRecord } from '../synthesis/roomAnswers';

export const DB_NAME = 'cpm-workshop';

export type { WorksheetRecord } from '../worksheet/record';

export interface WorkshopDB extends DBSchema {
  worksheets: { key: string; value: WorksheetRecord; indexes: { updatedAt: number } };
  /** Facilitators' sessions live apart from personal worksheets, so neither is shown as the other. */
  sessions: { key: string; value: FacilitationSession; indexes: { updatedAt: number } };
  /** Participants' contributions added to a facilitation session, with the facilitator's edits: one record per session. */
  contributions: { key: string; value: RoomAnswersRecord };
}

type UpgradeTx = IDBPTransaction<WorkshopDB, StoreNames<WorkshopDB>[], 'versionchange'>;

/**
 * Schema migrations, in order: entry i upgrades a database at version i to version i + 1.
 * Add to the end; never edit one that has shipped.
 */
export const MIGRATIONS: Array<(db: IDBPDatabase<WorkshopDB>, tx: UpgradeTx) => void> = [
  (db) => {
    const worksheets = db.createObjectStore('worksheets', { keyPath: 'id' });
    worksheets.createIndex('updatedAt', 'updatedAt');
  },
  (db) => {
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('updatedAt', 'updatedAt');
  },
  (db) => {
    db.createObjectStore('contributions', { keyPath: 'sessionId' });
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs before this tab gives up its connection to a newer version, to save what is pending. */
let beforeClose: () => Promise<void> = async () => {};
export function setBeforeClose(save: () => Promise<void>): void {
  beforeClose = save;
}

let connection: Promise<IDBPDatabase<WorkshopDB>> | undefined;
let superseded = false;

/** The one connection of this tab, opened on first use. */
export function db(): Promise<IDBPDatabase<WorkshopDB>> {
  if (superseded) return Promise.reject(new DOMException('A newer version holds the database', 'SupersededError'));
  connection ??= open();
  return connection;
}

/** Opens the database; a browser that refuses even to start opening (private mode) rejects too. */
function open(): Promise<IDBPDatabase<WorkshopDB>> {
  let opening: Promise<IDBPDatabase<WorkshopDB>>;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('This browser has no IndexedDB');
    opening = openDB<WorkshopDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(database, tx);
      },
      // Our upgrade waits for an older tab to close its connection.
      blocked: () => emit('blocked'),
      // A newer tab wants to upgrade: save what is pending, then step aside and ask for a reload.
      blocking: () => void stepAside(),
      terminated: () => {
        connection = undefined;
        emit('terminated');
      },
    });
  } catch (error) {
    opening = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return opening.catch((error: unknown) => {
    connection = undefined;
    throw refusal(error);
  });
}

/**
 * Failing to open is the browser refusing storage (private mode, blocked site data, no
 * IndexedDB at all), whatever the error's name; a newer version's database is the exception.
 */
function refusal(error: unknown): unknown {
  if (error instanceof DOMException && error.name === 'VersionError') return error;
  return new StorageRefusedError(error);
}

export class StorageRefusedError extends Error {
  constructor(cause: unknown) {
    super('The browser did not let the app open its storage', { cause });
    this.name = 'StorageRefusedError';
  }
}

/** A newer version of the app is open in another tab: save what is pending, stop writing, ask for a reload. */
export async function stepAside(): Promise<void> {
  if (superseded) return;
  await beforeClose().catch(() => undefined);
  superseded = true;
  await closeDb();
  emit('superseded');
}

export async function closeDb(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

/**
 * Writes one record and commits at once rather than when the task ends: a save started in
 * `pagehide` must reach the disk before the page is torn down. `value` must be a copy taken
 * for this write, never a live object that later typing changes: it is what the read-back is
 * compared with.
 */
export async function putNow<Name extends 'worksheets' | 'sessions'>(store: Name, value: WorkshopDB[Name]['value']): Promise<void> {
  const database = await db();
  const tx = database.transaction(store, 'readwrite');
  void tx.store.put(value);
  tx.commit();
  await tx.done;
  await verifyStored(database, store, value);
}

/** Reads a save back: a write that did not land as sent is an error the user must see. */
export async function verifyStored<Name extends 'worksheets' | 'sessions'>(
  database: IDBPDatabase<WorkshopDB>,
  store: Name,
  value: WorkshopDB[Name]['value'],
): Promise<void> {
  const stored = await database.get(store, value.id);
  // Another tab may have saved a later revision in between: that replaced ours, it did not garble it.
  if (stored && (stored.rev ?? 0) > (value.rev ?? 0)) return;
  if (JSON.stringify(stored) !== JSON.stringify(value)) throw new SaveMismatchError();
}

export class SaveMismatchError extends Error {
  constructor() {
    super('The saved copy does not match what was typed');
    this.name = 'SaveMismatchError';
  }
}
