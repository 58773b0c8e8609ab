import { answerKeyOf, boardColumns, roomExercises, type FacilitationSession, type Idea } from '../facilitate/session';
import { rankByVotes, type VoteRound } from '../facilitate/voting';
import { plural } from '../ui/plural';
import type { Exercise, Template } from '../worksheet/types';
import type { ContentBlock } from './content';
import { longDate } from '../worksheet/dates';
import { cleanText } from './scripts';

/** Said when no exercise of the session has an idea or a revealed key. */
export const NOTHING_RECORDED = 'No ideas were recorded and no answer key was revealed in this session.';

/**
 * The room board as PDF content: only the exercises the room worked on (with ideas, or whose
 * answer key the facilitator revealed), numbered as in the session, the key included.
 */
export function boardContent(template: Template, session: FacilitationSession): ContentBlock[] {
  const blocks: ContentBlock[] = [
    { kind: 'title', text: 'Room board', subtitle: `${template.title} — CA Child Welfare Core Practice Model (CPM)` },
    {
      kind: 'cover',
      rows: [
        { label: 'Session', value: cleanText(session.name) },
        { label: 'Date', value: longDate(session.date) },
      ],
    },
  ];
  const before = blocks.length;
  roomExercises(template).forEach((exercise, index) => {
    const ideas = (session.boards[exercise.id] ?? []).filter((idea) => !idea.hidden);
    const key = session.revealed[exercise.id] ? answerKeyOf(exercise) : undefined;
    if (!ideas.length && !key) return;
    blocks.push({ kind: 'section', text: `${index + 1}. ${exercise.facilitator?.screen ?? exercise.question}` });
    if (key)
      blocks.push(
        { kind: 'label', words: [{ text: 'Answer key' }] },
        { kind: 'list', items: key.map((answer) => [{ text: answer, bold: true }]) },
      );
    if (ideas.length) blocks.push(...ideaBlocks(exercise, ideas, Boolean(key)), ...voteBlocks(session.votes?.[exercise.id], ideas));
  });
  if (blocks.length === before) blocks.push({ kind: 'paragraph', words: [{ text: NOTHING_RECORDED }] });
  return blocks;
}

/** The room's votes on a board, most first, when anyone voted. */
function voteBlocks(round: VoteRound | undefined, ideas: Idea[]): ContentBlock[] {
  if (!round?.voters) return [];
  const who = `${plural(round.voters, 'participant')} voted, ${plural(round.votesEach, 'vote')} each`;
  return [
    { kind: 'label', words: [{ text: `Votes from the room: ${who}` }] },
    {
      kind: 'list',
      items: rankByVotes(ideas, round.tally).map(({ idea, votes }) => [
        { text: plural(votes, 'vote'), bold: true },
        { text: ` ${cleanText(idea.text)}` },
      ]),
    },
  ];
}

/** The room's ideas: by practice element for the crosswalk, a numbered list otherwise. */
function ideaBlocks(exercise: Exercise, ideas: Idea[], labelled: boolean): ContentBlock[] {
  const columns = boardColumns(exercise);
  if (!columns) {
    const list: ContentBlock = { kind: 'list', items: ideas.map((idea) => [{ text: cleanText(idea.text) }]) };
    return labelled ? [{ kind: 'label', words: [{ text: 'Ideas from the room' }] }, list] : [list];
  }
  return [
    {
      kind: 'table',
      caption: 'Ideas by practice element',
      head: ['Practice element', 'Ideas from the room'],
      rows: columns.map((column): [string, string] => [
        column.label,
        ideas
          .filter((idea) => (idea.column ?? columns[0]?.id) === column.id)
          .map((idea) => `• ${cleanText(idea.text)}`)
          .join('\n'),
      ]),
    },
  ];
}
