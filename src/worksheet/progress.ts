import type { Answers, Exercise, Prompt, Section, Template } from './types';
import { exercisesOf } from './walk';

export interface Progress {
  done: number;
  total: number;
}

const filled = (value: string | undefined) => (value ?? '').trim().length > 0;

/**
 * What counts toward progress: each text field and blank; each list row up to the rows
 * printed on paper; each crosswalk's initiative and its element cells.
 */
export function promptProgress(prompt: Prompt, answers: Answers): Progress {
  switch (prompt.kind) {
    case 'shortText':
    case 'longText':
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
      const crosswalks = answers.crosswalks[prompt.id] ?? [];
      const perCrosswalk = prompt.columns.length + 1;
      let done = 0;
      for (const crosswalk of crosswalks) {
        if (filled(crosswalk.initiative)) done++;
        done += prompt.columns.filter((column) => filled(crosswalk.cells[column.id])).length;
      }
      return { done, total: Math.max(1, crosswalks.length) * perCrosswalk };
    }
  }
}

export function exerciseProgress(exercise: Exercise, answers: Answers): Progress {
  const parts = exercise.prompts.map((prompt) => promptProgress(prompt, answers));
  if (exercise.more) {
    for (const entry of answers.more[exercise.more.id] ?? []) {
      parts.push({ done: filled(entry.text) ? 1 : 0, total: 1 });
    }
  }
  return sum(parts);
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
