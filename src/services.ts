import { createContext, useContext } from 'solid-js';
import type { BackupContents, BackupFile } from './backup/format';
import type { FacilitationSession } from './facilitate/session';
import type { SaveStatus } from './store/autosave';
import type { ConflictChoice, Conflicts, RestoreResult } from './store/backup';
import type { ConnectionEvent } from './store/events';
import type { Persistence } from './store/persistence';
import type { PaperPreference } from './store/preferences';
import type { RoomAnswersRecord } from './synthesis/roomAnswers';
import type { WorksheetRecord } from './worksheet/record';

export type { ConflictChoice, Conflicts, ConnectionEvent, PaperPreference, Persistence, RestoreResult, SaveStatus };

/**
 * What pages and components need from storage, handed down by the router instead of imported,
 * so a test can render any page over a database of its own and `ui/` never reaches into `store/`.
 */
export interface Services {
  worksheets: { get: (id: string) => Promise<WorksheetRecord | undefined> };
  sessions: {
    get: (id: string) => Promise<FacilitationSession | undefined>;
    put: (session: FacilitationSession) => Promise<void>;
  };
  /** The contributions added to a session and their synthesis edits. */
  roomAnswers: {
    get: (sessionId: string) => Promise<RoomAnswersRecord>;
    put: (record: RoomAnswersRecord) => Promise<void>;
  };
  /** A newer version of the app opened in another window: save, stop writing, ask for a reload. */
  stepAside: () => Promise<void>;
  /** App-wide word on saving, for the banners. */
  health: {
    onConnectionEvent: (listener: (event: ConnectionEvent) => void) => () => void;
    onSaveHealth: (listener: () => void) => () => void;
    saveProblems: () => string[];
    unsavedWork: () => WorksheetRecord[];
    flushAllSaves: () => Promise<void>;
  };
  paper: { load: () => PaperPreference; save: (paper: PaperPreference) => void };
  /** Backups of everything, for the storage panel. */
  storage: {
    persistenceStatus: () => Promise<Persistence>;
    readBackupOfEverything: () => Promise<BackupFile>;
    findConflicts: (contents: BackupContents) => Promise<Conflicts>;
    restoreContents: (contents: BackupContents, choice: ConflictChoice) => Promise<RestoreResult>;
    describeStorageError: (error: unknown) => string;
  };
}

export const ServicesContext = createContext<Services>();

/** The app's services. Outside their provider it throws, so a missing wire fails loudly in a test. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesContext.Provider> around it.');
  return services;
}
