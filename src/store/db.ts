import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FacilitationSession } from '../facilitate/session';
import { emit } from './events';
import type { ArchivedAnswer } from '../worksheet/migrate';
import type { Answers } from '../worksheet/types';
import type { RoomAnswersRecord } from './contributions';

export const DB_NAME = 'cpm-workshop';

/** One participant's worksheet as stored on this device. */
export interface WorksheetRecord {
  id: string;
  templateId: string;
  templateVersion: number;
  createdAt: number;
  updatedAt: number;
  answers: Answers;
  /** Answers to prompts a newer template removed: kept and shown apart, never dropped. */
  archived?: ArchivedAnswer[];
}

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
    opening = openDB<WorkshopDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version]?.(database, tx);
    },
    // Our upgrade waits for an older tab to close its connection.
    blocked: () => emit('blocked'),
    // A newer tab wants to upgrade: save what is pending, then step aside and ask for a reload.
    blocking: () => {
      void beforeClose()
        .catch(() => undefined)
        .then(() => {
          superseded = true;
          return closeDb();
        })
        .then(() => emit('superseded'));
    },
    terminated: () => {
      connection = undefined;
      emit('terminated');
    },
  });
  } catch (error) {
    opening = Promise.reject(error);
  }
  return opening.catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
}

export async function closeDb(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

/**
 * Writes one record and commits at once rather than when the task ends: a save started in
 * `pagehide` must reach the disk before the page is torn down.
 */
export async function putNow<Name extends 'worksheets' | 'sessions'>(store: Name, value: WorkshopDB[Name]['value']): Promise<void> {
  const database = await db();
  const tx = database.transaction(store, 'readwrite');
  void tx.store.put(value);
  tx.commit();
  await tx.done;
  // Read the save back: a write that did not land as sent is an error the user must see.
  const stored = await database.get(store, value.id as WorkshopDB[Name]['key']);
  if (JSON.stringify(stored) !== JSON.stringify(value)) throw new SaveMismatchError();
}

export class SaveMismatchError extends Error {
  constructor() {
    super('The saved copy does not match what was typed');
    this.name = 'SaveMismatchError';
  }
}
