import { getRouteApi } from '@tanstack/solid-router';
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { openChannel } from '../facilitate/channel';
import {
  answerKeyOf,
  boardColumns,
  projectorView,
  reduce,
  roomExercises,
  type Action,
  type FacilitationSession,
  type Idea,
} from '../facilitate/session';
import { describeStorageError } from '../store/errors';
import { loadPaper } from '../store/preferences';
import { putSession } from '../store/sessions';
import { TEMPLATE } from '../worksheet/template';
import { useNow } from '../ui/clock';
import { saveFile } from '../ui/download';
import { focusById } from '../ui/focus';
import { AnswerKey } from '../ui/presenter/AnswerKey';
import { ExerciseList } from '../ui/presenter/ExerciseList';
import { ProjectorPreview } from '../ui/presenter/ProjectorPreview';
import { RoomBoard } from '../ui/presenter/RoomBoard';
import { SessionName } from '../ui/presenter/SessionName';
import { TalkingPoints } from '../ui/presenter/TalkingPoints';
import { TimerControls } from '../ui/presenter/TimerControls';
import '../ui/presenter/presenter.css';
import { ShortcutHelp, SHORTCUTS } from '../ui/ShortcutHelp';
import { UndoToast, type Undoable } from '../ui/UndoToast';
import { createLimitNote } from '../ui/limitNote';
import { stepAside } from '../store/db';
import { RoomAnswersPanel } from '../ui/synthesis/RoomAnswersPanel';
import { createRoomAnswers } from '../ui/synthesis/roomState';
import { Loaded } from './Loaded';

const EXERCISES = roomExercises(TEMPLATE);
const route = getRouteApi('/present/$id');

/** /present/$id: the facilitator's window. Loads the session, or says it is not here. */
export default function Present() {
  const session = route.useLoaderData();
  return (
    <Loaded outcome={session()} noun="session" missing="It may have been deleted, or it was made in another browser.">
      {(loaded) => <Presenter initial={loaded} />}
    </Loaded>
  );
}

const projectorUrl = (id: string) => `${location.origin}${location.pathname}#/project/${id}`;

/** Keys a presentation clicker or keyboard sends, ignored while typing in a field. */
function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !/^(checkbox|radio|button|submit|reset|file)$/.test(target.type);
  return target instanceof HTMLElement && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The presenter's wiring: one session, every change through `dispatch`, the projector kept in step. */
