import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Action, FacilitationSession, Idea } from '../../facilitate/session';
import { useServices } from '../../services';
import { skippedLine, type Skipped } from '../../synthesis/intake';
import { heldForReview, holdForReview, releaseHeld } from '../../synthesis/roomAnswers';
import type { Exercise } from '../../worksheet/types';
import { createSessionPdf } from '../sessionPdf';
import { plural } from '../plural';
import { ExerciseAnswers } from './ExerciseAnswers';
import type { RoomAnswers } from './roomState';
import './synthesis.css';

/**
 * The facilitator's room answers: add many contribution files at once (picker or drop), see the
 * current exercise's answers grouped and counted, promote one to the board, hide one, or merge
 * two by hand; remove a contribution. Nobody is named unless they ticked it.
 */
export function RoomAnswersPanel(props: {
  room: RoomAnswers;
  session: FacilitationSession;
  exercise: Exercise;
  board: Idea[];
  dispatch: (action: Action) => void;
}) {
  const [dragging, setDragging] = createSignal(false);
  const [intake, setIntake] = createSignal<Intake>({ added: '', skipped: [] });
  const record = () => props.room.record();
  const synthesis = () => props.room.of(props.exercise.id);

  const add = async (files: readonly File[]) => {
    if (!files.length) return;
    const result = await props.room.addFiles(files);
    setIntake({ added: `${plural(result.added, 'contribution')} added.`, skipped: result.skipped });
  };

  return (
    <section
      class="room-answers"
      classList={{ dragging: dragging() }}
      aria-labelledby="room-answers-title"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void add([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <h2 id="room-answers-title">Room answers</h2>
      <p class="muted">{plural(record().contributions.length, 'contribution')} from participants. Drop contribution files here, or:</p>
      <RoomActions room={props.room} session={props.session} onFiles={(files) => void add(files)} />
      <IntakeReport intake={intake()} />
      <Show when={props.room.saveError()}>
        <p class="banner error" role="alert">
          {props.room.saveError()}
        </p>
      </Show>
      <Show when={synthesis()} fallback={<p class="muted">Participants are not asked to share this exercise.</p>}>
        {(exercise) => (
          <ExerciseAnswers
            synthesis={exercise()}
            exercise={props.exercise}
            edits={record().edits}
            onEdit={(change) => props.room.update((current) => ({ ...current, edits: change(current.edits) }))}
            board={props.board}
            dispatch={props.dispatch}
          />
        )}
      </Show>
      <Show when={record().contributions.length}>
        <ContributionList room={props.room} />
      </Show>
    </section>
  );
}

/** What the last files added came to: how many were added, and each one skipped with its reason. */
interface Intake {
  added: string;
  skipped: Skipped[];
}

function IntakeReport(props: { intake: Intake }) {
  return (
    <div class="room-intake" role="status">
      <Show when={props.intake.added}>
        <p>{props.intake.added}</p>
      </Show>
      <Show when={props.intake.skipped.length}>
        <ul class="room-skipped">
          <For each={props.intake.skipped}>{(item) => <li>{skippedLine(item)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}

/** Add contributions (a picker for many files), show them on screen, export them as a PDF. */
function RoomActions(props: { room: RoomAnswers; session: FacilitationSession; onFiles: (files: File[]) => void }) {
  const { paper } = useServices();
  let input!: HTMLInputElement;
  const record = () => props.room.record();
  const answersPdf = createSessionPdf({ pdf: 'room answers PDF', safe: 'The answers are' }, (pdf) =>
    pdf.exportSynthesisPdf(props.session, props.room.synthesis(), record().contributions.length, paper.load()),
  );
  return (
    <>
      <div class="actions">
        <button type="button" class="primary" onClick={() => input.click()}>
          Add contributions
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          multiple
          class="sr-only"
          tabindex="-1"
          aria-label="Contribution files"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            props.onFiles(files);
          }}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={record().onScreen}
            onChange={(event) => {
              const onScreen = event.currentTarget.checked;
              props.room.update((current) => ({ ...current, onScreen }));
            }}
          />
          Show room answers on screen
        </label>
        <HoldForReview room={props.room} />
        <button type="button" disabled={!record().contributions.length} onClick={() => void answersPdf.run()}>
          Export room answers PDF
        </button>
      </div>
      <p class="room-export" role="status">
        {answersPdf.status()}
      </p>
    </>
  );
}

/**
 * Hold for review: new and changed answers wait for the facilitator before the projector shows
 * them; the presenter shows everything, so the facilitator reads them first.
 */
function HoldForReview(props: { room: RoomAnswers }) {
  // Compares every contribution with its released copy: once per change, not once per use.
  const held = createMemo(() => heldForReview(props.room.record()));
  return (
    <div class="room-hold">
      <label class="check">
        <input
          type="checkbox"
          checked={Boolean(props.room.record().review)}
          onChange={(event) => {
            const hold = event.currentTarget.checked;
            props.room.update((current) => holdForReview(current, hold));
          }}
        />
        Hold new answers for review
      </label>
      <Show when={props.room.record().review}>
        <span role="status" class="room-held">
          {held() ? `${held()} held for review` : 'Nothing held for review'}
        </span>
        <button type="button" disabled={!held()} onClick={() => props.room.update(releaseHeld)}>
          Show held answers on screen
        </button>
      </Show>
    </div>
  );
}

/** Every contribution added, by name or "Anonymous n", each with Remove. */
function ContributionList(props: { room: RoomAnswers }) {
  const contributions = () => props.room.record().contributions;
  const remove = (id: string) =>
    props.room.update((current) => ({ ...current, contributions: current.contributions.filter((c) => c.contributionId !== id) }));
  return (
    <details class="room-contributions">
      <summary>Contributions ({contributions().length})</summary>
      <ol>
        <For each={contributions()}>
          {(contribution, index) => (
            <li>
              <span>
                {contribution.name ?? `Anonymous ${index() + 1}`} · shared{' '}
                {new Date(contribution.sharedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
              </span>
              <button type="button" class="danger-link" onClick={() => remove(contribution.contributionId)}>
                Remove<span class="sr-only"> contribution {contribution.name ?? `Anonymous ${index() + 1}`}</span>
              </button>
            </li>
          )}
        </For>
      </ol>
    </details>
  );
}
