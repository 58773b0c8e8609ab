import { getRouteApi, Link } from '@tanstack/solid-router';
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import {
  answerKeyOf,
  boardColumns,
  roomExercises,
  timerPhase,
  type Action,
  type FacilitationSession,
  type Idea,
} from '../facilitate/session';
import { useServices } from '../services';
import { TEMPLATE } from '../worksheet/template';
import type { Exercise } from '../worksheet/types';
import { useNow } from '../ui/clock';
import { createSessionPdf } from '../ui/sessionPdf';
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
import { RoomAnswersPanel } from '../ui/synthesis/RoomAnswersPanel';
import { createPresenterSession, type PresenterSession } from '../ui/presenter/presenterSession';
import { LiveRoomPanel } from '../ui/presenter/LiveRoomPanel';
import { VotingControls } from '../ui/presenter/VotingControls';
import { loadPresenterRoom, savePresenterRoom } from '../store/liveRooms';
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

/** The presenter: the session's exercises, the current one with its controls, and the side panels. */
function Presenter(props: { initial: FacilitationSession }) {
  const presenter = createPresenterSession(props.initial);
  const { session, view, dispatch } = presenter;
  const [popupBlocked, setPopupBlocked] = createSignal(false);
  const [helpOpen, setHelpOpen] = createSignal(false);
  const [undo, setUndo] = createSignal<Undoable>();
  const [roomOpen, setRoomOpen] = createSignal(Boolean(loadPresenterRoom(props.initial.id)));
  const exercise = () => EXERCISES[session().current]!;
  const board = () => session().boards[exercise().id] ?? [];

  usePresenterKeys(presenter, helpOpen, setHelpOpen);
  onMount(() => {
    document.title = `${session().name} · Presenter · CPM Workshop`;
    presenter.postView();
  });

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

  const openProjector = () => {
    const opened = window.open(projectorUrl(session().id), `cpm-projector-${session().id}`, 'popup,width=1280,height=720');
    setPopupBlocked(!opened);
  };

  const limit = createLimitNote();
  return (
    <div class="presenter" onInput={limit.onInput}>
      <PresenterTopbar session={session()} onHelp={() => setHelpOpen(true)} onOpenProjector={openProjector} />
      <Show when={presenter.saveError()}>
        <p class="banner error" role="alert">
          {presenter.saveError()}
        </p>
      </Show>
      <div class="presenter-layout">
        <nav class="presenter-column exercises" aria-label="Exercises">
          <SessionName name={session().name} onRename={(name) => dispatch({ type: 'rename', name })} />
          <ExerciseList exercises={EXERCISES} current={session().current} onGo={(index) => dispatch({ type: 'goto', index })} />
        </nav>
        <ExerciseStage
          session={session()}
          exercise={exercise()}
          prompt={view().prompt}
          roomOpen={roomOpen()}
          dispatch={dispatch}
          onDeleteIdea={deleteIdea}
        />
        {/* Side panels stack here, each one a <section class="side-panel">. */}
        <aside class="presenter-column side" aria-label="Projector">
          <ProjectorPreview view={view()} address={projectorUrl(session().id)} popupBlocked={popupBlocked()} />
          <LiveRoomPanel
            session={session()}
            room={presenter.room}
            stored={loadPresenterRoom(props.initial.id)}
            onStore={(room) => {
              savePresenterRoom(props.initial.id, room);
              setRoomOpen(Boolean(room));
            }}
            onJoinScreen={(join) => dispatch({ type: 'showJoin', join })}
            onVotes={dispatch}
          />
          <section class="side-panel">
            <RoomAnswersPanel room={presenter.room} session={session()} exercise={exercise()} board={board()} dispatch={dispatch} />
          </section>
        </aside>
      </div>
      <ShortcutHelp open={helpOpen()} onClose={() => setHelpOpen(false)} />
      <UndoToast action={undo()} onDone={() => setUndo(undefined)} />
      <limit.Note />
    </div>
  );
}

/** The presentation keys (arrows, a clicker, B, R, T, ?), ignored while typing in a field. */
function usePresenterKeys(presenter: PresenterSession, helpOpen: () => boolean, setHelpOpen: (open: boolean) => void) {
  // A timer at "Time's up" is not running: T starts it again.
  const running = () => timerPhase(presenter.session().timer, Date.now()) !== 'done' && presenter.session().timer.startedAt !== undefined;
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
      presenter.dispatch(action);
    }
  };
  onMount(() => {
    document.documentElement.classList.add('presenting');
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => {
    document.documentElement.classList.remove('presenting');
    document.removeEventListener('keydown', onKey);
  });
}

