import { For, Show } from 'solid-js';

/** Columns of numbered slots (read across) so six short rows, or thirty ideas, use the width of the screen. */
export const columnsFor = (slots: number) => (slots <= 3 ? 1 : slots <= 8 ? 2 : 3);

/** A list prompt's numbered rows, as on paper, filled by the room's ideas in order. */
export function NumberedSlots(props: { rows: number; ideas: string[] }) {
  const slots = () => {
    const ideas = props.ideas;
    return Array.from({ length: Math.max(props.rows, ideas.length) }, (_, index) => ideas[index]);
  };
  return (
    <ol class="list-slots" data-fit-list style={{ '--cols': String(columnsFor(slots().length)) }} aria-label="Ideas from the room">
      <For each={slots()}>
        {(idea, index) => (
          <li class="list-slot" classList={{ empty: idea === undefined }}>
            <span class="slot-number">{index() + 1}</span>
            <Show when={idea} fallback={<span class="sr-only">empty</span>}>
              {(text) => <bdi class="slot-text">{text()}</bdi>}
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
