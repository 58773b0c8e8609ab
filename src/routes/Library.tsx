import { useNavigate } from '@tanstack/solid-router';
import { createResource, createSignal, For, lazy, onCleanup, onMount, Show } from 'solid-js';
import { onWorksheetChange } from '../store/changes';
import { describeStorageError, isStorageRefused } from '../store/errors';
import {
  deleteWorksheet,
  duplicateWorksheet,
  listWorksheets,
  putWorksheet,
  renameWorksheet,
  requireWorksheet,
  unsavedRecords,
} from '../store/worksheets';
import { summarize, type WorksheetSummary } from '../worksheet/summary';
import { loadPaper } from '../store/preferences';
import { createSession, deleteSession, listSessions, putSession, type FacilitationSession } from '../store/sessions';
import { todayIso } from '../worksheet/answers';
import { useConfirm } from '../ui/ConfirmDialog';
import { downloadWorksheetPdf } from '../ui/pdfExport';
import { focusById } from '../ui/focus';
import { whenChanged } from '../ui/clock';
import { UndoToast, type Undoable } from '../ui/UndoToast';
import { OnceOpened } from '../ui/OnceOpened';
import { StoragePanel } from '../ui/StoragePanel';
import { saveJson } from '../ui/download';
import { withFontNotice } from '../ui/fontNotice';
import { WorksheetList } from '../ui/WorksheetList';
import type { WorksheetActions } from '../ui/WorksheetRow';
import { worksheetFile, worksheetFileName } from '../backup/files';

// Loaded the first time a session is started, not on every visit to the library.
const NewSessionDialog = lazy(() => import('../ui/NewSessionDialog').then((module) => ({ default: module.NewSessionDialog })));

