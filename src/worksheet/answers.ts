import type { Answers, Crosswalk, ListItem, MoreAnswers, Prompt, Template } from './types';
import { allPrompts } from './walk';

/** Short random ids for list items and crosswalks; unique enough within one worksheet. */
export function shortId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Today's date in the participant's time zone, as an <input type=date> value. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyListItem(id = shortId()): ListItem {
  return { id, text: '' };
}

export function emptyCrosswalk(columns: Array<{ id: string }>, id = shortId()): Crosswalk {
  return { id, initiative: '', cells: Object.fromEntries(columns.map((column) => [column.id, ''])) };
}

/** The label of an answer the participant added, e.g. "With community partners?" or "With audience 2?". */
export function moreEntryLabel(more: MoreAnswers, name: string, position: number): string {
  return more.labelTemplate.replace('{name}', name.trim() || `${more.nameLabel.toLowerCase()} ${position}`);
}

/** A field the app fills in on a fresh worksheet (the date), so its value is not the participant's answer. */
export function isPrefilled(prompt: Prompt): boolean {
  return prompt.kind === 'shortText' && prompt.inputType === 'date';
}

/** A fresh worksheet's answers: empty rows as on paper, the date set to today. */
export function emptyAnswers(template: Template, now = new Date()): Answers {
  const answers: Answers = { text: {}, blanks: {}, lists: {}, crosswalks: {}, more: {} };
  for (const prompt of allPrompts(template)) {
    switch (prompt.kind) {
      case 'shortText':
      case 'longText':
        answers.text[prompt.id] = isPrefilled(prompt) ? todayIso(now) : '';
        break;
      case 'blanks':
        answers.blanks[prompt.id] = prompt.blanks.map(() => '');
        break;
      case 'list':
        answers.lists[prompt.id] = Array.from({ length: prompt.rows }, () => emptyListItem());
        break;
      case 'crosswalk':
        answers.crosswalks[prompt.id] = [emptyCrosswalk(prompt.columns)];
        break;
    }
  }
  return answers;
}

/** Worksheet title as the library shows it. */
export function worksheetTitle(answers: Answers): string {
  return answers.text['cover.session']?.trim() || 'Untitled worksheet';
}

export function participantName(answers: Answers): string {
  return answers.text['cover.name']?.trim() ?? '';
}

/** Answers for a blank handout: every field empty, the date too, for people working on paper. */
export function blankAnswers(template: Template): Answers {
  const answers = emptyAnswers(template);
  for (const id of Object.keys(answers.text)) answers.text[id] = '';
  return answers;
}
