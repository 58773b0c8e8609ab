import { newId } from '../worksheet/ids';
import { pdfFileName } from '../worksheet/filename';
import { moreEntryLabel, participantName } from '../worksheet/answers';
import { plainText } from '../worksheet/richtext';
import type { Answers, Exercise, Template } from '../worksheet/types';
import { allExercises } from '../worksheet/walk';

/**
 * A contribution: the answers a participant chose to share with the facilitator, as a small
 * file they send however the room works. It holds only the ticked exercises' answers, and the
 * name only when the participant ticked it; never the cover, never an unticked reflection.
 */

export const CONTRIBUTION_FORMAT = 'cpm-workshop-contribution';
export const CONTRIBUTION_VERSION = 1;

export interface SharedCrosswalk {
  initiative: string;
  cells: Record<string, string>;
}

export interface SharedEntry {
  name: string;
  text: string;
}

/** Shared answers keyed by prompt id, empty answers left out. */
export interface SharedAnswers {
  text: Record<string, string>;
  blanks: Record<string, string[]>;
  lists: Record<string, string[]>;
  crosswalks: Record<string, SharedCrosswalk[]>;
  more: Record<string, SharedEntry[]>;
}

export interface Contribution {
  format: typeof CONTRIBUTION_FORMAT;
  formatVersion: number;
  app: string;
  templateId: string;
  templateVersion: number;
  /** Random, so the facilitator can tell the same file added twice from two people's files. */
  contributionId: string;
  sharedAt: string;
  /** Only when the participant ticked "Include my name". */
  name?: string;
  /** The exercises the participant ticked, so the room's counts know who answered what. */
  exercises: string[];
  answers: SharedAnswers;
}

/** The exercises a participant may share: those run with the room. */
export function shareableExercises(template: Template): Exercise[] {
  return allExercises(template).filter((exercise) => exercise.facilitator);
}

/** Ticked at first: every shareable exercise but the personal reflections. */
export function defaultSharedIds(template: Template): string[] {
  return shareableExercises(template)
    .filter((exercise) => !exercise.personal)
    .map((exercise) => exercise.id);
}

const filled = (text: string | undefined) => (text ?? '').trim();

/** One exercise's answers, copied without ids and without anything empty. */
function addExercise(exercise: Exercise, answers: Answers, out: SharedAnswers): void {
  for (const prompt of exercise.prompts) {
    switch (prompt.kind) {
      case 'shortText':
      case 'longText': {
        const text = filled(answers.text[prompt.id]);
        if (text) out.text[prompt.id] = text;
        break;
      }
      case 'blanks': {
        const values = prompt.blanks.map((_, i) => filled(answers.blanks[prompt.id]?.[i]));
        if (values.some(Boolean)) out.blanks[prompt.id] = values;
        break;
      }
      case 'list': {
        const items = (answers.lists[prompt.id] ?? []).map((item) => filled(item.text)).filter(Boolean);
        if (items.length) out.lists[prompt.id] = items;
        break;
      }
      case 'crosswalk': {
        const crosswalks = (answers.crosswalks[prompt.id] ?? [])
          .map((crosswalk) => ({
            initiative: filled(crosswalk.initiative),
            cells: Object.fromEntries(
              prompt.columns.map((column): [string, string] => [column.id, filled(crosswalk.cells[column.id])]).filter(([, text]) => text),
            ),
          }))
          .filter((crosswalk) => crosswalk.initiative || Object.keys(crosswalk.cells).length);
        if (crosswalks.length) out.crosswalks[prompt.id] = crosswalks;
        break;
      }
    }
  }
  if (exercise.more) {
    const entries = (answers.more[exercise.more.id] ?? [])
      .map((entry) => ({ name: filled(entry.name), text: filled(entry.text) }))
      .filter((entry) => entry.text);
    if (entries.length) out.more[exercise.more.id] = entries;
  }
}

export interface ShareChoice {
  exerciseIds: string[];
  includeName: boolean;
}

export function buildContribution(
  template: Template,
  answers: Answers,
  choice: ShareChoice,
  id: string = newId(),
  now = new Date(),
): Contribution {
  const ticked = new Set(choice.exerciseIds);
  const exercises = shareableExercises(template).filter((exercise) => ticked.has(exercise.id));
  const shared: SharedAnswers = { text: {}, blanks: {}, lists: {}, crosswalks: {}, more: {} };
  for (const exercise of exercises) addExercise(exercise, answers, shared);
  const name = participantName(answers);
  return {
    format: CONTRIBUTION_FORMAT,
    formatVersion: CONTRIBUTION_VERSION,
    app: 'CPM Workshop',
    templateId: template.id,
    templateVersion: template.version,
    contributionId: id,
    sharedAt: now.toISOString(),
    ...(choice.includeName && name ? { name } : {}),
    exercises: exercises.map((exercise) => exercise.id),
    answers: shared,
  };
}

/**
 * CPM-contribution-<name or "anonymous">-<date>-<HHMM>-<random>.json. A facilitator saves a room's files into one
 * folder, so each name must differ: the time it was shared and a short part of its id do that, and the name
 * appears only if the file carries it.
 */
export function contributionFileName(contribution: Contribution, date: string): string {
  const at = new Date(contribution.sharedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = Number.isNaN(at.getTime()) ? '' : `-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const tail = (contribution.contributionId.replace(/[^a-z0-9]/gi, '') || newId().replace(/-/g, '')).slice(0, 6).toLowerCase();
  const base = pdfFileName(contribution.name ?? 'anonymous', date, 'contribution', 'json');
  return base.replace(/\.json$/, `${time}-${tail}.json`);
}

/** One line of the "what will be shared" preview. */
export interface SharedLine {
  label: string;
  text: string;
}

/** Exactly what a contribution holds for one exercise, labelled as on the form, for the participant to read. */
export function sharedLines(exercise: Exercise, shared: SharedAnswers): SharedLine[] {
  const lines: SharedLine[] = [];
  for (const prompt of exercise.prompts) {
    switch (prompt.kind) {
      case 'shortText':
      case 'longText': {
        const text = shared.text[prompt.id];
        if (text) lines.push({ label: plainText(prompt.label ?? exercise.question), text });
        break;
      }
      case 'blanks':
        (shared.blanks[prompt.id] ?? []).forEach((text, i) => text && lines.push({ label: prompt.blanks[i]?.label ?? '', text }));
        break;
      case 'list':
        (shared.lists[prompt.id] ?? []).forEach((text, i) => lines.push({ label: `${prompt.itemLabel} ${i + 1}`, text }));
        break;
      case 'crosswalk':
        (shared.crosswalks[prompt.id] ?? []).forEach((crosswalk, i) => {
          if (crosswalk.initiative) lines.push({ label: `Crosswalk ${i + 1}: initiative`, text: crosswalk.initiative });
          for (const column of prompt.columns) {
            const text = crosswalk.cells[column.id];
            if (text) lines.push({ label: `Crosswalk ${i + 1}: ${column.label}`, text });
          }
        });
        break;
    }
  }
  if (exercise.more) {
    const more = exercise.more;
    (shared.more[more.id] ?? []).forEach((entry, i) => lines.push({ label: moreEntryLabel(more, entry.name, i + 1), text: entry.text }));
  }
  return lines;
}
