import { For } from 'solid-js';

/** Reveal stays in reach; the key itself is folded away so the room does not read it off the laptop. */
export function AnswerKey(props: { answers: string[]; revealed: boolean; onToggle: () => void }) {
  return (
    <div class="reveal-control">
      <button type="button" aria-pressed={props.revealed} onClick={() => props.onToggle()}>
        {props.revealed ? 'Hide answers (R)' : 'Reveal answers (R)'}
      </button>
      <details class="fold">
        <summary>Answer key</summary>
        <ol class="answer-key-list">
          <For each={props.answers}>{(answer) => <li>{answer}</li>}</For>
        </ol>
      </details>
    </div>
  );
}
