import { For } from 'solid-js';
import type { Exercise } from '../../worksheet/types';

/** Every room exercise, the current one marked; a click jumps there. */
export function ExerciseList(props: { exercises: Exercise[]; current: number; onGo: (index: number) => void }) {
  return (
    <ol class="exercise-list">
      <For each={props.exercises}>
        {(exercise, index) => (
          <li>
            <button type="button" aria-current={props.current === index() ? 'step' : undefined} onClick={() => props.onGo(index())}>
              <span class="exercise-number">{index() + 1}</span>
              <span>{exercise.facilitator?.screen ?? exercise.question}</span>
            </button>
          </li>
        )}
      </For>
    </ol>
  );
}
