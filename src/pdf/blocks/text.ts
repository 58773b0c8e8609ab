import type { ContentBlock, Words } from '../content';
import type { Role } from '../page';
import { ACCENT, firstChunk, INK, lineHeight, MUTED, SIZE } from '../style';
import type { Line } from '../wrap';
import type { Context, Renderer } from './renderer';

type Of<K extends ContentBlock['kind']> = Extract<ContentBlock, { kind: K }>;

/** A block of wrapped lines that keeps with what follows: heading, question, label, lead. */
interface Keeper {
  before: number;
  after: number;
  size: number;
  color: string;
  role: Role;
  indent?: number;
  bold?: boolean;
}

const boldWords = (words: Words[]): Words[] => words.map((w) => ({ ...w, bold: true }));

function keeperHeight(words: Words[], style: Keeper, { cursor, frame }: Context): number {
  const lines = cursor.wrap(words, frame.right - frame.left - (style.indent ?? 0), style.size);
  return style.before + lines.length * lineHeight(style.size) + style.after;
}

/** Sets a keeper: it moves to the next page unless it and `keep` points of what follows fit here. */
function drawKeeper(words: Words[], style: Keeper, { cursor, frame }: Context, keep: number) {
  const lines = cursor.wrap(words, frame.right - frame.left - (style.indent ?? 0), style.size);
  cursor.space(style.before);
  cursor.ensure(lines.length * lineHeight(style.size) + style.after + keep);
  cursor.flow(lines, frame.left + (style.indent ?? 0), style.size, style.color, style.role);
  cursor.y += style.after;
}

function keeper<B extends ContentBlock>(words: (block: B) => Words[], style: (block: B) => Keeper): Renderer<B> {
  return {
    before: (block) => style(block).before,
    lead: (block, context) => keeperHeight(words(block), style(block), context),
    draw: (block, context, keep) => drawKeeper(words(block), style(block), context, keep),
  };
}

const SECTION: Keeper = { before: 14, after: 10, size: SIZE.section, color: ACCENT, role: 'heading' };

export const section: Renderer<Of<'section'>> = {
  before: () => SECTION.before,
  lead: (block, context) => keeperHeight([{ text: block.text, bold: true }], SECTION, context),
  draw(block, context, keep) {
    const { cursor, frame } = context;
    drawKeeper([{ text: block.text, bold: true }], { ...SECTION, after: 0 }, context, keep + SECTION.after);
    cursor.rule(frame.left, cursor.y + 2, frame.right, cursor.y + 2, 'frame', ACCENT, 1.2);
    cursor.y += SECTION.after;
  },
};

export const question = keeper<Of<'question'>>(
  (block) => boldWords(block.words),
  () => ({ before: 8, after: 3, size: SIZE.question, color: INK, role: 'question' }),
);

export const label = keeper<Of<'label'>>(
  (block) => boldWords(block.words),
  () => ({ before: 4, after: 0, size: SIZE.label, color: MUTED, role: 'label' }),
);

const BULLET_INDENT = 14;

/** Body text that may split across pages, two lines at least on each side. */
function bodyLead(words: Words[], indent: number, { cursor, frame }: Context): number {
  return firstChunk(cursor.wrap(words, frame.right - frame.left - indent, SIZE.body).length) * lineHeight(SIZE.body);
}

/** A lead or hint, or a paragraph that is all bold (it reads as a heading), stays with what follows. */
export const paragraphKeeps = (block: Of<'paragraph'>) =>
  !block.bullet && (block.keepWithNext === true || block.words.every((w) => w.bold || !w.text.trim()));

export const paragraph: Renderer<Of<'paragraph'>> = {
  lead(block, context) {
    if (paragraphKeeps(block))
      return keeperHeight(block.words, { before: 0, after: 5, size: SIZE.body, color: INK, role: 'body' }, context);
    return bodyLead(block.words, block.bullet ? BULLET_INDENT : 0, context);
  },
  draw(block, context, keep) {
    const { cursor, frame } = context;
    if (keep) {
      drawKeeper(block.words, { before: 0, after: 5, size: SIZE.body, color: INK, role: 'body' }, context, keep);
      return;
    }
    const indent = block.bullet ? BULLET_INDENT : 0;
    const lines = cursor.wrap(block.words, frame.right - frame.left - indent, SIZE.body);
    let first = true;
    cursor.flow(lines, frame.left + indent, SIZE.body, INK, 'body', (part) => {
      if (block.bullet && first) cursor.drawLine(plainLine('•'), frame.left + 2, part.top + SIZE.body, SIZE.body, INK, 'number', part.page);
      first = false;
    });
    cursor.y += block.bullet ? 1 : 5;
  },
};

export const answer: Renderer<Of<'answer'>> = {
  lead: (block, context) => bodyLead([{ text: block.text }], 0, context),
  draw(block, { cursor, frame }) {
    cursor.flow(cursor.wrap([{ text: block.text }], frame.right - frame.left, SIZE.body), frame.left, SIZE.body, INK, 'body');
    cursor.y += 4;
  },
};

export const title: Renderer<Of<'title'>> = {
  lead: () => 0,
  draw(block, { cursor, frame }) {
    const w = frame.right - frame.left;
    cursor.flow(cursor.wrap([{ text: block.text, bold: true }], w, SIZE.title), frame.left, SIZE.title, ACCENT, 'title');
    // The subtitle is the title block's second part: the heading is the title alone.
    cursor.part = 1;
    cursor.flow(cursor.wrap([{ text: block.subtitle }], w, SIZE.subtitle), frame.left, SIZE.subtitle, MUTED, 'title');
    cursor.part = 0;
    cursor.y += 6;
  },
};

/** One line of one style; `spaced` when words follow it on the same line after a gap (a blank to fill in). */
export function plainLine(text: string, bold = false, spaced = false): Line {
  return { segments: [{ text, bold, italic: false }], width: 0, ...(spaced ? { spaced } : {}) };
}