/** The top bar: back to the library, the board export with its status, shortcuts, the projector. */
function PresenterTopbar(props: { session: FacilitationSession; onHelp: () => void; onOpenProjector: () => void }) {
  const { paper } = useServices();
  const board = createSessionPdf({ pdf: 'board PDF', safe: 'The board is' }, (pdf) => pdf.exportBoardPdf(props.session, paper.load()));
  return (
    <header class="topbar">
      <Link to="/" class="back">
        ← Library
      </Link>
      <p class="presenter-status" role="status">
        {board.status()}
      </p>
      <div class="presenter-actions">
        <button type="button" onClick={() => void board.run()}>
          Export board PDF
        </button>
        <button type="button" onClick={() => props.onHelp()}>
          Shortcuts (?)
        </button>
        <button type="button" class="primary" onClick={() => props.onOpenProjector()}>
          Open projector window
        </button>
      </div>
    </header>
  );
}

/** The current exercise: its prompt, stepping, blank screen, answer key, timer, talking points and the room board. */
function ExerciseStage(props: {
  session: FacilitationSession;
  exercise: Exercise;
  prompt: string;
  roomOpen: boolean;
  dispatch: (action: Action) => void;
  onDeleteIdea: (idea: Idea, index: number) => void;
}) {
  const now = useNow();
  const [pointsOpen, setPointsOpen] = createSignal(false);
  const dispatch = (action: Action) => props.dispatch(action);
  return (
    <main class="presenter-main" id="main">
      <header class="exercise-head">
        <p class="eyebrow">
          Exercise {props.session.current + 1} of {EXERCISES.length}
        </p>
        <h1>{props.prompt}</h1>
      </header>
      <div class="presenter-controls">
        <div class="presenter-nav">
          <button type="button" disabled={props.session.current === 0} onClick={() => dispatch({ type: 'prev' })}>
            ← Previous
          </button>
          <button
            type="button"
            class="primary"
            disabled={props.session.current === EXERCISES.length - 1}
            onClick={() => dispatch({ type: 'next' })}
          >
            Next →
          </button>
          <button type="button" aria-pressed={props.session.blank} onClick={() => dispatch({ type: 'toggleBlank' })}>
            {props.session.blank ? 'Show screen (B)' : 'Blank screen (B)'}
          </button>
          <Show when={answerKeyOf(props.exercise)}>
            {(answers) => (
              <AnswerKey
                answers={answers()}
                revealed={!!props.session.revealed[props.exercise.id]}
                onToggle={() => dispatch({ type: 'toggleReveal' })}
              />
            )}
          </Show>
        </div>
        <TimerControls
          timer={props.session.timer}
          now={now()}
          onStart={() => dispatch({ type: 'timerStart' })}
          onPause={() => dispatch({ type: 'timerPause' })}
          onReset={() => dispatch({ type: 'timerReset' })}
          onAddMinute={() => dispatch({ type: 'timerAddMinute' })}
        />
      </div>
      <Show when={props.exercise.facilitator?.talkingPoints?.length}>
        <TalkingPoints points={props.exercise.facilitator?.talkingPoints ?? []} open={pointsOpen()} onToggle={setPointsOpen} />
      </Show>
      <RoomBoard
        ideas={props.session.boards[props.exercise.id] ?? []}
        columns={boardColumns(props.exercise)}
        hold={props.session.holdNewIdeas}
        onAdd={(text, column) => dispatch({ type: 'addIdea', text, column })}
        onEdit={(id, text) => dispatch({ type: 'editIdea', id, text })}
        onMove={(id, column) => dispatch({ type: 'moveIdea', id, column })}
        onToggle={(id) => dispatch({ type: 'toggleIdea', id })}
        onDelete={(idea, index) => props.onDeleteIdea(idea, index)}
        onHoldChange={(hold) => dispatch({ type: 'setHoldNewIdeas', hold })}
      />
      <VotingControls
        round={props.session.votes?.[props.exercise.id]}
        ideas={props.session.boards[props.exercise.id] ?? []}
        roomOpen={props.roomOpen}
        onOpen={(votesEach) => dispatch({ type: 'openVoting', votesEach })}
        onClose={() => dispatch({ type: 'closeVoting' })}
        onToggleShown={() => dispatch({ type: 'toggleVoteResults' })}
      />
    </main>
  );
}
