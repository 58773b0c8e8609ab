import type { Exercise, Prompt, Section, Template } from './types';

/** Exercises of a section, in order. */
export function exercisesOf(section: Section): Exercise[] {
  return section.blocks.filter((block): block is Exercise => block.kind === 'exercise');
}

/** Every prompt of a section, in order. */
export function promptsOf(section: Section): Prompt[] {
  return exercisesOf(section).flatMap((exercise) => exercise.prompts);
}

/** Every prompt of the template, in the order a reader meets them. */
export function allPrompts(template: Template): Prompt[] {
  return template.sections.flatMap(promptsOf);
}

export function allExercises(template: Template): Exercise[] {
  return template.sections.flatMap(exercisesOf);
}

export function findPrompt(template: Template, id: string): Prompt | undefined {
  return allPrompts(template).find((prompt) => prompt.id === id);
}
