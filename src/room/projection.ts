import {
  buildContribution,
  CONTRIBUTION_FORMAT,
  CONTRIBUTION_VERSION,
  shareableExercises,
  type Contribution,
  type ShareChoice,
  type SharedAnswers,
} from '../synthesis/contribution';
import { ContributionError, readContribution } from '../synthesis/validate';
import type { Answers, Exercise, Template } from '../worksheet/types';
import { BALLOT_KEY } from './protocol';

/**
 * The live room's participant doc, as plain data: `v`, the name only if ticked, per shared
 * exercise the JSON of that exercise's slice of a contribution's answers, and their ballot
 * while the room votes (read apart from the answers). The presenter turns it
 * back into a Contribution through the same validator as a file: the network is untrusted input.
 */
export const SHARE_VERSION = 1;
export type ShareMap = Record<string, unknown>;

const SECTIONS = ['text', 'blanks', 'lists', 'crosswalks', 'more'] as const;

function ownIds(exercise: Exercise): Set<string> {
  const ids = new Set(exercise.prompts.map((prompt) => prompt.id));
  if (exercise.more) ids.add(exercise.more.id);
  return ids;
}

/** The part of shared answers that belongs to one exercise, empty sections left out. */
function slice(exercise: Exercise, answers: SharedAnswers): Record<string, Record<string, unknown>> {
  const ids = ownIds(exercise);
  const out: Record<string, Record<string, unknown>> = {};
  for (const section of SECTIONS) {
    const entries = Object.entries(answers[section]).filter(([id]) => ids.has(id));
    if (entries.length) out[section] = Object.fromEntries(entries);
  }
  return out;
}

/** What a participant's doc holds for these answers and ticks. */
export function shareMap(template: Template, answers: Answers, choice: ShareChoice): ShareMap {
  const contribution = buildContribution(template, answers, choice, 'live-share');
  const map: ShareMap = { v: SHARE_VERSION };
  if (contribution.name) map.name = contribution.name;
  for (const exercise of shareableExercises(template)) {
    if (contribution.exercises.includes(exercise.id)) map[exercise.id] = JSON.stringify(slice(exercise, contribution.answers));
  }
  return map;
}

function parseSlice(exercise: Exercise, json: unknown): Record<string, unknown> {
  if (typeof json !== 'string') throw new ContributionError(`its answers to exercise “${exercise.id}” are not text.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ContributionError(`its answers to exercise “${exercise.id}” are not readable JSON.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ContributionError('it holds no answers.');
  const ids = ownIds(exercise);
  for (const [section, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(SECTIONS as readonly string[]).includes(section) || typeof value !== 'object' || value === null) {
      throw new ContributionError(`it has an unknown part “${section.slice(0, 40)}”.`);
    }
    if (Object.keys(value).some((id) => !ids.has(id))) throw new ContributionError(`it answers outside exercise “${exercise.id}”.`);
  }
  return data as Record<string, unknown>;
}

/** Whether a share's key holds answers to an exercise, not the version, the name or the ballot. */
export const isAnswerKey = (key: string) => key !== 'v' && key !== 'name' && key !== BALLOT_KEY;

/** A participant doc as a Contribution under their pid, validated as a file is. Throws ContributionError. */
export function contributionFromShare(template: Template, pid: string, map: ShareMap, now = new Date()): Contribution {
  if (map.v !== SHARE_VERSION) throw new ContributionError('it is not a live share of this version.');
  const byId = new Map(shareableExercises(template).map((exercise) => [exercise.id, exercise]));
  const answers: Record<string, Record<string, unknown>> = { text: {}, blanks: {}, lists: {}, crosswalks: {}, more: {} };
  const exercises: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (!isAnswerKey(key)) continue;
    const exercise = byId.get(key);
    if (!exercise) throw new ContributionError(`it shares an exercise this worksheet does not run with the room.`);
    exercises.push(key);
    for (const [section, part] of Object.entries(parseSlice(exercise, value))) Object.assign(answers[section]!, part);
  }
  const file = {
    format: CONTRIBUTION_FORMAT,
    formatVersion: CONTRIBUTION_VERSION,
    templateId: template.id,
    templateVersion: template.version,
    contributionId: pid,
    sharedAt: now.toISOString(),
    ...(map.name === undefined ? {} : { name: map.name }),
    exercises,
    answers,
  };
  return readContribution(template, JSON.stringify(file));
}

/** Files plus live answers, one per person: a live share replaces a stored copy under the same pid. */
export function mergeLive(stored: readonly Contribution[], live: readonly Contribution[]): Contribution[] {
  const liveIds = new Set(live.map((contribution) => contribution.contributionId));
  return [...stored.filter((contribution) => !liveIds.has(contribution.contributionId)), ...live];
}
