import { For } from 'solid-js';
import { ballotFor, votesUsed, type Ballot, type VoteCall } from '../../facilitate/voting';
import { plural } from '../plural';

/** "2 of 3 votes left", or what to do when none are. */
function votesLeft(call: VoteCall, ballot: Ballot): string {
  const left = call.each - votesUsed(ballot);
  return left > 0 ? `${plural(left, 'vote')} left of ${call.each}` : `All ${plural(call.each, 'vote')} placed. Take one back to move it.`;
}

/**
 * Dot voting on the participant's device: the ideas the facilitator put to the room, each
 * with this participant's own votes on it. Only counts reach the facilitator, never who voted.
 */
export function VoteBallot(props: {
  call: VoteCall;
  ballot: Ballot | undefined;
  onVote: (id: string) => void;
  onTakeBack: (id: string) => void;
}) {
  const ballot = () => ballotFor(props.call, props.ballot);
  return (
    <section class="vote-ballot" aria-labelledby="vote-title">
      <h3 id="vote-title">Vote on the room’s ideas</h3>
      <p class="muted">Place your votes on the ideas that matter most; several can go on one idea.</p>
      <p role="status" class="vote-left">
        {votesLeft(props.call, ballot())}
      </p>
      <ol class="vote-ideas">
        <For each={props.call.ideas}>
          {(idea) => {
            const mine = () => ballot().picks[idea.id] ?? 0;
            return (
              <li classList={{ voted: mine() > 0 }}>
                <span class="vote-text">{idea.text}</span>
                <span class="vote-mine">{mine() ? `Your votes: ${mine()}` : 'No vote'}</span>
                <span class="vote-buttons">
                  <button type="button" onClick={() => props.onVote(idea.id)}>
                    Vote<span class="sr-only"> for “{idea.text}”</span>
                  </button>
                  {/* aria-disabled, not disabled: the button keeps focus when its last vote is taken back. */}
                  <button type="button" aria-disabled={!mine()} onClick={() => mine() && props.onTakeBack(idea.id)}>
                    Take back<span class="sr-only"> a vote from “{idea.text}”</span>
                  </button>
                </span>
              </li>
            );
          }}
        </For>
      </ol>
    </section>
  );
}
