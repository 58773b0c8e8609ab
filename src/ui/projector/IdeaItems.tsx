import { For } from 'solid-js';

/** The room's ideas as list items, each isolated so its text direction cannot reorder the screen. */
export function IdeaItems(props: { ideas: string[] }) {
  return (
    <For each={props.ideas}>
      {(idea) => (
        <li>
          <bdi>{idea}</bdi>
        </li>
      )}
    </For>
  );
}
