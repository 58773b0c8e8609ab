import { For } from 'solid-js';

/**
 * The facilitator's notes for this exercise, folded so the controls stay in view. Once opened
 * they stay open from exercise to exercise, until the facilitator folds them again.
 */
export function TalkingPoints(props: { points: string[]; open: boolean; onToggle: (open: boolean) => void }) {
  return (
    <details class="fold talking-points" open={props.open} onToggle={(event) => props.onToggle(event.currentTarget.open)}>
      <summary>Talking points ({props.points.length})</summary>
      <ul>
        <For each={props.points}>{(point) => <li>{point}</li>}</For>
      </ul>
    </details>
  );
}
