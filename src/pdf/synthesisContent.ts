import type { FacilitationSession } from '../facilitate/session';
import { visibleGroups, type ExerciseSynthesis, type SynthesisPart } from '../synthesis/synthesize';
import type { AnswerGroup } from '../synthesis/group';
import type { Template } from '../worksheet/types';
import type { ContentBlock } from './content';
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
        { label: 'Date', value: session.date },
        { label: 'Contributions', value: String(contributions) },
      ],
    },
  ];
  synthesis.forEach((exercise, index) => {
    blocks.push({ kind: 'section', text: `${index + 1}. ${cleanText(exercise.title)}` });
    const parts = exercise.parts.filter((part) => visibleGroups(part).length);
    if (!exercise.respondents || !parts.length) {
      blocks.push(paragraph('No participant shared answers to this exercise.'));
      return;
    }
    // Kept with what follows, so the count never ends a page alone.
    blocks.push({
      kind: 'paragraph',
      words: [{ text: `${exercise.respondents} ${exercise.respondents === 1 ? 'participant' : 'participants'} shared answers.` }],
      keepWithNext: true,
    });
    if (exercise.score) blocks.push({ kind: 'paragraph', words: [{ text: exercise.score.text, bold: true }] });
    for (const part of parts) blocks.push(...partContent(part));
  });
  return blocks;
}

function paragraph(text: string): ContentBlock {
  return { kind: 'paragraph', words: [{ text, bold: false }] };
}

/** "Family meetings — 12 participants (Safety Organized Practice, ICPM)" */
function groupLine(group: AnswerGroup): string {
  const count = `${group.count} ${group.count === 1 ? 'participant' : 'participants'}`;
  const tags = group.tags.length ? ` (${group.tags.map((tag) => cleanText(tag.text)).join(', ')})` : '';
  return `${cleanText(group.text)} — ${count}${tags}`;
}

function partContent(part: SynthesisPart): ContentBlock[] {
  return [
    { kind: 'label', words: [{ text: part.label }] },
    { kind: 'list', items: visibleGroups(part).map((group) => [{ text: groupLine(group) }]) },
  ];
}
