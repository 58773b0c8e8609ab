import { useNavigate } from '@tanstack/solid-router';
import { createResource, lazy, onCleanup, onMount, Show } from 'solid-js';
import { onWorksheetChange } from '../store/changes';
import { describeStorageError, isStorageRefused } from '../store/errors';
import { listSessions } from '../store/sessions';
import { listWorksheets, unsavedRecords } from '../store/worksheets';
import { useConfirm } from '../ui/ConfirmDialog';
import { OnceOpened } from '../ui/OnceOpened';
import { InMemoryList, SessionList } from '../ui/SessionList';
import { settled } from '../ui/settled';
import { StoragePanel } from '../ui/StoragePanel';
import { UndoToast } from '../ui/UndoToast';
import { WorksheetList } from '../ui/WorksheetList';
import { summarize } from '../worksheet/summary';
import { createLibraryActions } from './libraryActions';

// Loaded the first time a session is started, not on every visit to the library.
const NewSessionDialog = lazy(() => import('../ui/NewSessionDialog').then((module) => ({ default: module.NewSessionDialog })));

/** Home: every worksheet on this device. */
export default function Library() {
  const navigate = useNavigate();
  const confirm = useConfirm();
  const [worksheets, { refetch: refetchWorksheets, mutate: setWorksheets }] = createResource(listWorksheets);
  const [sessions, { refetch: refetchSessions }] = createResource(listSessions);
  const refetch = () => Promise.all([refetchWorksheets(), refetchSessions()]);
  // A resource's error is untyped; it is whatever the store threw.
  const loadError = (): unknown => worksheets.error;
  const sheets = () => settled(worksheets);
  const sessionList = () => settled(sessions);
  // The lists, and the storage panel below them, show together once storage has answered, so
  // nothing on the page moves as they arrive.
  const answered = () => Boolean(loadError() || (sheets() && (sessionList() || sessions.error)));
  const refused = () => isStorageRefused(loadError());
  refetchOnChanges(() => void refetchWorksheets());
  const library = createLibraryActions({
    navigate,
    confirm,
    refetch,
    removeRow: (id) => setWorksheets((list) => list?.filter((item) => item.id !== id)),
  });
  const { error, notice, undo, setUndo, namingSession, setNamingSession } = library;
  onMount(() => (document.title = 'Your worksheets · CPM Workshop'));

  return (
    <main class="library" id="main">
      <header class="library-header">
        <div>
          <p class="eyebrow">CPM Workshop</p>
          <h1>Your worksheets</h1>
          <p class="privacy">Saved in this browser only. Nothing leaves this device unless you export it.</p>
        </div>
        <div class="header-actions">
          <button type="button" id="new-worksheet" class="primary" onClick={() => void navigate({ to: '/new' })}>
            + New worksheet
          </button>
          <button type="button" id="new-session" onClick={() => setNamingSession(true)}>
            Facilitate a session
          </button>
          <a class="button" href="#/join">
            Join a live room
          </a>
        </div>
      </header>
      <Show when={error() || loadError()}>
        <p class="banner error" role="alert">
          {error() || describeStorageError(loadError())}
        </p>
      </Show>
      <Show when={refused() && unsavedRecords().length}>
        <InMemoryList worksheets={unsavedRecords().map(summarize)} />
      </Show>
      <Show when={answered()} fallback={<p class="muted opening">Opening your worksheets…</p>}>
        <Show when={sheets()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<EmptyLibrary />}>
              <WorksheetList worksheets={list()} actions={library.worksheetActions} />
            </Show>
          )}
        </Show>
        <Show when={sessionList()?.length ? sessionList() : undefined}>
          {(list) => <SessionList sessions={list()} onDelete={(session) => void library.removeSession(session)} />}
        </Show>
        <StoragePanel onRestored={() => void refetch()} />
      </Show>
      <p class="library-notice" role="status">
        {notice()}
      </p>
      <UndoToast action={undo()} onDone={() => setUndo(undefined)} takeFocus />
      <OnceOpened open={namingSession()}>
        <NewSessionDialog
          open={namingSession()}
          onStart={(name) => void library.startSession(name)}
          onClose={() => setNamingSession(false)}
        />
      </OnceOpened>
    </main>
  );
}

function EmptyLibrary() {
  return (
    <div class="library-empty">
      <h2>No worksheets yet</h2>
      <p>Start one for today’s session. It saves as you type.</p>
    </div>
  );
}

/** Worksheets changed in another tab (typed in, renamed, deleted, restored): show them as they are now. */
function refetchOnChanges(refetch: () => void) {
  let pending: ReturnType<typeof setTimeout> | undefined;
  onCleanup(
    onWorksheetChange((change) => {
      // Typing in another tab saves every second: show it, but without re-reading the list each time.
      if (change.change === 'saved' && pending) return;
      clearTimeout(pending);
      pending = setTimeout(
        () => {
          pending = undefined;
          refetch();
        },
        change.change === 'saved' ? 2000 : 150,
      );
    }),
  );
  onCleanup(() => clearTimeout(pending));
}
