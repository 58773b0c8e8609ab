import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { buildContribution, shareableExercises } from '../../synthesis/contribution';
import type { LiveState } from '../../room/participantRoom';
import { SHARE_VERSION, shareMap } from '../../room/projection';
import type { Membership } from '../../store/liveRooms';
import { participantName } from '../../worksheet/answers';
import { TEMPLATE } from '../../worksheet/template';
import type { Answers } from '../../worksheet/types';
import { IncludeName, ShareChoice } from './ShareDialog';
import './synthesis.css';

const EXERCISES = shareableExercises(TEMPLATE);

/** What the participant sees of the room: always true of this moment. */
function statusLine(state: LiveState, sharing: boolean, title: string): string {
  const room = title || 'the room';
  switch (state) {
    case 'connecting':
      return 'Connecting to the room…';
    case 'reconnecting':
      return 'Reconnecting… your answers are saved on this device.';
    case 'ended':
      return 'Not shared: the room has ended.';
    case 'refused':
      return 'Not shared: the room did not accept this device. Ask the facilitator for the join link again.';
    case 'too-large':
      return 'Not shared: these answers are too long to share live. Save a contribution file instead.';
    case 'live':
      return sharing ? `Live with ${room}` : `In ${room}. Nothing is shared until you start sharing.`;
  }
}

/**
 * A worksheet in a live room: exactly what would be shared (the same ticks and preview as a
 * contribution file), Start and Stop sharing, and a status that says what is happening. While
 * sharing, the ticked answers reach the facilitator about a second after typing pauses.
 */
export function LiveShare(props: {
  membership: Membership;
  answers: () => Answers;
  onChange: (membership: Membership) => void;
  onPdf: () => void;
  onBackup: () => void;
}) {
  const [member, setMember] = createSignal(props.membership);
  const [state, setState] = createSignal<LiveState>('connecting');
  const [title, setTitle] = createSignal(props.membership.title);
  const update = (change: Partial<Membership>) => {
    const next = { ...member(), ...change };
    setMember(next);
    props.onChange(next);
  };
  let room: ReturnType<typeof import('../../room/participantRoom').joinLive> | undefined;
  void import('../../room/participantRoom').then(({ joinLive }) => {
    room = joinLive(props.membership, { state: setState, title: setTitle });
    send();
  });
  onCleanup(() => room?.close());

  const everything = createMemo(() =>
    buildContribution(TEMPLATE, props.answers(), { exerciseIds: EXERCISES.map((e) => e.id), includeName: false }),
  );
  const wanted = () =>
    member().sharing
      ? shareMap(TEMPLATE, props.answers(), { exerciseIds: member().exerciseIds, includeName: member().includeName })
      : { v: SHARE_VERSION };
  const send = () => room?.share(wanted());
  // Typing is sent about a second after it pauses; a tick, Start or Stop at once.
  let pause: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      everything,
      () => {
        clearTimeout(pause);
        pause = setTimeout(send, 1000);
      },
      { defer: true },
    ),
  );
  createEffect(on(member, send, { defer: true }));
  onCleanup(() => clearTimeout(pause));

  const toggle = (id: string, ticked: boolean) =>
    update({ exerciseIds: ticked ? [...member().exerciseIds, id] : member().exerciseIds.filter((other) => other !== id) });
  return (
    <section class="live-share" aria-labelledby="live-share-title">
      <h2 id="live-share-title">Live room: {title() || member().code}</h2>
      <p role="status" class="live-status" classList={{ ended: state() === 'ended' }}>
        {statusLine(state(), member().sharing, title())}
      </p>
      <Show
        when={state() !== 'ended'}
        fallback={
          <div class="actions">
            <p>Take your worksheet with you: this address may not open it again from another network.</p>
            <button type="button" class="primary" onClick={() => props.onPdf()}>
              Download PDF
            </button>
            <button type="button" onClick={() => props.onBackup()}>
              Download backup
            </button>
          </div>
        }
      >
        <details open={!member().sharing}>
          <summary>
            What is shared ({member().exerciseIds.length} of {EXERCISES.length} exercises)
          </summary>
          <fieldset class="share-exercises">
            <legend>Answers to share live</legend>
            <For each={EXERCISES}>
              {(exercise) => (
                <ShareChoice
                  exercise={exercise}
                  ticked={member().exerciseIds.includes(exercise.id)}
                  shared={everything().answers}
                  onToggle={(ticked) => toggle(exercise.id, ticked)}
                />
              )}
            </For>
          </fieldset>
          <IncludeName
            name={participantName(props.answers())}
            checked={member().includeName}
            onChange={(includeName) => update({ includeName })}
          />
        </details>
        <div class="actions">
          <Show
            when={member().sharing}
            fallback={
              <button type="button" class="primary" disabled={!member().exerciseIds.length} onClick={() => update({ sharing: true })}>
                Start sharing
              </button>
            }
          >
            <button type="button" onClick={() => update({ sharing: false })}>
              Stop sharing
            </button>
          </Show>
        </div>
      </Show>
    </section>
  );
}
