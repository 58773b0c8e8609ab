import { BACKUP_FORMAT, WORKSHEET_FORMAT } from '../worksheet/formats';
import type { Exercise, Prompt, Template } from '../worksheet/types';
import {
  CONTRIBUTION_FORMAT,
  CONTRIBUTION_VERSION,
  shareableExercises,
  type Contribution,
  type SharedAnswers,
  type SharedCrosswalk,
  type SharedEntry,
} from './contribution';

/**
 * Reads a contribution file completely before the facilitator's app keeps any of it: every
 * field, every size, every prompt id against the template. Whatever is wrong is said in one
 * line of plain words; what is kept is a clean copy holding nothing the format does not name.
 */

export const MAX_CONTRIBUTION_BYTES = 1024 * 1024;
const MAX_TEXT = 20_000;
const MAX_LIST_ITEMS = 200;
const MAX_MORE = 50;
const MAX_NAME = 200;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class ContributionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContributionError';
  }
}

const fail = (reason: string): never => {
  throw new ContributionError(reason);
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and validates one contribution file. Throws ContributionError with a one-line reason. */
export function readContribution(template: Template, text: string, byteLength = new Blob([text]).size): Contribution {
  if (byteLength > MAX_CONTRIBUTION_BYTES) {
    fail(`it is ${(byteLength / 1024 / 1024).toFixed(1)} MB; a contribution is never larger than 1 MB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) fail(`it contains a field named “${key}”, which a contribution never has.`);
      return value;
    });
  } catch (error) {
    if (error instanceof ContributionError) throw error;
    fail('it is not readable JSON (it may be damaged or cut short).');
  }
  if (!isRecord(data)) return fail('it is not a CPM Workshop contribution.');
  if (data.format === BACKUP_FORMAT || data.format === WORKSHEET_FORMAT) {
    fail('it is a worksheet backup, not a contribution; a participant makes one with “Share with the facilitator”.');
  }
  if (data.format !== CONTRIBUTION_FORMAT) fail('it is not a CPM Workshop contribution.');
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('it has no valid format version.');
  if ((version as number) > CONTRIBUTION_VERSION)
    fail(`it was made by a newer version of the app (format ${String(version)}); update the app, then add it.`);
  if (data.templateId !== template.id) {
    fail(`it was made for another worksheet (“${short(data.templateId)}”), not “${template.title}”.`);
  }
  const templateVersion = data.templateVersion;
  if (typeof templateVersion !== 'number' || !Number.isInteger(templateVersion) || templateVersion < 1)
    fail('its worksheet version is missing or not a whole number.');
  if ((templateVersion as number) > template.version)
    fail(`it was made with a newer version of the worksheet (version ${String(templateVersion)}); update the app, then add it.`);

  const contributionId = string(data.contributionId, 'its contribution id', 100);
  if (!/^[\w-]{8,100}$/.test(contributionId)) fail('its contribution id is not a valid id.');
  const sharedAt = string(data.sharedAt, 'its sharing date', 40);
  if (Number.isNaN(Date.parse(sharedAt))) fail('its sharing date is not a date.');
  const app = data.app === undefined ? 'CPM Workshop' : string(data.app, 'its app name', 100);
  const name = data.name === undefined ? undefined : string(data.name, 'the participant’s name', MAX_NAME).trim();

  const exercises = exerciseIds(template, data.exercises);
  const answers = sharedAnswers(exercises, data.answers);
  return {
    format: CONTRIBUTION_FORMAT,
    formatVersion: CONTRIBUTION_VERSION,
    app,
    templateId: template.id,
    templateVersion: templateVersion as number,
    contributionId,
    sharedAt,
    ...(name ? { name } : {}),
    exercises: exercises.map((exercise) => exercise.id),
    answers,
  };
}

function short(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 60) : 'unnamed';
}

function string(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') return fail(`${what} is missing or is not text.`);
  if (value.length > max) fail(`${what} is longer than ${max.toLocaleString('en-US')} characters.`);
  return value;
}

function list(value: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(value)) return fail(`${what} is missing or is not a list.`);
  if (value.length > max) fail(`${what} has more than ${max} entries.`);
  return value;
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) return fail(`${what} is missing or is not a set of fields.`);
  return value;
}

/** The ticked exercises: known, shareable, each once. */
function exerciseIds(template: Template, value: unknown): Exercise[] {
  const shareable = new Map(shareableExercises(template).map((exercise) => [exercise.id, exercise]));
  const seen = new Set<string>();
  return list(value, 'its list of shared exercises', shareable.size).map((item) => {
    const id = string(item, 'a shared exercise', 100);
    const exercise = shareable.get(id) ?? fail(`it shares an exercise this worksheet does not have (“${id.slice(0, 60)}”).`);
    if (seen.has(id)) fail(`it lists the exercise “${id}” twice.`);
    seen.add(id);
    return exercise;
  });
}

/** Where each answer may be: a prompt (or added answers) of a shared exercise, of the right kind. */
function promptsOf(exercises: Exercise[]): { prompts: Map<string, Prompt>; more: Set<string> } {
  const prompts = new Map<string, Prompt>();
  const more = new Set<string>();
  for (const exercise of exercises) {
    for (const prompt of exercise.prompts) prompts.set(prompt.id, prompt);
    if (exercise.more) more.add(exercise.more.id);
  }
  return { prompts, more };
}

/** A map of answers keyed by prompt id, each key checked against the shared prompts of one kind. */
function answerMap<T>(
  value: unknown,
  what: string,
  accept: (key: string) => boolean,
  each: (item: unknown, key: string) => T,
): Record<string, T> {
  const source = value === undefined ? {} : record(value, what);
  const out: Record<string, T> = {};
  for (const key of Object.keys(source)) {
    if (!accept(key)) fail(`${what} hold an answer to “${key.slice(0, 60)}”, which is not a shared question of this worksheet.`);
    out[key] = each(source[key], key);
  }
  return out;
}

function sharedAnswers(exercises: Exercise[], value: unknown): SharedAnswers {
  const a = record(value, 'its answers');
  const { prompts, more } = promptsOf(exercises);
  const ofKind =
    (...kinds: Prompt['kind'][]) =>
    (key: string) => {
      const kind = prompts.get(key)?.kind;
      return kind !== undefined && kinds.includes(kind);
    };
  const text = (v: unknown, where: string) => string(v, where, MAX_TEXT);

  return {
    text: answerMap(a.text, 'its text answers', ofKind('shortText', 'longText'), (v, key) => text(v, `the answer to “${key}”`)),
    blanks: answerMap(a.blanks, 'its recall answers', ofKind('blanks'), (v, key) => {
      const prompt = prompts.get(key);
      const count = prompt?.kind === 'blanks' ? prompt.blanks.length : 0;
      const values = list(v, `the recall answers to “${key}”`, count);
      if (values.length !== count) fail(`the recall answers to “${key}” should be ${count} blanks, not ${values.length}.`);
      return values.map((blank) => string(blank, `a blank of “${key}”`, 1000));
    }),
    lists: answerMap(a.lists, 'its lists', ofKind('list'), (v, key) =>
      list(v, `the list “${key}”`, MAX_LIST_ITEMS).map((item) => text(item, `an item of “${key}”`)),
    ),
    crosswalks: answerMap(a.crosswalks, 'its crosswalks', ofKind('crosswalk'), (v, key) => {
      const prompt = prompts.get(key);
      if (prompt?.kind !== 'crosswalk') return fail(`“${key}” is not a crosswalk.`);
      const columns = new Set(prompt.columns.map((column) => column.id));
      return list(v, `the crosswalks of “${key}”`, prompt.max).map((item): SharedCrosswalk => {
        const o = record(item, `a crosswalk of “${key}”`);
        const cells = record(o.cells, `a crosswalk's practice elements`);
        const clean: Record<string, string> = {};
        for (const column of Object.keys(cells)) {
          if (!columns.has(column)) fail(`a crosswalk names a practice element this worksheet does not have (“${column.slice(0, 60)}”).`);
          clean[column] = text(cells[column], `a crosswalk's “${column}”`);
        }
        return { initiative: string(o.initiative, 'a crosswalk initiative', 1000), cells: clean };
      });
    }),
    more: answerMap(
      a.more,
      'its added answers',
      (key) => more.has(key),
      (v, key) =>
        list(v, `the added answers of “${key}”`, MAX_MORE).map((item): SharedEntry => {
          const o = record(item, `an added answer of “${key}”`);
          return { name: string(o.name, 'an added answer’s name', 1000), text: text(o.text, 'an added answer') };
        }),
    ),
  };
}
