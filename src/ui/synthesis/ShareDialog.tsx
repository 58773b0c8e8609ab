import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  buildContribution,
  contributionFileName,
  defaultSharedIds,
  shareableExercises,
  sharedLines,
  type SharedAnswers,
} from '../../synthesis/contribution';
import { participantName } from '../../worksheet/answers';
import { plainText } from '../../worksheet/richtext';
import { TEMPLATE } from '../../worksheet/template';
import type { Answers, Exercise } from '../../worksheet/types';
import { saveJson } from '../download';
import { bindModal } from '../modal';
import './synthesis.css';

const EXERCISES = shareableExercises(TEMPLATE);

/**
 * "Share with the facilitator": shows, prompt by prompt, exactly what the contribution file will
 * hold, with the room exercises ticked and the personal reflections and the name left out until
 * the participant ticks them. The file is saved here; the participant sends it however the room works.
 */
export function ShareDialog(props: { open: boolean; onClose: () => void; answers: () => Answers }) {
  let dialog!: HTMLDialogElement;
  bindModal(
    () => dialog,
    () => props.open,
  );
  const [ticked, setTicked] = createSignal(new Set(defaultSharedIds(TEMPLATE)));
  const [includeName, setIncludeName] = createSignal(false);
  const [saved, setSaved] = createSignal('');

  // Built from every exercise, so each one's preview shows what ticking it would share.
  const everything = createMemo(() =>
    props.open ? buildContribution(TEMPLATE, props.answers(), { exerciseIds: EXERCISES.map((e) => e.id), includeName: false }) : undefined,
  );
  const name = () => (props.open ? participantName(props.answers()) : '');
  const toggle = (id: string, on: boolean) => {
    const next = new Set(ticked());
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
    setSaved('');
  };
  const save = () => {
    const answers = props.answers();
    const contribution = buildContribution(TEMPLATE, answers, { exerciseIds: [...ticked()], includeName: includeName() });
    const fileName = contributionFileName(contribution, answers.text['cover.date'] ?? '');
    saveJson(contribution, fileName);
    setSaved(fileName);
  };

  return (
    <dialog ref={dialog} class="confirm share-dialog" aria-labelledby="share-title" onClose={() => props.onClose()}>
      <h2 id="share-title">Share with the facilitator</h2>
      <p>
        This saves a small file with only the answers ticked below. Send it to the facilitator however your room works (email, a shared
        drive, a USB stick). Nothing is sent from this app.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <fieldset class="share-exercises">
          <legend>Answers to share</legend>
          <For each={EXERCISES}>
            {(exercise) => (
              <ShareChoice
                exercise={exercise}
                ticked={ticked().has(exercise.id)}
                shared={everything()?.answers}
                onToggle={(on) => toggle(exercise.id, on)}
              />
            )}
          </For>
        </fieldset>
        <IncludeName
          name={name()}
          checked={includeName()}
          onChange={(on) => {
            setIncludeName(on);
            setSaved('');
          }}
        />
        <p class="muted">Without it the file is anonymous. Your role, county and session name are never shared.</p>
        <div class="actions">
          <button type="button" onClick={() => dialog.close()}>
            Close
          </button>
          <button type="submit" class="primary" disabled={ticked().size === 0}>
            Save contribution file
          </button>
          <p role="status" class="share-status">
            <Show when={saved()}>Saved {saved()}. Send this file to the facilitator.</Show>
          </p>
        </div>
      </form>
    </dialog>
  );
}

/** One exercise to tick, with exactly what ticking it shares. */
export function ShareChoice(props: {
  exercise: Exercise;
  ticked: boolean;
  shared: SharedAnswers | undefined;
  onToggle: (on: boolean) => void;
}) {
  const lines = () => (props.shared ? sharedLines(props.exercise, props.shared) : []);
  const question = () => plainText(props.exercise.question);
  return (
    <div class="share-exercise" classList={{ unticked: !props.ticked }}>
      <label class="check">
        <input type="checkbox" checked={props.ticked} onChange={(event) => props.onToggle(event.currentTarget.checked)} />
        {question()}
        <Show when={props.exercise.personal}>
          <span class="share-note"> (personal reflection)</span>
        </Show>
      </label>
      <Show when={lines().length} fallback={<p class="muted share-empty">Nothing written yet.</p>}>
        <dl class="share-lines" aria-label={`What is shared for: ${question()}`}>
          <For each={lines()}>
            {(line) => (
              <div>
                <dt>{line.label}</dt>
                <dd>{line.text}</dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
    </div>
  );
}

/** The name is shared only when ticked, and cannot be ticked when the cover has none. */
export function IncludeName(props: { name: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="check share-name">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={!props.name}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <Show when={props.name} fallback={<>Include my name (no name is filled in on this worksheet)</>}>
        Include my name ({props.name})
      </Show>
    </label>
  );
}
