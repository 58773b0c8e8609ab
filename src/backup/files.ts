import type { FacilitationSession } from '../facilitate/session';
import { pdfFileName } from '../worksheet/filename';
import type { WorksheetRecord } from '../worksheet/record';
import { MAX_BACKUP_BYTES } from '../worksheet/limits';
import { participantName } from '../worksheet/answers';
import { BACKUP_FORMAT, WORKSHEET_FORMAT } from '../worksheet/formats';
import type { RoomAnswersRecord } from '../synthesis/roomAnswers';

export { BACKUP_FORMAT, WORKSHEET_FORMAT };

/**
 * The backup files this app writes. Kept apart from their validation (format.ts), so pages
 * that only save a file do not load the checks.
 */
export const FORMAT_VERSION = 1;
/** The largest backup the app can write (every worksheet and session at its limits). */
export const MAX_FILE_BYTES = MAX_BACKUP_BYTES;
/** Archived answers come from earlier versions, which allowed longer text. */
export const MAX_STRING = 100_000;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: string;
  worksheets: WorksheetRecord[];
  sessions: FacilitationSession[];
  /** The room's answers of the sessions that have any. Files written before they were kept have none. */
  roomAnswers: RoomAnswersRecord[];
}

export interface WorksheetFile {
  format: typeof WORKSHEET_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app: string;
  worksheet: WorksheetRecord;
}

export function backupFile(
  worksheets: WorksheetRecord[],
  sessions: FacilitationSession[],
  now = new Date(),
  roomAnswers: RoomAnswersRecord[] = [],
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app: 'CPM Workshop',
    worksheets,
    sessions,
    roomAnswers,
  };
}

export function worksheetFile(worksheet: WorksheetRecord, now = new Date()): WorksheetFile {
  return { format: WORKSHEET_FORMAT, formatVersion: FORMAT_VERSION, exportedAt: now.toISOString(), app: 'CPM Workshop', worksheet };
}

/** CPM-worksheet-<participant>-<date>.json, named like the worksheet's PDF. */
export function worksheetFileName(worksheet: WorksheetRecord): string {
  return pdfFileName(participantName(worksheet.answers), worksheet.answers.text['cover.date'] ?? '', 'worksheet', 'json');
}
