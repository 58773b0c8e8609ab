import { boardColumns, roomExercises, type FacilitationSession } from '../facilitate/session';
import type { Template } from '../worksheet/types';
import type { ContentBlock } from './content';
import { cleanText } from './scripts';

/** The room board as PDF content: each exercise with the ideas the room saw, by element for the crosswalk. */
export function boardContent(template: Template, session: FacilitationSession): ContentBlock[] {
  const blocks: ContentBlock[] = [
    { kind: 'title', text: 'Room board', subtitle: `${template.title} — CA Child Welfare Core Practice Model (CPM)` },
    {
      kind: 'cover',
      rows: [
        { label: 'Session', value: cleanText(session.name) },
        { label: 'Date', value: session.date },
      ],
    },
  ];
  roomExercises(template).forEach((exercise, index) => {
    const ideas = (session.boards[exercise.id] ?? []).filter((idea) => !idea.hidden);
    blocks.push({ kind: 'section', text: `${index + 1}. ${exercise.facilitator?.screen ?? exercise.question}` });
    const columns = boardColumns(exercise);
    if (columns) {
      blocks.push({
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
      });
    } else if (ideas.length) {
      ideas.forEach((idea, i) => blocks.push({ kind: 'answer', text: cleanText(idea.text), prefix: `${i + 1}.` }));
    } else {
      blocks.push({ kind: 'paragraph', words: [{ text: 'No ideas were recorded for this exercise.', bold: false }] });
    }
  });
  return blocks;
}