/** Home: every worksheet on this device. */
export default function Library() {
  const navigate = useNavigate();
  const confirm = useConfirm();
  const [worksheets, { refetch: refetchWorksheets, mutate: setWorksheets }] = createResource(listWorksheets);
  const [sessions, { refetch: refetchSessions }] = createResource(listSessions);
  const refetch = () => Promise.all([refetchWorksheets(), refetchSessions()]);
  // An errored resource throws when read: read the lists only through these.
  // A resource's error is untyped; it is whatever the store threw.
  const loadError = (): unknown => worksheets.error;
  const sheets = () => (loadError() ? undefined : worksheets());
  const sessionList = () => (sessions.error ? undefined : sessions());
  const refused = () => isStorageRefused(loadError());
  // Worksheets changed in another tab (typed in, renamed, deleted, restored): show them as they are now.
  let pendingRefetch: ReturnType<typeof setTimeout> | undefined;
  onCleanup(
    onWorksheetChange((change) => {
      // Typing in another tab saves every second: show it, but without re-reading the list each time.
      if (change.change === 'saved' && pendingRefetch) return;
      clearTimeout(pendingRefetch);
      pendingRefetch = setTimeout(
        () => {
          pendingRefetch = undefined;
          void refetchWorksheets();
        },
        change.change === 'saved' ? 2000 : 150,
      );
    }),
  );
  onCleanup(() => clearTimeout(pendingRefetch));
  const [error, setError] = createSignal('');
  const [undo, setUndo] = createSignal<Undoable>();
  onMount(() => (document.title = 'Your worksheets · CPM Workshop'));

  /** Runs a library action; on failure, says what happened and leaves the list as it is. */
  const act = async (action: () => Promise<unknown>) => {
    setError('');
    try {
      await action();
    } catch (failure) {
      setError(describeStorageError(failure));
    }
    await refetch();
  };

  const startNew = () => navigate({ to: '/new' });
  const [namingSession, setNamingSession] = createSignal(false);
  const startSession = (name: string) =>
    act(async () => {
      setNamingSession(false);
      const session = await createSession(name, todayIso());
      await navigate({ to: '/present/$id', params: { id: session.id } });
    });
  const removeSession = async (session: FacilitationSession) => {
    const ok = await confirm({
      title: `Delete the session “${session.name}”?`,
      body: 'Its room board will be removed from this device.',
      action: 'Delete',
    });
    if (!ok) return;
    await act(async () => {
      const removed = await deleteSession(session.id);
      if (removed) setUndo({ message: `Deleted “${session.name}”.`, undo: () => act(() => putSession(removed)) });
    });
    focusById('new-session');
  };

  /** The row goes at once; the store follows. If the delete fails, the list is read again. */
  const remove = async (sheet: WorksheetSummary) => {
    const ok = await confirm({
      title: `Delete “${sheet.title}”?`,
      body: 'The worksheet and everything typed in it will be removed from this device.',
      action: 'Delete',
    });
    if (!ok) return;
    setError('');
    setWorksheets((list) => list?.filter((item) => item.id !== sheet.id));
    focusById('new-worksheet');
    try {
      const removed = await deleteWorksheet(sheet.id);
      if (removed) setUndo({ message: `Deleted “${sheet.title}”.`, undo: () => act(() => putWorksheet(removed)) });
    } catch (failure) {
      setError(describeStorageError(failure));
      await refetch();
    }
  };

  const [notice, setNotice] = createSignal('');
  const exportPdf = (sheet: WorksheetSummary) =>
    act(async () => {
      const record = await requireWorksheet(sheet.id);
      const preparing = `Preparing the PDF of “${sheet.title}”…`;
      setNotice(preparing);
      const result = await withFontNotice(setNotice, preparing, () =>
        downloadWorksheetPdf({ answers: record.answers, paper: loadPaper(), confirm }),
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

  return (
    <main class="library" id="main">
      <header class="library-header">
        <div>
          <p class="eyebrow">CPM Workshop</p>
          <h1>Your worksheets</h1>
          <p class="privacy">Saved in this browser only. Nothing leaves this device unless you export it.</p>
        </div>
        <div class="header-actions">
          <button type="button" id="new-worksheet" class="primary" onClick={() => void startNew()}>
            + New worksheet
          </button>
          <button type="button" id="new-session" onClick={() => setNamingSession(true)}>
            Facilitate a session
          </button>
        </div>
      </header>
      <Show when={error() || loadError()}>
        <p class="banner error" role="alert">
          {error() || describeStorageError(loadError())}
        </p>
      </Show>
      <Show when={refused() && unsavedRecords().length}>
        <section class="sessions" aria-labelledby="in-memory-title">
          <h2 id="in-memory-title">Open in this tab only</h2>
          <ul class="worksheet-list" aria-label="Worksheets kept in this tab">
            <For each={unsavedRecords().map(summarize)}>
              {(sheet) => (
                <li class="worksheet-card">
                  <h3>
                    <a href={`#/worksheets/${sheet.id}`}>{sheet.title}</a>
                  </h3>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={sheets()}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <div class="empty">
                <h2>No worksheets yet</h2>
                <p>Start one for today’s session. It saves as you type.</p>
              </div>
            }
          >
            <WorksheetList worksheets={list()} actions={worksheetActions} />
          </Show>
        )}
      </Show>
      <Show when={sessionList()?.length}>
        <section class="sessions" aria-labelledby="sessions-title">
          <h2 id="sessions-title">Facilitation sessions</h2>
          <p class="privacy">Room boards are kept apart from personal worksheets; nothing personal is ever projected.</p>
          <ul class="worksheet-list" aria-label="Facilitation sessions on this device">
            <For each={sessionList()}>
              {(session) => (
                <li class="worksheet-card">
                  <h3>
                    <a href={`#/present/${session.id}`}>{session.name}</a>
                  </h3>
                  <p class="meta">
                    <span>{session.date}</span>
                    <span>{Object.values(session.boards).reduce((n, ideas) => n + ideas.length, 0)} ideas on the board</span>
                    <span>Last change: {whenChanged(session.updatedAt)}</span>
                  </p>
                  <div class="card-actions">
                    <a class="button" href={`#/present/${session.id}`} aria-label={`Present ${session.name}`}>
                      Present
                    </a>
                    <button
                      type="button"
                      class="danger-link"
                      onClick={() => void removeSession(session)}
                      aria-label={`Delete session ${session.name}`}
                    >
                      Delete
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <StoragePanel onRestored={() => void refetch()} />
      <p class="library-notice" role="status">
        {notice()}
      </p>
      <UndoToast action={undo()} onDone={() => setUndo(undefined)} />
      <OnceOpened open={namingSession()}>
        <NewSessionDialog open={namingSession()} onStart={(name) => void startSession(name)} onClose={() => setNamingSession(false)} />
      </OnceOpened>
    </main>
  );
}
