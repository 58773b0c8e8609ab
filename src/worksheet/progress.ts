import { isPrefilled } from './answers';
import type { Answers, Exercise, Prompt, Section, Template } from './types';
import { exercisesOf } from './walk';

export interface Progress {
  done: number;
  total: number;
}

const filled = (value: string | undefined) => (value ?? '').trim().length > 0;

/**
 * What the worksheet asks, so the total never moves as rows are added: each text field and
 * blank; the rows a list prints on paper; one crosswalk's initiative and element cells.
 * Only what the participant wrote counts as done: the date the app fills in is no answer,
 * and neither counts toward the total.
 */
export function promptProgress(prompt: Prompt, answers: Answers): Progress {
  switch (prompt.kind) {
    case 'shortText':
    case 'longText':
      if (isPrefilled(prompt)) return { done: 0, total: 0 };
      return { done: filled(answers.text[prompt.id]) ? 1 : 0, total: 1 };
    case 'blanks': {
      const values = answers.blanks[prompt.id] ?? [];
      return { done: prompt.blanks.filter((_, i) => filled(values[i])).length, total: prompt.blanks.length };
    }
    case 'list': {
      const count = (answers.lists[prompt.id] ?? []).filter((item) => filled(item.text)).length;
      return { done: Math.min(count, prompt.rows), total: prompt.rows };
    }
    case 'crosswalk': {
      // The worksheet asks for one crosswalk; further ones are extra, so the fullest one counts.
      const filledIn = (answers.crosswalks[prompt.id] ?? []).map(
        (crosswalk) =>
          (filled(crosswalk.initiative) ? 1 : 0) + prompt.columns.filter((column) => filled(crosswalk.cells[column.id])).length,
      );
      return { done: Math.max(0, ...filledIn), total: prompt.columns.length + 1 };
    }
  }
}

/** An exercise's printed prompts; answers the participant adds beyond them (another audience) are extra. */
export function exerciseProgress(exercise: Exercise, answers: Answers): Progress {
  return sum(exercise.prompts.map((prompt) => promptProgress(prompt, answers)));
}

export function sectionProgress(section: Section, answers: Answers): Progress {
  return sum(exercisesOf(section).map((exercise) => exerciseProgress(exercise, answers)));
}

export function worksheetProgress(template: Template, answers: Answers): Progress {
  return sum(template.sections.map((section) => sectionProgress(section, answers)));
}

export function percent(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
}

function sum(parts: Progress[]): Progress {
  return parts.reduce((a, b) => ({ done: a.done + b.done, total: a.total + b.total }), { done: 0, total: 0 });
}
