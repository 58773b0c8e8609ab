import type { useNavigate } from '@tanstack/solid-router';
import { createSignal } from 'solid-js';
import { worksheetFile, worksheetFileName } from '../backup/files';
import type { FacilitationSession } from '../facilitate/session';
import { describeStorageError } from '../store/errors';
import { loadPaper } from '../store/preferences';
import { createSession, deleteSession, restoreSession } from '../store/sessions';
import { deleteWorksheet, duplicateWorksheet, putWorksheet, renameWorksheet, requireWorksheet } from '../store/worksheets';
import type { Confirm } from '../ui/ConfirmDialog';
import { saveJson } from '../ui/download';
import { focusById } from '../ui/focus';
import { withFontNotice } from '../ui/fontNotice';
import { downloadWorksheetPdf } from '../ui/pdfExport';
import type { Undoable } from '../ui/UndoToast';
import type { WorksheetActions } from '../ui/WorksheetRow';
import { todayIso } from '../worksheet/answers';
import type { WorksheetSummary } from '../worksheet/summary';

interface LibraryDeps {
  navigate: ReturnType<typeof useNavigate>;
  confirm: Confirm;
  /** Reads the lists again. */
  refetch: () => Promise<unknown>;
  /** Takes a worksheet off the list at once, before the store has deleted it. */
  removeRow: (id: string) => void;
}

/**
 * What the library's buttons do: each action runs against the store, says in plain words what
 * went wrong if it fails, and reads the lists again; a delete offers Undo.
 */
export function createLibraryActions(deps: LibraryDeps) {
  const [error, setError] = createSignal('');
  const [undo, setUndo] = createSignal<Undoable>();

  /** Runs a library action; on failure, says what happened and leaves the list as it is. */
  const act = async (action: () => Promise<unknown>) => {
    setError('');
    try {
      await action();
    } catch (failure) {
      setError(describeStorageError(failure));
    }
    await deps.refetch();
  };

  const [namingSession, setNamingSession] = createSignal(false);
  const startSession = (name: string) =>
    act(async () => {
      setNamingSession(false);
      const session = await createSession(name, todayIso());
      await deps.navigate({ to: '/present/$id', params: { id: session.id } });
    });
  const removeSession = async (session: FacilitationSession) => {
    const ok = await deps.confirm({
      title: `Delete the session “${session.name}”?`,
      body: 'Its room board and the answers added from the room will be removed from this device.',
      action: 'Delete',
    });
    if (!ok) return;
    await act(async () => {
      const removed = await deleteSession(session.id);
      if (removed) setUndo({ message: `Deleted “${session.name}”.`, undo: () => act(() => restoreSession(removed)) });
    });
    focusById('new-session');
  };

  /** The row goes at once; the store follows. If the delete fails, the list is read again. */
  const remove = async (sheet: WorksheetSummary) => {
    const ok = await deps.confirm({
      title: `Delete “${sheet.title}”?`,
      body: 'The worksheet and everything typed in it will be removed from this device.',
      action: 'Delete',
    });
    if (!ok) return;
    setError('');
    deps.removeRow(sheet.id);
    focusById('new-worksheet');
    try {
      const removed = await deleteWorksheet(sheet.id);
      if (removed)
        setUndo({
          message: `Deleted “${sheet.title}”.`,
          undo: () => act(() => putWorksheet(removed)).then(() => focusById(`open-${removed.id}`)),
        });
    } catch (failure) {
      setError(describeStorageError(failure));
      await deps.refetch();
    }
  };

  const [notice, setNotice] = createSignal('');
  const exportPdf = (sheet: WorksheetSummary) =>
    act(async () => {
      const record = await requireWorksheet(sheet.id);
      const preparing = `Preparing the PDF of “${sheet.title}”…`;
      setNotice(preparing);
      const result = await withFontNotice(setNotice, preparing, () =>
        downloadWorksheetPdf({ answers: record.answers, paper: loadPaper(), confirm: deps.confirm }),
      ).finally(() => setNotice(''));
      if (result === 'saved') setNotice(`PDF of “${sheet.title}” downloaded.`);
    });

  const worksheetActions: WorksheetActions = {
    onRename: (sheet, title) => act(() => renameWorksheet(sheet.id, title)),
    onDuplicate: (sheet) => void act(async () => focusById(`open-${(await duplicateWorksheet(sheet.id)).id}`)),
    onDelete: (sheet) => void remove(sheet),
    onExport: (sheet) => void exportPdf(sheet),
    onSaveFile: (sheet) =>
      void act(async () => {
        const record = await requireWorksheet(sheet.id);
        saveJson(worksheetFile(record), worksheetFileName(record));
      }),
  };

  return { error, notice, undo, setUndo, namingSession, setNamingSession, startSession, removeSession, worksheetActions };
}
