import { For } from 'solid-js';
import { parseMarks } from '../worksheet/richtext';

/** Handout text with its bold and italic marks, rendered as text nodes only. */
export function Marked(props: { text: string }) {
  return (
    <For each={parseMarks(props.text)}>
      {(span) => (span.bold ? <strong>{span.text}</strong> : span.italic ? <em>{span.text}</em> : <>{span.text}</>)}
    </For>
  );
}
