import { checkBlanks, keyAnswerFor } from '../worksheet/check';
import { moreEntryLabel } from '../worksheet/answers';
import { plainText } from '../worksheet/richtext';
import type { BlanksPrompt, Exercise, Template } from '../worksheet/types';
import { shareableExercises, type Contribution } from './contribution';
import { byCountThenText, groupAnswers, mergeGroups, splitAnswers, type AnswerGroup, type Given } from './group';

/**
 * The room's answers, per exercise: a pure function of the template, the contributions and the
 * facilitator's edits. Nobody is named: groups count participants, scores count worksheets.
 */

export interface SynthesisPart {
  /** Prompt id, practice element id, or "initiatives". */
  id: string;
  label: string;
  groups: AnswerGroup[];
}

export interface RecallScore {
  /** Participants whose every blank is right. */
  allRight: number;
  /** Participants who answered this exercise. */
  of: number;
  /** "31 of 40 named all five elements". */
  text: string;
}

export interface ExerciseSynthesis {
  exerciseId: string;
  title: string;
  /** Participants who answered this exercise. */
  respondents: number;
  score?: RecallScore;
  parts: SynthesisPart[];
}

/** The facilitator's hand edits, stored apart from the contributions and applied on top. */
export interface SynthesisEdits {
  /** Group ids (see groupId) left off the screen and the PDF. */
  hidden: string[];
  /** Each merges the group `from` into the group `into` (group ids of one part). */
  merges: Array<{ from: string; into: string }>;
}

export const NO_EDITS: SynthesisEdits = { hidden: [], merges: [] };

/** A group's id across the whole synthesis: exercise, part and key. */
export function groupId(exerciseId: string, partId: string, key: string): string {
  return `${exerciseId}/${partId}/${key}`;
}

