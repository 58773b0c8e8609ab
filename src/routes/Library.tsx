import { useNavigate } from '@tanstack/solid-router';
import { createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { onWorksheetChange } from '../store/changes';
import { describeStorageError, isStorageRefused } from '../store/errors';
import {
  deleteWorksheet,
  duplicateWorksheet,
  listWorksheets,
  putWorksheet,
  renameWorksheet,
  requireWorksheet,
  summarize,
  unsavedRecords,
  type WorksheetSummary,
} from '../store/worksheets';
import { loadPaper } from '../store/preferences';
import { createSession, deleteSession, listSessions, putSession, type FacilitationSession } from '../store/sessions';
import { todayIso } from '../worksheet/answers';
import { useConfirm } from '../ui/ConfirmDialog';
import { downloadWorksheetPdf } from '../ui/pdfExport';
import { focusById } from '../ui/focus';
import { ProgressBar } from '../ui/ProgressBar';
import { whenChanged } from '../ui/clock';
import { UndoToast, type Undoable } from '../ui/UndoToast';
import { StoragePanel } from '../ui/StoragePanel';
import { saveJson } from '../ui/download';
import { worksheetFile, worksheetFileName } from '../backup/files';

/** Home: every worksheet on this device. */
export default function Library() {
  const navigate = useNavigate();
  const confirm = useConfirm();
  const [worksheets, { refetch: refetchWorksheets }] = createResource(listWorksheets);
  const [sessions, { refetch: refetchSessions }] = createResource(listSessions);
  const refetch = () => Promise.all([refetchWorksheets(), refetchSessions()]);
  // An errored resource throws when read: read the lists only through these.
  const sheets = () => (worksheets.error ? undefined : worksheets());
  const sessionList = () => (sessions.error ? undefined : sessions());
  const refused = () => isStorageRefused(worksheets.error);
  // Worksheets changed in another tab (typed in, renamed, deleted, restored): show them as they are now.
  let pendingRefetch: ReturnType<typeof setTimeout> | undefined;
  onCleanup(
    onWorksheetChange(() => {
      clearTimeout(pendingRefetch);
      pendingRefetch = setTimeout(() => void refetchWorksheets(), 150);
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
  const startSession = () =>
    act(async () => {
      const session = await createSession(`Session of ${new Date().toLocaleDateString([], { month: 'long', day: 'numeric', year: 'numeric' })}`, todayIso());
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

  const remove = async (sheet: WorksheetSummary) => {
    const ok = await confirm({
      title: `Delete “${sheet.title}”?`,
      body: 'The worksheet and everything typed in it will be removed from this device.',
      action: 'Delete',
    });
    if (!ok) return;
    await act(async () => {
      const removed = await deleteWorksheet(sheet.id);
      if (removed)
        setUndo({
          message: `Deleted “${sheet.title}”.`,
          undo: () => act(() => putWorksheet(removed)),
        });
    });
    focusById('new-worksheet');
  };

  const [notice, setNotice] = createSignal('');
  const exportPdf = (sheet: WorksheetSummary) =>
    act(async () => {
      const record = await requireWorksheet(sheet.id);
      setNotice(`Preparing the PDF of “${sheet.title}”…`);
      const result = await downloadWorksheetPdf({ answers: record.answers, paper: loadPaper(), confirm }).finally(() => setNotice(''));
      if (result === 'saved') setNotice(`PDF of “${sheet.title}” downloaded.`);
    });

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
          <button type="button" id="new-session" onClick={() => void startSession()}>
            Facilitate a session
          </button>
        </div>
      </header>
      <Show when={error() || worksheets.error}>
        <p class="banner error" role="alert">
          {error() || describeStorageError(worksheets.error)}
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
            <ul class="worksheet-list" aria-label="Worksheets on this device">
              <For each={list()}>
                {(sheet) => (
                  <WorksheetCard
                    sheet={sheet}
                    onRename={(title) => act(() => renameWorksheet(sheet.id, title))}
                    onDuplicate={() => act(async () => focusById(`open-${(await duplicateWorksheet(sheet.id)).id}`))}
                    onDelete={() => void remove(sheet)}
                    onExport={() => void exportPdf(sheet)}
                    onSaveFile={() =>
                      void act(async () => {
                        const record = await requireWorksheet(sheet.id);
                        saveJson(worksheetFile(record), worksheetFileName(record));
                      })
                    }
                  />
                )}
              </For>
            </ul>
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
                    <button type="button" class="danger-link" onClick={() => void removeSession(session)} aria-label={`Delete session ${session.name}`}>
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
    </main>
  );
}

function WorksheetCard(props: {
  sheet: WorksheetSummary;
  onRename: (title: string) => Promise<void>;
  onDuplicate: () => void;
  onDelete: () => void;
  onExport: () => void;
  onSaveFile: () => void;
}) {
  const [renaming, setRenaming] = createSignal(false);
  const renameId = () => `rename-${props.sheet.id}`;
  const startRename = () => {
    setRenaming(true);
    focusById(renameId());
  };
  const finishRename = async (title?: string) => {
    setRenaming(false);
    if (title !== undefined) await props.onRename(title);
    focusById(`rename-button-${props.sheet.id}`);
  };
  let clock: ReturnType<typeof setInterval>;
  const [now, setNow] = createSignal(new Date());
  onMount(() => (clock = setInterval(() => setNow(new Date()), 60_000)));
  onCleanup(() => clearInterval(clock));

  return (
    <li class="worksheet-card">
      <Show
        when={renaming()}
        fallback={
          <h2>
            <a id={`open-${props.sheet.id}`} href={`#/worksheets/${props.sheet.id}`}>
              {props.sheet.title}
            </a>
          </h2>
        }
      >
        <form
          class="rename"
          onSubmit={(event) => {
            event.preventDefault();
            void finishRename(new FormData(event.currentTarget).get('title')?.toString() ?? '');
          }}
        >
          <label for={renameId()}>Session name</label>
          <input
            id={renameId()}
            name="title"
            value={props.sheet.title === 'Untitled worksheet' ? '' : props.sheet.title}
            onKeyDown={(event) => event.key === 'Escape' && void finishRename()}
          />
          <button type="submit" class="primary">
            Save name
          </button>
          <button type="button" onClick={() => void finishRename()}>
            Cancel
          </button>
        </form>
      </Show>
      <p class="meta">
        <Show when={props.sheet.participant} fallback={<span>No participant name yet</span>}>
          <span>{props.sheet.participant}</span>
        </Show>
        <span>Last change: {whenChanged(props.sheet.updatedAt, now())}</span>
      </p>
      <ProgressBar progress={props.sheet.progress} label="Answered" />
      <div class="card-actions">
        <a class="button" href={`#/worksheets/${props.sheet.id}`} aria-label={`Open ${props.sheet.title}`}>
          Open
        </a>
        <button type="button" id={`rename-button-${props.sheet.id}`} onClick={startRename} aria-label={`Rename ${props.sheet.title}`}>
          Rename
        </button>
        <button type="button" onClick={() => props.onExport()} aria-label={`Export PDF of ${props.sheet.title}`}>
          Export PDF
        </button>
        <button type="button" onClick={() => props.onSaveFile()} aria-label={`Save ${props.sheet.title} as a file`}>
          Save as file
        </button>
        <button type="button" onClick={() => props.onDuplicate()} aria-label={`Duplicate ${props.sheet.title}`}>
          Duplicate
        </button>
        <button type="button" class="danger-link" onClick={() => props.onDelete()} aria-label={`Delete ${props.sheet.title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

