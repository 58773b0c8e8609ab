import { render } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { For, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { vi } from 'vitest';
import { createAnswersEditor } from '../../src/ui/editor';
import { ExerciseView } from '../../src/ui/ExerciseView';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Exercise } from '../../src/worksheet/types';
import { allExercises } from '../../src/worksheet/walk';

/** The exercise of the real template with this id; throws so a renamed id fails loudly. */
export function exercise(id: string): Exercise {
  const found = allExercises(TEMPLATE).find((entry) => entry.id === id);
  if (!found) throw new Error(`No exercise "${id}" in the template`);
  return found;
}

/**
 * Renders the given exercises of the template, in order, sharing one editor over a fresh
 * worksheet's answers. `wrap` puts providers (e.g. ConfirmProvider) around them; it gets the
 * exercises as a function so they are created inside the provider and can see its context.
 */
export function renderExercises(ids: string[], wrap: (children: () => JSX.Element) => JSX.Element = (children) => children()) {
  const [answers, setAnswers] = createStore(emptyAnswers(TEMPLATE));
  const changed = vi.fn();
  const editor = createAnswersEditor(answers, setAnswers, changed);
  const user = userEvent.setup();
  const exercises = ids.map(exercise);
  const result = render(() => wrap(() => <For each={exercises}>{(entry) => <ExerciseView exercise={entry} editor={editor} />}</For>));
  return { ...result, answers, setAnswers, editor, changed, user };
}
