import { createEffect, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { ProjectorView, ScreenShape } from '../facilitate/session';
import { useNow } from './clock';
import { ElementColumns } from './projector/ElementColumns';
import { fitScreen } from './projector/fit';
import { IdeaWall } from './projector/IdeaWall';
import { JoinScreen } from './projector/JoinScreen';
import { NumberedSlots } from './projector/NumberedSlots';
import { RecallSlots } from './projector/RecallSlots';
import { VoteResults } from './projector/VoteResults';
import { ScreenTimer } from './projector/ScreenTimer';
import { RoomScreen } from './synthesis/RoomScreen';
import './projector/projector.css';

/** Narrows the view's shape for one Match branch. */
const shapeOf = <K extends ScreenShape['kind']>(view: ProjectorView, kind: K) =>
  view.shape.kind === kind ? (view.shape as Extract<ScreenShape, { kind: K }>) : undefined;

/**
 * What the room sees: the prompt in large type, the exercise's shape from the template
 * (slots, rows, columns or its questions) filled as the room answers, and the timer once
 * started. The type scales so the screen is filled and nothing ever scrolls.
 */
export function ProjectorScreen(props: { view: ProjectorView; headingLevel?: 1 | 2 }) {
  let screen!: HTMLDivElement;
  const now = useNow();

  const fit = () => fitScreen(screen);
  createEffect(
    on(
      () => props.view,
      () => queueMicrotask(fit),
    ),
  );
  onMount(() => {
    const observer = new ResizeObserver(fit);
    observer.observe(screen);
    onCleanup(() => observer.disconnect());
  });

  // In the presenter's preview the screen sits one heading level lower than in its own window.
  const level = () => props.headingLevel ?? 1;

  return (
    <div class="screen-frame">
      <div class="screen" classList={{ blanked: props.view.blank }} data-shape={props.view.shape.kind} ref={screen}>
        <Show when={!props.view.blank} fallback={<p class="sr-only">The screen is blanked.</p>}>
          <header class="screen-top">
            <span class="screen-place">
              <bdi>{props.view.sessionName}</bdi> · {props.view.position.index + 1} of {props.view.position.count}
            </span>
            <ScreenTimer timer={props.view.timer} now={now()} />
          </header>
          <Show when={props.view.join} fallback={<ExerciseBody view={props.view} level={level()} />}>
            {(join) => <JoinScreen join={join()} headingLevel={level()} decorative={level() > 1} />}
          </Show>
        </Show>
      </div>
    </div>
  );
}

/** The exercise: its prompt, and its shape filled as the room answers, or the room's answers or votes once shown. */
function ExerciseBody(props: { view: ProjectorView; level: number }) {
  const level = () => props.level;
  return (
    <>
      <Dynamic component={`h${level()}`} class="screen-prompt">
        {props.view.prompt}
      </Dynamic>
      <div class="screen-body" data-fit-area>
        <Show when={props.view.votes} fallback={<ExerciseShape view={props.view} level={level()} />}>
          {(votes) => <VoteResults votes={votes()} headingLevel={level() + 1} preview={level() > 1} />}
        </Show>
      </div>
    </>
  );
}

/** The exercise's shape from the template, filled as the room answers, or the room's answers once shown. */
function ExerciseShape(props: { view: ProjectorView; level: number }) {
  const level = () => props.level;
  return (
    <Show
      when={props.view.room}
      fallback={
        <Switch>
          <Match when={shapeOf(props.view, 'recall')}>
            {(shape) => (
              <>
                <RecallSlots blanks={shape().blanks} answers={props.view.answers} />
                <Show when={props.view.ideas.length > 0}>
                  <IdeaWall ideas={props.view.ideas} />
                </Show>
              </>
            )}
          </Match>
          <Match when={shapeOf(props.view, 'list')}>{(shape) => <NumberedSlots rows={shape().rows} ideas={props.view.ideas} />}</Match>
          <Match when={shapeOf(props.view, 'columns') && props.view.columns}>
            {(columns) => <ElementColumns columns={columns()} headingLevel={level() + 1} />}
          </Match>
          <Match when={shapeOf(props.view, 'questions')}>
            {(shape) => <IdeaWall ideas={props.view.ideas} questions={shape().questions} />}
          </Match>
        </Switch>
      }
    >
      {(room) => <RoomScreen room={room()} headingLevel={level() + 1} preview={level() > 1} />}
    </Show>
  );
}
