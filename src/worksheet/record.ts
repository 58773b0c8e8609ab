import type { ArchivedAnswer } from './migrate';
import type { Answers } from './types';

/** One participant's worksheet as stored on this device and in backups. */
export interface WorksheetRecord {
  id: string;
  templateId: string;
  templateVersion: number;
  createdAt: number;
  updatedAt: number;
  /**
   * Increased by every write. A tab writes only over the revision it last read; finding a newer
   * one, it replays its own changes on top instead of overwriting. Absent in older records (0).
   */
  rev?: number;
  answers: Answers;
  /** Answers to prompts a newer template removed: kept and shown apart, never dropped. */
  archived?: ArchivedAnswer[];
}
