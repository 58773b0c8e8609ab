import type { BlankItem, ContentBlock, Words } from '../content';
import type { PageCursor } from '../cursor';
import { firstChunk, INK, lineHeight, MUTED, NUMBER_COLUMN, NUMBER_GAP, RULE, SIZE } from '../style';
import type { Line } from '../wrap';
import type { Context, Renderer } from './renderer';
import { plainLine } from './text';
import { KEEP_WRITING } from './writing';

type Of<K extends ContentBlock['kind']> = Extract<ContentBlock, { kind: K }>;

/** The number column: as wide as the widest number ("10.", "100.") and a gap. */
export function numberColumn(cursor: PageCursor, count: number): number {
  return Math.max(NUMBER_COLUMN, cursor.width(`${count}.`, true, false, SIZE.body) + NUMBER_GAP);
}

const LH = lineHeight(SIZE.body);
const ITEM_GAP = 4;
const number = (i: number) => plainLine(`${i + 1}.`, true);

/** Each item's wrapped lines, or undefined for an empty item (a writing line). */
function listRows(block: Of<'list'>, { cursor, frame }: Context, indent: number): Array<Line[] | undefined> {
  return block.items.map((words) =>
    words.some((w) => w.text.trim()) ? cursor.wrap(words, frame.right - frame.left - indent, SIZE.body) : undefined,
  );
}

/** Height of the list's start that must share a page: the whole of a short handout list, else its first two lines. */
function listLead(rows: Array<Line[] | undefined>, gap: number): number {
  const rowHeight = (row: Line[] | undefined) => (row ? row.length * LH + ITEM_GAP : gap);
  const rowLead = (row: Line[] | undefined) => (row ? firstChunk(row.length) * LH : gap);
  if (rows.every((row) => !row) && rows.length <= KEEP_WRITING) return rows.length * gap;
  const [first, second] = rows;
  const firstLines = first ? firstChunk(first.length) : 1;
  return firstLines >= 2 || !second ? rowLead(first) : rowHeight(first) + rowLead(second);
}

export const list: Renderer<Of<'list'>> = {
  lead: (block, context) => listLead(listRows(block, context, numberColumn(context.cursor, block.items.length)), context.cursor.writingGap),
  draw(block, context) {
    const { cursor, frame } = context;
    const indent = numberColumn(cursor, block.items.length);
    const rows = listRows(block, context, indent);
    const gap = cursor.writingGap;
    if (rows.every((row) => !row) && rows.length <= KEEP_WRITING) cursor.ensure(rows.length * gap);
    rows.forEach((row, i) => {
      cursor.part = i;
      if (!row) {
        cursor.ensure(gap);
        cursor.drawLine(number(i), frame.left, cursor.y + gap - 6, SIZE.body, MUTED, 'number');
        cursor.y += gap;
        cursor.rule(frame.left + indent, cursor.y - 4, frame.right, cursor.y - 4, 'writing', RULE);
        return;
      }
      numbered(cursor, row, i, frame.left, indent);
      cursor.y += ITEM_GAP;
    });
  },
};

/** Flows an item's lines with its number on the first line's baseline. */
function numbered(cursor: PageCursor, lines: Line[], index: number, left: number, indent: number) {
  let first = true;
  cursor.flow(lines, left + indent, SIZE.body, INK, 'body', (part) => {
    if (first) cursor.drawLine(number(index), left, part.top + SIZE.body, SIZE.body, MUTED, 'number', part.page);
    first = false;
  });
}

const BLANK_WIDTH = 150;
const BLANK_PAD = 3;
const blankWords = (item: BlankItem): Words[] => [
  ...(item.before ? [{ text: `${item.before} ` }] : []),
  { text: item.value, bold: true },
  ...(item.after ? [{ text: ` ${item.after}` }] : []),
];

function blankRows(block: Of<'blanks'>, { cursor, frame }: Context, indent: number): Array<Line[] | undefined> {
  return block.items.map((item) => (item.value ? cursor.wrap(blankWords(item), frame.right - frame.left - indent, SIZE.body) : undefined));
}

const blankHeight = (row: Line[] | undefined) => (row?.length ?? 1) * LH + 2 * BLANK_PAD;

export const blanks: Renderer<Of<'blanks'>> = {
  lead(block, context) {
    const rows = blankRows(block, context, numberColumn(context.cursor, block.items.length));
    const lines = rows.reduce((sum, row) => sum + (row?.length ?? 1), 0);
    return lines <= KEEP_WRITING ? rows.reduce((sum, row) => sum + blankHeight(row), 0) : blankHeight(rows[0]) + blankHeight(rows[1]);
  },
  draw(block, context) {
    const { cursor, frame } = context;
    const indent = numberColumn(cursor, block.items.length);
    const rows = blankRows(block, context, indent);
    if (rows.reduce((sum, row) => sum + (row?.length ?? 1), 0) <= KEEP_WRITING)
      cursor.ensure(rows.reduce((sum, row) => sum + blankHeight(row), 0));
    rows.forEach((row, i) => {
      cursor.part = i;
      if (row) {
        cursor.space(BLANK_PAD);
        numbered(cursor, row, i, frame.left, indent);
        cursor.y += BLANK_PAD;
      } else emptyBlank(cursor, block.items[i]!, i, frame.left, indent);
    });
  },
};

/** "3.  The ________ Level": the number, the words and the rule share one baseline. */
function emptyBlank(cursor: PageCursor, item: BlankItem, index: number, left: number, indent: number) {
  cursor.ensure(LH + 2 * BLANK_PAD);
  const base = cursor.y + SIZE.body + BLANK_PAD;
  cursor.drawLine(number(index), left, base, SIZE.body, MUTED, 'number');
  let x = left + indent;
  if (item.before) {
    cursor.drawLine(plainLine(item.before, false, true), x, base, SIZE.body, INK, 'body');
    x += cursor.width(item.before, false, false, SIZE.body) + 4;
  }
  cursor.rule(x, base + 2, x + BLANK_WIDTH, base + 2, 'writing', RULE);
  x += BLANK_WIDTH + 4;
  if (item.after) cursor.drawLine(plainLine(item.after), x, base, SIZE.body, INK, 'body');
  cursor.y += LH + 2 * BLANK_PAD;
}
