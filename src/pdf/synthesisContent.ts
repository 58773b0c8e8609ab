import type { FacilitationSession } from '../facilitate/session';
import { visibleGroups, type ExerciseSynthesis, type SynthesisPart } from '../synthesis/synthesize';
import type { AnswerGroup } from '../synthesis/group';
import type { Template } from '../worksheet/types';
import type { ContentBlock } from './content';
import { longDate } from '../worksheet/dates';
import { cleanText } from './scripts';

/**
 * The room's answers as PDF content, laid out by the same rules as every other PDF: each
 * shared exercise with its score and its answers, most frequent first, with their counts.
 * Hidden answers are left out; nobody is named.
 */
export function synthesisContent(
  template: Template,
  session: FacilitationSession,
  synthesis: ExerciseSynthesis[],
  contributions: number,
): ContentBlock[] {
  const blocks: ContentBlock[] = [
    { kind: 'title', text: 'Room answers', subtitle: `${template.title} — CA Child Welfare Core Practice Model (CPM)` },
    {
      kind: 'cover',
      rows: [
        { label: 'Session', value: cleanText(session.name) },
        { label: 'Date', value: longDate(session.date) },
        { label: 'Contributions', value: String(contributions) },
      ],
    },
  ];
  // Numbered by their place in the session, as on the projector ("4 of 9").
  const numbered = synthesis.map((exercise, index) => ({ exercise, title: `${index + 1}. ${cleanText(exercise.title)}` }));
  const shared = numbered.filter(({ exercise }) => exercise.respondents > 0 && exercise.parts.some((part) => visibleGroups(part).length));
  for (const { exercise, title } of shared) blocks.push({ kind: 'section', text: title }, ...exerciseContent(exercise));
  // Exercises nobody shared are named once, together, rather than given a heading and a page each.
  const unshared = numbered.filter((entry) => !shared.includes(entry));
  if (unshared.length) {
    blocks.push(
      { kind: 'section', text: 'Not shared by anyone' },
      paragraph('No participant shared answers to these exercises:', true),
      ...unshared.map(({ title }) => paragraph(title)),
    );
  }
  return blocks;
}

function exerciseContent(exercise: ExerciseSynthesis): ContentBlock[] {
  const blocks: ContentBlock[] = [
    // Kept with what follows, so the count never ends a page alone.
    paragraph(`${exercise.respondents} ${exercise.respondents === 1 ? 'participant' : 'participants'} shared answers.`, true),
  ];
  if (exercise.score) blocks.push({ kind: 'paragraph', words: [{ text: exercise.score.text, bold: true }] });
  for (const part of exercise.parts.filter((part) => visibleGroups(part).length)) blocks.push(...partContent(part));
  return blocks;
}

function paragraph(text: string, keepWithNext = false): ContentBlock {
  return { kind: 'paragraph', words: [{ text, bold: false }], ...(keepWithNext ? { keepWithNext } : {}) };
}

/** "Family meetings — 12 participants · Safety Organized Practice (SOP), ICPM" */
function groupLine(group: AnswerGroup): string {
  const count = `${group.count} ${group.count === 1 ? 'participant' : 'participants'}`;
  // After a middle dot, not in parentheses: an initiative often ends in its own "(SOP)".
  const tags = group.tags.length ? ` · ${group.tags.map((tag) => cleanText(tag.text)).join(', ')}` : '';
  return `${cleanText(group.text)} — ${count}${tags}`;
}

function partContent(part: SynthesisPart): ContentBlock[] {
  return [
    { kind: 'label', words: [{ text: part.label }] },
    { kind: 'list', items: visibleGroups(part).map((group) => [{ text: groupLine(group) }]) },
  ];
}
