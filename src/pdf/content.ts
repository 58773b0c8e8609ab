import { moreEntryLabel, participantName } from '../worksheet/answers';
import { parseMarks } from '../worksheet/richtext';
import type { Answers, Exercise, Prompt, Section, Template, TextBlock } from '../worksheet/types';
import { cleanText } from './scripts';

/**
 * What the PDF says, before anything is placed on a page: the template's wording and the
 * participant's answers as a flat list of blocks. Empty answers become writing lines.
 */

/** A run of words; bold for headings and the handout's **marks**. */
export interface Words {
  text: string;
  bold: boolean;
}

export type ContentBlock =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'cover'; rows: Array<{ label: string; value: string }> }
  | { kind: 'section'; text: string }
  | { kind: 'paragraph'; words: Words[]; bullet?: boolean; callout?: boolean }
  | { kind: 'question'; text: string; note?: string }
  | { kind: 'label'; text: string }
  | { kind: 'answer'; text: string; prefix?: string }
  | { kind: 'lines'; count: number; prefix?: string; before?: string; after?: string }
  | { kind: 'blank'; prefix: string; before?: string; value: string; after?: string }
  | { kind: 'table'; caption: string; head: [string, string]; rows: Array<[string, string]> };

const COVER_LABELS: Record<string, string> = {
  'cover.name': 'Participant',
  'cover.role': 'Role / title',
  'cover.agency': 'County or agency',
  'cover.session': 'Session',
  'cover.date': 'Date',
};

/** Lines left for handwriting under an empty answer, by kind. */
const WRITING_LINES = { shortText: 1, longText: 4 } as const;

export function worksheetContent(template: Template, answers: Answers): ContentBlock[] {
  const text = (value: string | undefined) => cleanText(value ?? '').trim();
  const blocks: ContentBlock[] = [];
  const [cover, ...sections] = template.sections;

  blocks.push({ kind: 'title', text: template.title, subtitle: 'CA Child Welfare Core Practice Model (CPM) worksheet' });
  if (cover) {
    const rows = cover.blocks.flatMap((block) =>
      block.kind === 'exercise'
        ? block.prompts.map((prompt) => ({ label: COVER_LABELS[prompt.id] ?? prompt.id, value: coverValue(prompt.id, text(answers.text[prompt.id])) }))
        : [],
    );
    blocks.push({ kind: 'cover', rows });
  }

  for (const section of sections) blocks.push(...sectionContent(section, answers, text));
  return blocks;
}

/** A date typed as 2026-11-23 reads as "November 23, 2026" on paper. */
function coverValue(id: string, value: string): string {
  if (id !== 'cover.date' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year!, month! - 1, day!).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

function sectionContent(section: Section, answers: Answers, text: (v: string | undefined) => string): ContentBlock[] {
  const blocks: ContentBlock[] = [{ kind: 'section', text: plain(section.title) }];
  for (const block of section.blocks) {
    if (block.kind === 'text') blocks.push(...readOnly(block));
    else blocks.push(...exerciseContent(block, answers, text));
  }
  return blocks;
}

function readOnly(block: TextBlock): ContentBlock[] {
  const callout = block.style === 'callout';
  return [
    ...block.paragraphs.map((paragraph): ContentBlock => ({ kind: 'paragraph', words: marked(paragraph), callout })),
    ...(block.bullets ?? []).map((bullet): ContentBlock => ({ kind: 'paragraph', words: marked(bullet), bullet: true })),
  ];
}

function exerciseContent(exercise: Exercise, answers: Answers, text: (v: string | undefined) => string): ContentBlock[] {
  const blocks: ContentBlock[] = [{ kind: 'question', text: plain(exercise.question) }];
  if (exercise.lead) blocks.push({ kind: 'paragraph', words: marked(exercise.lead) });
  if (exercise.hint) blocks.push({ kind: 'paragraph', words: marked(exercise.hint) });
  for (const prompt of exercise.prompts) blocks.push(...promptContent(prompt, answers, text));
  if (exercise.more) {
    const more = exercise.more;
    (answers.more[more.id] ?? []).forEach((entry, i) => {
      blocks.push({ kind: 'label', text: moreEntryLabel(more, text(entry.name), i + 1) });
      blocks.push(answerOrLines(text(entry.text), WRITING_LINES.longText));
    });
  }
  return blocks;
}

function promptContent(prompt: Prompt, answers: Answers, text: (v: string | undefined) => string): ContentBlock[] {
  switch (prompt.kind) {
    case 'shortText':
    case 'longText': {
      const label: ContentBlock[] = prompt.label ? [{ kind: 'label', text: plain(prompt.label) }] : [];
      return [...label, answerOrLines(text(answers.text[prompt.id]), WRITING_LINES[prompt.kind])];
    }
    case 'blanks':
      return prompt.blanks.map((blank, i) => ({
        kind: 'blank',
        prefix: `${i + 1}.`,
        before: blank.before,
        value: text(answers.blanks[prompt.id]?.[i]),
        after: blank.after,
      }));
    case 'list': {
      const items = (answers.lists[prompt.id] ?? []).map((item) => text(item.text)).filter(Boolean);
      // As on paper: at least the printed number of rows, the empty ones left to write on.
      const rows = Math.max(prompt.rows, items.length);
      return Array.from({ length: rows }, (_, i): ContentBlock =>
        items[i] ? { kind: 'answer', text: items[i]!, prefix: `${i + 1}.` } : { kind: 'lines', count: 1, prefix: `${i + 1}.` },
      );
    }
    case 'crosswalk':
      return (answers.crosswalks[prompt.id] ?? []).map((crosswalk, i, all) => ({
        kind: 'table',
        caption: `${all.length > 1 ? `Crosswalk ${i + 1}: ` : ''}${text(crosswalk.initiative) || 'Initiative or mandate: ____________________'}`,
        head: ['Practice element', 'Principles of the initiative'],
        rows: prompt.columns.map((column): [string, string] => [column.label, text(crosswalk.cells[column.id])]),
      }));
  }
}

function answerOrLines(value: string, lines: number): ContentBlock {
  return value ? { kind: 'answer', text: value } : { kind: 'lines', count: lines };
}

const plain = (source: string) => parseMarks(source).map((span) => span.text).join('');
const marked = (source: string): Words[] => parseMarks(source).map((span) => ({ text: span.text, bold: span.bold }));

/** Footer text: the worksheet's title and whose it is. */
export function footerText(template: Template, answers: Answers): string {
  const name = cleanText(participantName(answers));
  return name ? `${template.title} · ${name}` : template.title;
}
