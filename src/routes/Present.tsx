import { getRouteApi } from '@tanstack/solid-router';
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { openChannel } from '../facilitate/channel';
import {
  answerKeyOf,
  boardColumns,
  projectorView,
  reduce,
  roomExercises,
  timeLeft,
  type Action,
  type FacilitationSession,
} from '../facilitate/session';
import { describeStorageError } from '../store/errors';
import { loadPaper } from '../store/preferences';
import { putSession } from '../store/sessions';
import { TEMPLATE } from '../worksheet/template';
import { formatCountdown, useNow } from '../ui/clock';
import { saveFile } from '../ui/download';
import { focusById } from '../ui/focus';
import { ProjectorScreen } from '../ui/ProjectorScreen';
import { ShortcutHelp, SHORTCUTS } from '../ui/ShortcutHelp';
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
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function Presenter(props: { initial: FacilitationSession }) {
  const [session, setSession] = createSignal(props.initial);
  const [saveError, setSaveError] = createSignal('');
  const [popupBlocked, setPopupBlocked] = createSignal(false);
  const [helpOpen, setHelpOpen] = createSignal(false);
  const [exporting, setExporting] = createSignal('');
  const now = useNow();

  const view = () => projectorView(TEMPLATE, session());
  const exercise = () => EXERCISES[session().current]!;
  const columns = () => boardColumns(exercise());
  const ideas = () => session().boards[exercise().id] ?? [];
  const key = () => answerKeyOf(exercise());
  const running = () => session().timer.startedAt !== undefined;

  const channel = openChannel(session().id, (message) => {
    if (message.kind === 'hello' && message.sessionId === session().id) channel.post({ kind: 'view', view: view() });
  });
  onCleanup(() => channel.close());

  /** Every change: apply, show the projector, then store (the projector never waits for the disk). */
  const dispatch = (action: Action) => {
    const next = reduce(TEMPLATE, session(), action, Date.now());
    if (next === session()) return;
    setSession(next);
    channel.post({ kind: 'view', view: projectorView(TEMPLATE, next) });
    putSession(next).then(
      () => setSaveError(''),
      (error: unknown) => setSaveError(describeStorageError(error)),
    );
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
    document.addEventListener('keydown', onKey);
    channel.post({ kind: 'view', view: view() });
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));

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

  return (
    <div class="presenter">
      <header class="topbar">
        <a href="#/" class="back">
          ← Library
        </a>
        <div class="presenter-actions">
          <button type="button" onClick={() => void exportBoard()}>
            Export board PDF
          </button>
          <button type="button" onClick={() => setHelpOpen(true)}>
            Keyboard shortcuts (?)
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
      <p class="presenter-status" role="status">
        {exporting()}
      </p>
      <div class="presenter-layout">
        <nav class="exercise-list" aria-label="Exercises">
          <form class="session-meta" onSubmit={(event) => event.preventDefault()}>
            <label for="session-name">Session name</label>
            <input
              id="session-name"
              value={session().name}
              onChange={(event) => dispatch({ type: 'rename', name: event.currentTarget.value })}
            />
          </form>
          <ol>
            <For each={EXERCISES}>
              {(item, index) => (
                <li>
                  <button
                    type="button"
                    aria-current={session().current === index() ? 'step' : undefined}
                    onClick={() => dispatch({ type: 'goto', index: index() })}
                  >
                    <span class="exercise-number">{index() + 1}</span>
                    <span>{item.facilitator?.screen ?? item.question}</span>
                  </button>
                </li>
              )}
            </For>
          </ol>
        </nav>

        <main class="presenter-main" id="main">
          <p class="eyebrow">
            Exercise {session().current + 1} of {EXERCISES.length}
          </p>
          <h1>{view().prompt}</h1>
          <div class="presenter-nav">
            <button type="button" disabled={session().current === 0} onClick={() => dispatch({ type: 'prev' })}>
              ← Previous
            </button>
            <button type="button" disabled={session().current === EXERCISES.length - 1} onClick={() => dispatch({ type: 'next' })}>
              Next →
            </button>
            <button type="button" aria-pressed={session().blank} onClick={() => dispatch({ type: 'toggleBlank' })}>
              {session().blank ? 'Show screen (B)' : 'Blank screen (B)'}
            </button>
          </div>

          <Show when={exercise().facilitator?.talkingPoints?.length}>
            <section class="talking-points" aria-labelledby="talking-title">
              <h2 id="talking-title">Talking points</h2>
              <ul>
                <For each={exercise().facilitator?.talkingPoints}>{(point) => <li>{point}</li>}</For>
              </ul>
            </section>
          </Show>

          <Show when={key()}>
            {(answers) => (
              <section class="reveal" aria-labelledby="reveal-title">
                <h2 id="reveal-title">Answer key</h2>
                <p class="answer-key">{answers().join(', ')}</p>
                <button type="button" aria-pressed={!!session().revealed[exercise().id]} onClick={() => dispatch({ type: 'toggleReveal' })}>
                  {session().revealed[exercise().id] ? 'Hide answers on screen (R)' : 'Reveal answers on screen (R)'}
                </button>
              </section>
            )}
          </Show>

          <section class="timer" aria-labelledby="timer-title">
            <h2 id="timer-title">Timer</h2>
            <p class="timer-display" role="timer" aria-live="off">
              {formatCountdown(timeLeft(session().timer, now()))}
            </p>
            <div class="actions">
              <Show
                when={running()}
                fallback={
                  <button type="button" onClick={() => dispatch({ type: 'timerStart' })}>
                    Start (T)
                  </button>
                }
              >
                <button type="button" onClick={() => dispatch({ type: 'timerPause' })}>
                  Pause (T)
                </button>
              </Show>
              <button type="button" onClick={() => dispatch({ type: 'timerReset' })}>
                Reset
              </button>
              <button type="button" onClick={() => dispatch({ type: 'timerAddMinute' })}>
                +1 minute
              </button>
            </div>
          </section>

          <section class="board" aria-labelledby="board-title">
            <h2 id="board-title">Room board</h2>
            <form
              class="add-idea"
              onSubmit={(event) => {
                event.preventDefault();
                const form = event.currentTarget;
                const data = new FormData(form);
                dispatch({ type: 'addIdea', text: String(data.get('idea') ?? ''), column: columns() ? String(data.get('column')) : undefined });
                (form.elements.namedItem('idea') as HTMLInputElement).value = '';
                focusById('new-idea');
              }}
            >
              <div class="field">
                <label for="new-idea">Add an idea (Enter adds it)</label>
                <input id="new-idea" name="idea" autocomplete="off" />
              </div>
              <Show when={columns()}>
                {(cols) => (
                  <div class="field">
                    <label for="new-idea-column">Element</label>
                    <select id="new-idea-column" name="column">
                      <For each={cols()}>{(column) => <option value={column.id}>{column.label}</option>}</For>
                    </select>
                  </div>
                )}
              </Show>
              <button type="submit" class="primary">
                Add
              </button>
            </form>
            <label class="check">
              <input
                type="checkbox"
                checked={session().holdNewIdeas}
                onChange={(event) => dispatch({ type: 'setHoldNewIdeas', hold: event.currentTarget.checked })}
              />
              Hold new ideas for review before they show on screen
            </label>
            <Show when={ideas().length > 0} fallback={<p class="muted">No ideas yet for this exercise.</p>}>
              <ol class="ideas">
                <For each={ideas()}>
                  {(idea, index) => (
                    <li classList={{ held: idea.hidden }}>
                      <label for={`idea-${idea.id}`} class="idea-number">
                        Idea {index() + 1}
                      </label>
                      <input
                        id={`idea-${idea.id}`}
                        value={idea.text}
                        onChange={(event) => dispatch({ type: 'editIdea', id: idea.id, text: event.currentTarget.value })}
                      />
                      <Show when={columns()}>
                        {(cols) => (
                          <select
                            aria-label={`Element for idea ${index() + 1}`}
                            value={idea.column ?? cols()[0]?.id}
                            onChange={(event) => dispatch({ type: 'moveIdea', id: idea.id, column: event.currentTarget.value })}
                          >
                            <For each={cols()}>{(column) => <option value={column.id}>{column.label}</option>}</For>
                          </select>
                        )}
                      </Show>
                      <button type="button" onClick={() => dispatch({ type: 'toggleIdea', id: idea.id })}>
                        {idea.hidden ? 'Show' : 'Hide'}
                        <span class="sr-only"> idea {index() + 1}</span>
                      </button>
                      <button type="button" class="danger-link" onClick={() => dispatch({ type: 'deleteIdea', id: idea.id })}>
                        Delete<span class="sr-only"> idea {index() + 1}</span>
                      </button>
                      <Show when={idea.hidden}>
                        <span class="held-note">Not on screen</span>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          </section>
        </main>

        <aside class="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">On the projector</h2>
          <div class="preview-frame">
            <div class="preview-inner">
              <ProjectorScreen view={view()} headingLevel={2} />
            </div>
          </div>
          <p class="projector-address">
            <Show when={popupBlocked()} fallback={<span>Projector address: </span>}>
              <strong>The browser blocked the projector window.</strong> Open this address in a new window and drag it to
              the projector:{' '}
            </Show>
            <code>{projectorUrl(session().id)}</code>
          </p>
          <button type="button" onClick={() => void navigator.clipboard?.writeText(projectorUrl(session().id))}>
            Copy projector address
          </button>
        </aside>
      </div>
      <ShortcutHelp open={helpOpen()} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
