import { For, Show } from 'solid-js';

/**
 * Recall blanks as slots: "The ____ Level", or five numbered slots. They stay empty for the
 * room to call out, and fill with the answer key on Reveal.
 */
export function RecallSlots(props: { blanks: Array<{ before?: string; after?: string }>; answers?: string[] }) {
  return (
    <ol
      class="recall-slots"
      classList={{ revealed: !!props.answers, many: props.blanks.length > 3 }}
      style={{ '--slots': String(props.blanks.length) }}
      aria-label="Blanks"
    >
      <For each={props.blanks}>
        {(blank, index) => {
          const answer = () => props.answers?.[index()];
          return (
            <li class="recall-slot">
              <Show when={!blank.before && !blank.after}>
                <span class="slot-number">{index() + 1}</span>
              </Show>
              <Show when={blank.before}>{(before) => <span>{before()}</span>}</Show>
              <span class="slot" classList={{ filled: !!answer() }}>
                <Show when={answer()} fallback={<span class="sr-only">blank</span>}>
                  {(text) => text()}
                </Show>
              </span>
              <Show when={blank.after}>{(after) => <span>{after()}</span>}</Show>
            </li>
          );
        }}
      </For>
    </ol>
  );
}
