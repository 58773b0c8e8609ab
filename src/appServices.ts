import type { Services } from './services';
import { describeStorageError } from './store/errors';
import { onConnectionEvent } from './store/events';
import { onSaveHealth, saveProblems, unsavedWork } from './store/health';
import { loadPaper, savePaper } from './store/preferences';

/**
 * The services over this browser's IndexedDB. What the first page does not need is imported
 * when it is first used, so it stays out of the entry chunk.
 */
export const appServices: Services = {
  worksheets: { get: async (id) => (await import('./store/worksheets')).getWorksheet(id) },
  sessions: {
    get: async (id) => (await import('./store/sessions')).getSession(id),
    put: async (session) => (await import('./store/sessions')).putSession(session),
  },
  roomAnswers: {
    get: async (sessionId) => (await import('./store/contributions')).getRoomAnswers(sessionId),
    put: async (record) => (await import('./store/contributions')).putRoomAnswers(record),
  },
  stepAside: async () => (await import('./store/db')).stepAside(),
  health: {
    onConnectionEvent,
    onSaveHealth,
    saveProblems,
    unsavedWork,
    flushAllSaves: async () => (await import('./store/autosave')).flushAllSaves(),
  },
  paper: { load: loadPaper, save: savePaper },
  storage: {
    persistenceStatus: async () => (await import('./store/persistence')).persistenceStatus(),
    readBackupOfEverything: async () => (await import('./store/backup')).readBackupOfEverything(),
    findConflicts: async (contents) => (await import('./store/backup')).findConflicts(contents),
    restoreContents: async (contents, choice) => (await import('./store/backup')).restoreContents(contents, choice),
    describeStorageError,
  },
};
