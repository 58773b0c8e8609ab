import { For, Show } from 'solid-js';
import { columnsFor } from './NumberedSlots';
import { IdeaItems } from './IdeaItems';

/** The room's ideas as notes on a wall; an empty wall says where they will appear. */
export function IdeaWall(props: { ideas: string[]; questions?: string[] }) {
  return (
    <div class="idea-wall">
      <Show when={props.questions?.length}>
        <ul class="screen-questions" aria-label="Questions">
          <For each={props.questions}>{(question) => <li>{question}</li>}</For>
        </ul>
      </Show>
      <Show when={props.ideas.length > 0} fallback={<p class="screen-ideas empty">The room’s ideas appear here</p>}>
        <ul
          class="screen-ideas"
          data-fit-list
          style={{ '--cols': String(columnsFor(props.ideas.length)) }}
          aria-label="Ideas from the room"
        >
          <IdeaItems ideas={props.ideas} />
        </ul>
      </Show>
    </div>
  );
}
