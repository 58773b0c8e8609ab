import { moreEntryLabel, participantName } from '../worksheet/answers';
import { parseMarks } from '../worksheet/richtext';
import type { Answers, Exercise, Prompt, Section, Template, TextBlock } from '../worksheet/types';
import { longDate } from '../worksheet/dates';
import { cleanText } from './scripts';

/**
 * What a PDF says, before anything is placed on a page: a document is a flat list of blocks
 * (headings, paragraphs, questions, labels, answers, numbered lists, tables), all laid out by
 * the same rules. The worksheet and the room board are built here as such documents.
 */

/** A run of words with the handout's marks. */
export interface Words {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One entry of a numbered list: its words, or nothing (a writing line in the handout). */
export type ListItem = Words[];

/** One fill-in-the-blank line: "The ____ Level", with the participant's word in it or a rule. */
export interface BlankItem {
  before?: string;
  value: string;
  after?: string;
}

export type ContentBlock =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'cover'; rows: Array<{ label: string; value: string }> }
  | { kind: 'section'; text: string }
  /** `keepWithNext`: a hint or lead that must not end a page without what it introduces. */
  | { kind: 'paragraph'; words: Words[]; bullet?: boolean; keepWithNext?: boolean }
  | { kind: 'callout'; paragraphs: Words[][] }
  | { kind: 'question'; words: Words[] }
  | { kind: 'label'; words: Words[] }
  | { kind: 'answer'; text: string }
  | { kind: 'lines'; count: number }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'blanks'; items: BlankItem[] }
  | { kind: 'table'; caption: string; head: [string, string]; rows: Array<[string, string]> };

export type BlockKind = ContentBlock['kind'];

const COVER_LABELS: Record<string, string> = {
  'cover.name': 'Participant',
  'cover.role': 'Role / title',
  'cover.agency': 'County or agency',
  'cover.session': 'Session',
  'cover.date': 'Date',
};

/** Lines left for handwriting under an empty answer, by kind. */
const WRITING_LINES = { shortText: 1, longText: 4 } as const;

type Clean = (value: string | undefined) => string;

export function worksheetContent(template: Template, answers: Answers): ContentBlock[] {
  const text: Clean = (value) => cleanText(value ?? '').trim();
  const blocks: ContentBlock[] = [];
  const [cover, ...sections] = template.sections;

  blocks.push({ kind: 'title', text: template.title, subtitle: 'CA Child Welfare Core Practice Model (CPM) worksheet' });
  if (cover) {
    const rows = cover.blocks.flatMap((block) =>
      block.kind === 'exercise'
        ? block.prompts.map((prompt) => ({
            label: COVER_LABELS[prompt.id] ?? prompt.id,
            value: coverValue(prompt.id, text(answers.text[prompt.id])),
          }))
        : [],
    );
    blocks.push({ kind: 'cover', rows });
  }

  for (const section of sections) blocks.push(...sectionContent(section, answers, text));
  return blocks;
}

/** A date typed as 2026-11-23 reads in the user's long form ("November 23, 2026") on paper. */
function coverValue(id: string, value: string): string {
  return id === 'cover.date' ? longDate(value) : value;
}

function sectionContent(section: Section, answers: Answers, text: Clean): ContentBlock[] {
  const blocks: ContentBlock[] = [{ kind: 'section', text: plain(section.title) }];
  for (const block of section.blocks) {
    if (block.kind === 'text') blocks.push(...readOnly(block));
    else blocks.push(...exerciseContent(block, answers, text));
  }
  return blocks;
}

function readOnly(block: TextBlock): ContentBlock[] {
  const paragraphs: ContentBlock[] =
    block.style === 'callout'
      ? [{ kind: 'callout', paragraphs: block.paragraphs.map(marked) }]
      : block.paragraphs.map((paragraph): ContentBlock => ({ kind: 'paragraph', words: marked(paragraph) }));
  return [
    ...paragraphs,
    ...(block.bullets ?? []).map((bullet): ContentBlock => ({ kind: 'paragraph', words: marked(bullet), bullet: true })),
  ];
}

function exerciseContent(exercise: Exercise, answers: Answers, text: Clean): ContentBlock[] {
  const blocks: ContentBlock[] = [{ kind: 'question', words: marked(exercise.question) }];
  if (exercise.lead) blocks.push({ kind: 'paragraph', words: marked(exercise.lead), keepWithNext: true });
  if (exercise.hint) blocks.push({ kind: 'paragraph', words: marked(exercise.hint), keepWithNext: true });
  for (const prompt of exercise.prompts) blocks.push(...promptContent(prompt, answers, text));
  if (exercise.more) {
    const more = exercise.more;
    (answers.more[more.id] ?? []).forEach((entry, i) => {
      blocks.push({ kind: 'label', words: [{ text: moreEntryLabel(more, text(entry.name), i + 1) }] });
      blocks.push(answerOrLines(text(entry.text), WRITING_LINES.longText));
    });
  }
  return blocks;
}

function promptContent(prompt: Prompt, answers: Answers, text: Clean): ContentBlock[] {
  switch (prompt.kind) {
    case 'shortText':
    case 'longText': {
      const label: ContentBlock[] = prompt.label ? [{ kind: 'label', words: marked(prompt.label) }] : [];
      return [...label, answerOrLines(text(answers.text[prompt.id]), WRITING_LINES[prompt.kind])];
    }
    case 'blanks':
      return [
        {
          kind: 'blanks',
          items: prompt.blanks.map((blank, i) => ({
            before: blank.before,
            value: text(answers.blanks[prompt.id]?.[i]),
            after: blank.after,
          })),
        },
      ];
    case 'list': {
      const items = (answers.lists[prompt.id] ?? []).map((item) => text(item.text)).filter(Boolean);
      // As on paper: at least the printed number of rows, the empty ones left to write on.
      const rows = Math.max(prompt.rows, items.length);
      return [{ kind: 'list', items: Array.from({ length: rows }, (_, i) => (items[i] ? [{ text: items[i] }] : [])) }];
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

function plain(source: string): string {
  return parseMarks(source)
    .map((span) => span.text)
    .join('');
}

function marked(source: string): Words[] {
  return parseMarks(source).map((span) => ({
    text: span.text,
    ...(span.bold ? { bold: true } : {}),
    ...(span.italic ? { italic: true } : {}),
  }));
}

/** Footer text: the worksheet's title and whose it is. */
export function footerText(template: Template, answers: Answers): string {
  const name = cleanText(participantName(answers));
  return name ? `${template.title} · ${name}` : template.title;
}
