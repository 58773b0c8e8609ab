import { For } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { ProjectorView } from '../../facilitate/session';
import { plural } from '../plural';

type Votes = NonNullable<ProjectorView['votes']>;

/** The room's votes on the projector: most first, each bar as long as its share of the top idea's. */
export function VoteResults(props: { votes: Votes; headingLevel: number; preview: boolean }) {
  const top = () => Math.max(1, ...props.votes.results.map((result) => result.votes));
  return (
    <div class="screen-room screen-votes">
      <p class="screen-room-who">
        {plural(props.votes.voters, 'participant')} voted · {plural(props.votes.each, 'vote')} each
      </p>
      <div class="screen-room-parts" style={{ '--parts': '1' }}>
        <section class="screen-room-part" aria-label={props.preview ? undefined : 'Votes'}>
          <Dynamic component={`h${props.headingLevel}`} class="screen-column-title">
            Votes, most first
          </Dynamic>
          <ol data-fit-list>
            <For each={props.votes.results}>
              {(result) => (
                <li style={{ '--share': String(result.votes / top()) }}>
                  <span class="screen-room-count">{plural(result.votes, 'vote')}</span>
                  <span class="screen-room-answer">
                    <span class="screen-room-text">{result.text}</span>
                  </span>
                </li>
              )}
            </For>
          </ol>
        </section>
      </div>
    </div>
  );
}
