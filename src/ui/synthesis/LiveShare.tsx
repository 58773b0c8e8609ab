import { For, Show, untrack } from 'solid-js';
import type { LiveState } from '../../room/participantRoom';
import type { Membership } from '../../room/membership';
import { participantName } from '../../worksheet/answers';
import type { Answers } from '../../worksheet/types';
import { createLiveShare } from './liveShareControl';
import { IncludeName, ShareChoice } from './ShareDialog';
import { VoteBallot } from './VoteBallot';
import './synthesis.css';

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
  // Made once for one worksheet's membership.
  const live = createLiveShare(
    untrack(() => props.membership),
    () => props.answers(),
    (m) => props.onChange(m),
  );
  const { member, state, title } = live;
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
        <details>
          <summary>
            What is shared ({member().exerciseIds.length} of {live.exercises.length} exercises)
          </summary>
          <fieldset class="share-exercises">
            <legend>Answers to share live</legend>
            <For each={live.exercises}>
              {(exercise) => (
                <ShareChoice
                  exercise={exercise}
                  ticked={member().exerciseIds.includes(exercise.id)}
                  shared={live.everything().answers}
                  onToggle={(ticked) => live.tick(exercise.id, ticked)}
                />
              )}
            </For>
          </fieldset>
          <IncludeName
            name={participantName(props.answers())}
            checked={member().includeName}
            onChange={(includeName) => live.update({ includeName })}
          />
        </details>
        <div class="actions">
          <Show
            when={member().sharing}
            fallback={
              <button type="button" class="primary" disabled={!member().exerciseIds.length} onClick={() => live.update({ sharing: true })}>
                Start sharing
              </button>
            }
          >
            <button type="button" onClick={() => live.update({ sharing: false })}>
              Stop sharing
            </button>
          </Show>
        </div>
        <Show when={state() !== 'refused' && live.call()}>
          {(call) => <VoteBallot call={call()} ballot={member().ballot} onVote={live.vote} onTakeBack={live.unvote} />}
        </Show>
      </Show>
    </section>
  );
}
