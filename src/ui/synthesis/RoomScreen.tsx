import { For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { ProjectedRoom } from '../../facilitate/session';
import './synthesis.css';

/** The room's answers on the projector: the score, then each part's answers with their counts. */
export function RoomScreen(props: { room: ProjectedRoom; headingLevel: number; preview?: boolean }) {
  return (
    <div class="screen-room" aria-label="Answers from the room">
      <p class="screen-room-who">
        {props.room.respondents} {props.room.respondents === 1 ? 'participant' : 'participants'} shared
      </p>
      <Show when={props.room.score}>{(score) => <p class="screen-room-score">{score()}</p>}</Show>
      <div class="screen-room-parts" style={{ '--parts': String(Math.min(props.room.parts.length, 3)) }}>
        <For each={props.room.parts}>
          {(part) => (
            // A landmark on the projector; in the presenter's preview, a plain part, or it would
            // repeat the panel's own landmarks of the same names.
            <section class="screen-room-part" aria-label={props.preview ? undefined : part.label}>
              <Dynamic component={`h${props.headingLevel}`} class="screen-column-title">
                {part.label}
              </Dynamic>
              {/* What the view left out is counted with what the screen has no room for. */}
              <ol data-fit-list data-more-base={part.more || undefined}>
                <For each={part.groups}>
                  {(group) => (
                    <li>
                      <span class="screen-room-count">×{group.count}</span>
                      <span class="screen-room-answer">
                        <span class="screen-room-text">{group.text}</span>
                        <Show when={group.tags.length}>
                          <span class="screen-room-tags">{group.tags.join(', ')}</span>
                        </Show>
                      </span>
                    </li>
                  )}
                </For>
              </ol>
            </section>
          )}
        </For>
      </div>
    </div>
  );
}