function Presenter(props: { initial: FacilitationSession }) {
  const [session, setSession] = createSignal(props.initial);
  const [saveError, setSaveError] = createSignal('');
  const [popupBlocked, setPopupBlocked] = createSignal(false);
  const [helpOpen, setHelpOpen] = createSignal(false);
  const [exporting, setExporting] = createSignal('');
  const [undo, setUndo] = createSignal<Undoable>();
  const [pointsOpen, setPointsOpen] = createSignal(false);
  const now = useNow();

  const view = () => room.project(projectorView(TEMPLATE, session()));
  const exercise = () => EXERCISES[session().current]!;
  const running = () => session().timer.startedAt !== undefined;

  const channel = openChannel(
    session().id,
    (message) => {
      if (message.kind === 'hello' && message.sessionId === session().id) channel.post({ kind: 'view', view: view() });
    },
    () => void stepAside(),
  );
  onCleanup(() => channel.close());
  const room = createRoomAnswers(props.initial.id, () => channel.post({ kind: 'view', view: view() }));

  /** Every change: apply, show the projector, then store (the projector never waits for the disk). */
  const dispatch = (action: Action) => {
    const next = reduce(TEMPLATE, session(), action, Date.now());
    if (next === session()) return;
    setSession(next);
    channel.post({ kind: 'view', view: view() });
    putSession(next).then(
      () => setSaveError(''),
      (error: unknown) => setSaveError(describeStorageError(error)),
    );
  };

  /** Deleting asks nothing, and offers Undo, which puts the idea back on its own exercise. */
  const deleteIdea = (idea: Idea, index: number) => {
    const exerciseId = exercise().id;
    const words = idea.text.length > 40 ? `${idea.text.slice(0, 40).trimEnd()}…` : idea.text;
    dispatch({ type: 'deleteIdea', id: idea.id });
    setUndo({
      message: `Deleted “${words}”.`,
      undo: () => {
        dispatch({ type: 'restoreIdea', exerciseId, idea, index });
        focusById(`idea-${idea.id}`);
      },
    });
    focusById('new-idea');
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '?' && !isTyping(event.target)) {
      event.preventDefault();
      setHelpOpen(true);
      return;
    }
    // Escape leaves a text field, so the presentation keys work again without a mouse.
    if (event.key === 'Escape' && isTyping(event.target)) {
      (event.target as HTMLElement).blur();
      return;
    }
    if (isTyping(event.target) || helpOpen()) return;
    let action = SHORTCUTS.find((shortcut) => shortcut.keys.includes(event.key))?.action;
    if (action?.type === 'timerStart' && running()) action = { type: 'timerPause' };
    if (action) {
      event.preventDefault();
      dispatch(action);
    }
  };
  onMount(() => {
    document.title = `${session().name} · Presenter · CPM Workshop`;
    document.documentElement.classList.add('presenting');
    document.addEventListener('keydown', onKey);
    channel.post({ kind: 'view', view: view() });
  });
  onCleanup(() => {
    document.documentElement.classList.remove('presenting');
    document.removeEventListener('keydown', onKey);
  });

  const openProjector = () => {
    const opened = window.open(projectorUrl(session().id), `cpm-projector-${session().id}`, 'popup,width=1280,height=720');
    setPopupBlocked(!opened);
  };

  const exportBoard = async () => {
    setExporting('Preparing the board PDF…');
    try {
      const pdf = await import('../pdf/export');
      const file = await pdf.exportBoardPdf(session(), loadPaper());
      saveFile(file.bytes, file.fileName, 'application/pdf');
      setExporting('Board PDF downloaded.');
    } catch {
      setExporting('The board PDF could not be made. The board is safe; please try again.');
    }
  };

  const limit = createLimitNote();
  return (
    <div class="presenter" onInput={limit.onInput}>
      <header class="topbar">
        <a href="#/" class="back">
          ← Library
        </a>
        <p class="presenter-status" role="status">
          {exporting()}
        </p>
        <div class="presenter-actions">
          <button type="button" onClick={() => void exportBoard()}>
            Export board PDF
          </button>
          <button type="button" onClick={() => setHelpOpen(true)}>
            Shortcuts (?)
          </button>
          <button type="button" class="primary" onClick={openProjector}>
            Open projector window
          </button>
        </div>
      </header>
      <Show when={saveError()}>
        <p class="banner error" role="alert">
          {saveError()}
        </p>
      </Show>
      <div class="presenter-layout">
        <nav class="presenter-column exercises" aria-label="Exercises">
          <SessionName name={session().name} onRename={(name) => dispatch({ type: 'rename', name })} />
          <ExerciseList exercises={EXERCISES} current={session().current} onGo={(index) => dispatch({ type: 'goto', index })} />
        </nav>

        <main class="presenter-main" id="main">
          <header class="exercise-head">
            <p class="eyebrow">
              Exercise {session().current + 1} of {EXERCISES.length}
            </p>
            <h1>{view().prompt}</h1>
          </header>
          <div class="presenter-controls">
            <div class="presenter-nav">
              <button type="button" disabled={session().current === 0} onClick={() => dispatch({ type: 'prev' })}>
                ← Previous
              </button>
              <button
                type="button"
                class="primary"
                disabled={session().current === EXERCISES.length - 1}
                onClick={() => dispatch({ type: 'next' })}
              >
                Next →
              </button>
              <button type="button" aria-pressed={session().blank} onClick={() => dispatch({ type: 'toggleBlank' })}>
                {session().blank ? 'Show screen (B)' : 'Blank screen (B)'}
              </button>
              <Show when={answerKeyOf(exercise())}>
                {(answers) => (
                  <AnswerKey
                    answers={answers()}
                    revealed={!!session().revealed[exercise().id]}
                    onToggle={() => dispatch({ type: 'toggleReveal' })}
                  />
                )}
              </Show>
            </div>
            <TimerControls
              timer={session().timer}
              now={now()}
              onStart={() => dispatch({ type: 'timerStart' })}
              onPause={() => dispatch({ type: 'timerPause' })}
              onReset={() => dispatch({ type: 'timerReset' })}
              onAddMinute={() => dispatch({ type: 'timerAddMinute' })}
            />
          </div>
          <Show when={exercise().facilitator?.talkingPoints?.length}>
            <TalkingPoints points={exercise().facilitator?.talkingPoints ?? []} open={pointsOpen()} onToggle={setPointsOpen} />
          </Show>
          <RoomBoard
            ideas={session().boards[exercise().id] ?? []}
            columns={boardColumns(exercise())}
            hold={session().holdNewIdeas}
            onAdd={(text, column) => dispatch({ type: 'addIdea', text, column })}
            onEdit={(id, text) => dispatch({ type: 'editIdea', id, text })}
            onMove={(id, column) => dispatch({ type: 'moveIdea', id, column })}
            onToggle={(id) => dispatch({ type: 'toggleIdea', id })}
            onDelete={deleteIdea}
            onHoldChange={(hold) => dispatch({ type: 'setHoldNewIdeas', hold })}
          />
        </main>

        {/* Side panels stack here, each one a <section class="side-panel">. */}
        <aside class="presenter-column side" aria-label="Projector">
          <ProjectorPreview view={view()} address={projectorUrl(session().id)} popupBlocked={popupBlocked()} />
          <section class="side-panel">
            <RoomAnswersPanel
              room={room}
              session={session()}
              exercise={exercise()}
              board={session().boards[exercise().id] ?? []}
              dispatch={dispatch}
            />
          </section>
        </aside>
      </div>
      <ShortcutHelp open={helpOpen()} onClose={() => setHelpOpen(false)} />
      <UndoToast action={undo()} onDone={() => setUndo(undefined)} />
      <limit.Note />
    </div>
  );
}