const NUMBER_WORDS = ['no', 'one', 'both', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "named all five elements", "named both levels": the noun comes from the blanks' own labels. */
function namedAll(prompt: BlanksPrompt): string {
  const count = prompt.blanks.length;
  const noun = (prompt.blanks[0]?.label ?? 'answer').replace(/\s*\d+$/, '').toLowerCase();
  const plural = count === 1 ? noun : `${noun}s`;
  if (count === 2) return `named both ${plural}`;
  return `named all ${NUMBER_WORDS[count] ?? count} ${plural}`;
}

/** Recall: the score, then how many named each key answer, then the other answers given. */
function recallParts(prompt: BlanksPrompt, shared: Array<{ index: number; c: Contribution }>) {
  const answered = shared.filter(({ c }) => c.answers.blanks[prompt.id]);
  const allRight = answered.filter(({ c }) => checkBlanks(prompt, c.answers.blanks[prompt.id] ?? []).every((r) => r === 'correct')).length;
  const of = shared.length;
  const score: RecallScore = { allRight, of, text: `${allRight} of ${of} ${namedAll(prompt)}` };

  const given: Given[] = [];
  const others: Given[] = [];
  for (const { index, c } of answered) {
    for (const value of c.answers.blanks[prompt.id] ?? []) {
      if (!value.trim()) continue;
      // Right answers (as the score counts them, slips forgiven) under the key's own spelling; the rest as typed.
      const match = keyAnswerFor(prompt, value);
      if (match) given.push({ participant: index, text: match[0] ?? value });
      else others.push({ participant: index, text: value });
    }
  }
  const parts: SynthesisPart[] = [{ id: prompt.id, label: 'Answers named', groups: groupAnswers(given) }];
  if (others.length) parts.push({ id: `${prompt.id}.other`, label: 'Other answers', groups: groupAnswers(others) });
  return { score, parts };
}

/**
 * Whether a contribution holds any answer to the exercise: a participant who ticked it but left
 * it empty is not counted among those who answered (nor in a recall score's "of").
 */
function hasAnswerTo(exercise: Exercise, c: Contribution): boolean {
  const { text, blanks, lists, crosswalks, more } = c.answers;
  const has = (map: Record<string, unknown>, id: string) => Object.prototype.hasOwnProperty.call(map, id);
  return (
    exercise.prompts.some((p) => has(text, p.id) || has(blanks, p.id) || has(lists, p.id) || has(crosswalks, p.id)) ||
    (exercise.more !== undefined && has(more, exercise.more.id))
  );
}

function exerciseSynthesis(exercise: Exercise, contributions: Contribution[]): ExerciseSynthesis {
  const shared = contributions
    .map((c, index) => ({ index, c }))
    .filter(({ c }) => c.exercises.includes(exercise.id) && hasAnswerTo(exercise, c));
  const parts: SynthesisPart[] = [];
  let score: RecallScore | undefined;
  for (const prompt of exercise.prompts) {
    switch (prompt.kind) {
      case 'blanks': {
        const recall = recallParts(prompt, shared);
        score = recall.score;
        parts.push(...recall.parts);
        break;
      }
      case 'shortText':
      case 'longText':
        parts.push({
          id: prompt.id,
          label: plainText(prompt.label ?? exercise.question),
          groups: groupAnswers(
            shared.flatMap(({ index, c }) => splitAnswers(c.answers.text[prompt.id] ?? '').map((text) => ({ participant: index, text }))),
          ),
        });
        break;
      case 'list':
        parts.push({
          id: prompt.id,
          label: `${prompt.itemLabel}s`,
          groups: groupAnswers(
            shared.flatMap(({ index, c }) => (c.answers.lists[prompt.id] ?? []).map((text) => ({ participant: index, text }))),
          ),
        });
        break;
      case 'crosswalk': {
        const crosswalks = shared.flatMap(({ index, c }) => (c.answers.crosswalks[prompt.id] ?? []).map((cw) => ({ index, cw })));
        parts.push({
          id: 'initiatives',
          label: 'Initiatives',
          groups: groupAnswers(
            crosswalks.filter(({ cw }) => cw.initiative).map(({ index, cw }) => ({ participant: index, text: cw.initiative })),
          ),
        });
        for (const column of prompt.columns) {
          parts.push({
            id: column.id,
            label: column.label,
            groups: groupAnswers(
              crosswalks.flatMap(({ index, cw }) =>
                splitAnswers(cw.cells[column.id] ?? '').map((text) => ({ participant: index, text, tag: cw.initiative })),
              ),
            ),
          });
        }
        break;
      }
    }
  }
  const more = exercise.more;
  if (more) {
    const given = shared.flatMap(({ index, c }) =>
      (c.answers.more[more.id] ?? []).flatMap((entry, i) =>
        splitAnswers(entry.text).map((text) => ({ participant: index, text, tag: moreEntryLabel(more, entry.name, i + 1) })),
      ),
    );
    if (given.length) parts.push({ id: more.id, label: 'Other audiences', groups: groupAnswers(given) });
  }
  return {
    exerciseId: exercise.id,
    title: exercise.facilitator?.screen ?? exercise.question,
    respondents: shared.length,
    ...(score ? { score } : {}),
    parts,
  };
}

/** Follows merges to the group that finally holds an answer; a loop stops where it started. */
function resolve(id: string, into: Map<string, string>): string {
  const seen = new Set<string>([id]);
  let current = id;
  for (let next = into.get(current); next !== undefined && !seen.has(next); next = into.get(current)) {
    seen.add(next);
    current = next;
  }
  return current;
}

/** The facilitator's merges and hides, applied to one part. */
function editPart(exerciseId: string, part: SynthesisPart, edits: SynthesisEdits): SynthesisPart {
  const id = (key: string) => groupId(exerciseId, part.id, key);
  const into = new Map(edits.merges.map((merge) => [merge.from, merge.into]));
  const keys = new Set(part.groups.map((group) => id(group.key)));
  // Each group goes to the group its merges end at; a merge into a group no longer there, or a loop, is ignored.
  const targetOf = (group: AnswerGroup) => {
    const target = resolve(id(group.key), into);
    return keys.has(target) && resolve(target, into) === target ? target : id(group.key);
  };
  const merged = new Map<string, AnswerGroup>();
  for (const group of part.groups) if (targetOf(group) === id(group.key)) merged.set(id(group.key), group);
  for (const group of part.groups) {
    const target = targetOf(group);
    if (target !== id(group.key)) merged.set(target, mergeGroups(merged.get(target)!, group));
  }
  const hidden = new Set(edits.hidden);
  const groups = [...merged.values()]
    .map((group) => (hidden.has(id(group.key)) ? { ...group, hidden: true } : group))
    .sort(byCountThenText);
  return { ...part, groups };
}

/** Every shareable exercise's synthesis, with the facilitator's edits applied. */
export function synthesize(template: Template, contributions: Contribution[], edits: SynthesisEdits = NO_EDITS): ExerciseSynthesis[] {
  return shareableExercises(template).map((exercise) => {
    const synthesis = exerciseSynthesis(exercise, contributions);
    return { ...synthesis, parts: synthesis.parts.map((part) => editPart(exercise.id, part, edits)) };
  });
}

/** What the room may see: no hidden groups. */
export function visibleGroups(part: SynthesisPart): AnswerGroup[] {
  return part.groups.filter((group) => !group.hidden);
}
