import { participantName, worksheetTitle } from './answers';
import { worksheetProgress, type Progress } from './progress';
import type { WorksheetRecord } from './record';
import { TEMPLATE } from './template';

/** What the library lists for each worksheet. */
export interface WorksheetSummary {
  id: string;
  title: string;
  participant: string;
  updatedAt: number;
  progress: Progress;
}

export function summarize(record: WorksheetRecord): WorksheetSummary {
  let progress: Progress | undefined;
  return {
    id: record.id,
    title: worksheetTitle(record.answers),
    participant: participantName(record.answers),
    updatedAt: record.updatedAt,
    // Worked out when a row shows it: a library of a thousand shows fifty at a time.
    get progress() {
      return (progress ??= worksheetProgress(TEMPLATE, record.answers));
    },
  };
}
