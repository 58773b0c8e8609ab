import { todayIso } from './answers';

/**
 * CPM-worksheet-<participant or untitled>-<YYYY-MM-DD>.pdf (or .json for a worksheet file). Letters and digits of any script
 * are kept (every current OS stores them); everything else becomes a dash, so no character
 * is reserved anywhere and the name cannot climb out of the downloads folder.
 */
export function pdfFileName(participant: string, date: string, kind = 'worksheet', extension = 'pdf'): string {
  const who =
    participant
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'untitled';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : todayIso();
  return `CPM-${kind}-${who}-${day}.${extension}`;
}
