import { moreEntryLabel } from './answers';
import type { Answers, Template } from './types';
import { plainText } from './richtext';
import { TEMPLATE } from './template';
import { allExercises, exercisesOf } from './walk';

/** One piece of text the participant typed, with the label a person would know it by. */
export interface TypedText {
  label: string;
  text: string;
}

/** Every non-empty thing the participant typed, labelled as on the form, in page order. */
export function typedTexts(template: Template, answers: Answers): TypedText[] {
  const out: TypedText[] = [];
  const add = (label: string, text: string | undefined) => text?.trim() && out.push({ label, text });
  for (const section of template.sections) {
    for (const exercise of exercisesOf(section)) {
      for (const prompt of exercise.prompts) {
        switch (prompt.kind) {
          case 'shortText':
          case 'longText':
            add(plainText(prompt.label ?? exercise.question), answers.text[prompt.id]);
            break;
          case 'blanks':
            prompt.blanks.forEach((blank, i) => add(blank.label, answers.blanks[prompt.id]?.[i]));
            break;
          case 'list':
            (answers.lists[prompt.id] ?? []).forEach((item, i) => add(`${prompt.itemLabel} ${i + 1}`, item.text));
            break;
          case 'crosswalk':
            (answers.crosswalks[prompt.id] ?? []).forEach((crosswalk, i) => {
              add(`Crosswalk ${i + 1}: initiative`, crosswalk.initiative);
              for (const column of prompt.columns) add(`Crosswalk ${i + 1}: ${column.label}`, crosswalk.cells[column.id]);
            });
            break;
        }
      }
      if (exercise.more) {
        (answers.more[exercise.more.id] ?? []).forEach((entry, i) => {
          add(`${exercise.more!.nameLabel} ${i + 1}`, entry.name);
          add(moreEntryLabel(exercise.more!, entry.name, i + 1), entry.text);
        });
      }
    }
  }
  return out;
}

/** The label a person knows a prompt by, from its id ("Participant name", "Factor"...). */
export function fieldLabel(promptId: string, template: Template = TEMPLATE): string {
  for (const exercise of allExercises(template)) {
    if (exercise.more?.id === promptId) return exercise.more.nameLabel;
    for (const prompt of exercise.prompts) {
      if (prompt.id !== promptId) continue;
      if (prompt.kind === 'list') return prompt.itemLabel;
      if (prompt.kind === 'crosswalk') return 'Crosswalk';
      if (prompt.kind === 'blanks') return plainText(exercise.question);
      return plainText(prompt.label ?? exercise.question);
    }
  }
  return promptId;
}
