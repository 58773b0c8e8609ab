import { For, Show } from 'solid-js';
import type { Idea } from '../../facilitate/session';
import { rankByVotes, totalVotes, VOTES_EACH, type VoteRound } from '../../facilitate/voting';
import { plural } from '../plural';

/** "Voting is open · 5 participants voted · 14 votes" */
function roundLine(round: VoteRound): string {
  const votes = totalVotes(round.tally);
  return `${round.open ? 'Voting is open' : 'Voting is closed'} · ${plural(round.voters, 'participant')} voted · ${plural(votes, 'vote')}`;
}

/** Why voting cannot open yet, or undefined when it can. */
function notYet(roomOpen: boolean, ideas: number): string | undefined {
  if (!roomOpen) return 'Participants vote on their own devices: open a live room first.';
  if (!ideas) return 'Add ideas to the board first: the room votes on the ideas on screen.';
  return undefined;
}

/**
 * Dot voting on this exercise's board: how many votes each participant has, open and close,
 * the count as it comes in, most votes first, and whether the projector shows it.
 */
export function VotingControls(props: {
  round: VoteRound | undefined;
  ideas: Idea[];
  roomOpen: boolean;
  onOpen: (votesEach: number) => void;
  onClose: () => void;
  onToggleShown: () => void;
}) {
  const visible = () => props.ideas.filter((idea) => !idea.hidden);
  return (
    <section class="voting" aria-labelledby="voting-title">
      <h2 id="voting-title">Dot voting</h2>
      <Show
        when={props.round?.open}
        fallback={
          <Show when={!notYet(props.roomOpen, visible().length)} fallback={<p class="muted">{notYet(props.roomOpen, visible().length)}</p>}>
            <form
              class="voting-open"
              onSubmit={(event) => {
                event.preventDefault();
                props.onOpen(Number(new FormData(event.currentTarget).get('votes-each')));
              }}
            >
              <label for="votes-each">Votes for each participant</label>
              <input
                id="votes-each"
                name="votes-each"
                type="number"
                min={VOTES_EACH.min}
                max={VOTES_EACH.max}
                value={props.round?.votesEach ?? VOTES_EACH.default}
              />
              <button type="submit" class="primary">
                {props.round ? 'Open voting again' : 'Open voting'}
              </button>
            </form>
          </Show>
        }
      >
        <button type="button" onClick={() => props.onClose()}>
          Close voting
        </button>
      </Show>
      <Show when={props.round}>
        {(round) => (
          <>
            <p role="status" class="voting-status">
              {roundLine(round())}
            </p>
            <label class="check">
              <input type="checkbox" checked={round().shown} onChange={() => props.onToggleShown()} />
              Show the votes on screen
            </label>
            <ol class="voting-results" aria-label="Votes, most first">
              <For each={rankByVotes(visible(), round().tally)}>
                {({ idea, votes }) => (
                  <li>
                    <span class="voting-count">{plural(votes, 'vote')}</span> {idea.text}
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Show>
    </section>
  );
}
