import { createEffect, For, on, onCleanup, onMount, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { timeLeft, type ProjectorView } from '../facilitate/session';
import { formatCountdown, useNow } from './clock';
import { RoomScreen } from './synthesis/RoomScreen';

/**
 * What the room sees: one prompt in large type, the timer, revealed answers and the room's
 * ideas. Type shrinks until everything fits the screen, so nothing ever scrolls.
 */
export function ProjectorScreen(props: { view: ProjectorView; headingLevel?: 1 | 2 }) {
  let screen!: HTMLDivElement;
  const now = useNow();
  const left = () => timeLeft(props.view.timer, now());
  const running = () => props.view.timer.startedAt !== undefined;

  const fit = () => {
    let scale = 1;
    screen.style.setProperty('--fit', '1');
    while (scale > 0.4 && (screen.scrollHeight > screen.clientHeight + 1 || screen.scrollWidth > screen.clientWidth + 1)) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      screen.style.setProperty('--fit', String(scale));
    }
  };
  createEffect(on(() => [props.view.rev, props.view.exerciseId, props.view.roomRev], () => queueMicrotask(fit)));
  onMount(() => {
    const observer = new ResizeObserver(() => fit());
    observer.observe(screen);
    onCleanup(() => observer.disconnect());
  });

  // In the presenter's preview the screen sits one heading level lower than in its own window.
  const level = () => props.headingLevel ?? 1;

  return (
    <div class="screen-frame">
    <div class="screen" classList={{ blanked: props.view.blank }} ref={screen}>
      <Show
        when={!props.view.blank}
        fallback={<p class="sr-only">The screen is blanked.</p>}
      >
        <header class="screen-top">
          <span>
            {props.view.sessionName} · {props.view.position.index + 1} of {props.view.position.count}
          </span>
          <span class="screen-timer" classList={{ running: running(), done: left() === 0 }} aria-label={`Time left ${formatCountdown(left())}`}>
            {formatCountdown(left())}
          </span>
        </header>
        <Dynamic component={`h${level()}`} class="screen-prompt">
          {props.view.prompt}
        </Dynamic>
        <Show when={props.view.answers}>
          {(answers) => (
            <ol class="screen-answers" aria-label="Answers">
              <For each={answers()}>{(answer) => <li>{answer}</li>}</For>
            </ol>
          )}
        </Show>
        <Show when={props.view.columns}>
          {(columns) => (
            <div class="screen-columns" style={{ '--columns': String(columns().length) }}>
              <For each={columns()}>
                {(column) => (
                  <section class="screen-column" aria-label={column.label}>
                    <Dynamic component={`h${level() + 1}`} class="screen-column-title">
                      {column.label}
                    </Dynamic>
                    <ul>
                      <For each={column.ideas}>{(idea) => <li>{idea}</li>}</For>
                    </ul>
                  </section>
                )}
              </For>
            </div>
          )}
        </Show>
        <Show when={props.view.ideas.length > 0}>
          <ul class="screen-ideas" aria-label="Ideas from the room">
            <For each={props.view.ideas}>{(idea) => <li>{idea}</li>}</For>
          </ul>
        </Show>
        <Show when={props.view.room}>{(room) => <RoomScreen room={room()} headingLevel={level() + 1} />}</Show>
      </Show>
    </div>
    </div>
  );
}
