import { createSignal, onCleanup } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { worksheetFile, worksheetFileName } from '../backup/files';
import type { SaveStatus } from '../store/autosave';
import { openLiveWorksheet, type LiveWorksheet } from '../store/liveWorksheet';
import { saveJson } from '../ui/download';
import { createAnswersEditor } from '../ui/editor';
import { fieldLabel } from '../worksheet/fields';
import type { WorksheetRecord } from '../worksheet/record';

/**
 * One worksheet being edited in this tab: the answers on screen, the editor that turns each
 * change into an op, and the live worksheet that sends this tab's changes out, takes in the
 * other tabs', and saves. What it says (status, notices, deleted elsewhere) is signals.
 */
export function createWorksheetSession(record: WorksheetRecord) {
  const [answers, setAnswers] = createStore(structuredClone(record.answers));
  const [status, setStatus] = createSignal<SaveStatus>({ state: 'idle' });
  const [notice, setNotice] = createSignal('');
  const [deleted, setDeleted] = createSignal(false);
  let live: LiveWorksheet | undefined;
  const editor = createAnswersEditor(answers, setAnswers, (op, origin) => origin === 'local' && live?.local(op));
  live = openLiveWorksheet(record, {
    answers: () => unwrap(answers),
    applyRemote: (op, ordering) => editor.apply(op, 'remote', ordering),
    replace: (next) => setAnswers(reconcile(next)),
    status: setStatus,
    overwritten: (op) => setNotice(`Another tab changed “${fieldLabel(op.id)}” while you were typing in it. The latest typing is kept.`),
    deleted: () => setDeleted(true),
    restored: () => setDeleted(false),
  });
  onCleanup(() => live?.close());

  /** What is on screen now, as a record: for a backup file that holds every keystroke. */
  const snapshot = (): WorksheetRecord => ({ ...record, updatedAt: Date.now(), answers: structuredClone(unwrap(answers)) });
  return {
    answers,
    plainAnswers: () => unwrap(answers),
    editor,
    status,
    notice,
    dismissNotice: () => setNotice(''),
    deleted,
    flush: () => live?.flush() ?? Promise.resolve(),
    downloadBackup: () => {
      const copy = snapshot();
      saveJson(worksheetFile(copy), worksheetFileName(copy));
    },
    /** Puts a worksheet deleted in another tab back, as it is on screen. */
    restore: async () => {
      await live?.restore();
      setDeleted(false);
      setStatus({ state: 'saved', at: new Date() });
    },
  };
}
