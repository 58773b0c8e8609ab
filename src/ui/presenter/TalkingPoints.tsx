import { For } from 'solid-js';

/** The facilitator's notes for this exercise, folded so the controls stay in view. */
export function TalkingPoints(props: { points: string[] }) {
  return (
    <details class="fold talking-points">
      <summary>Talking points ({props.points.length})</summary>
      <ul>
        <For each={props.points}>{(point) => <li>{point}</li>}</For>
      </ul>
    </details>
  );
}
