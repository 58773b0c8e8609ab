import type { ContentBlock } from '../content';
import type { PageCursor } from '../cursor';
import { ACCENT, INK, lineHeight, RULE, SHADE, SIZE } from '../style';
import type { Line } from '../wrap';
import type { Context, Renderer } from './renderer';
import { plainLine } from './text';

type Table = Extract<ContentBlock, { kind: 'table' }>;

const PAD = 5;
const LABEL_COLUMN = 130;
const BEFORE = 6;
const AFTER = 8;
/** A table this short is never split when it fits on a page of its own. */
const SHORT_TABLE = 5;
const SIZE_T = SIZE.table;
const LH = lineHeight(SIZE_T);
const HEAD = LH + 2 * PAD;
const CONTINUED = ' (continued)';

interface Row {
  label: string;
  labelLines: Line[];
  valueLines: Line[];
  /** Lines the row is tall: its longest cell, or three to write on when the cell is empty. */
  lines: number;
  height: number;
}

interface Geometry {
  x0: number;
  x1: number;
  x2: number;
}

function measure(block: Table, { cursor, frame }: Context) {
  const g: Geometry = { x0: frame.left, x1: frame.left + LABEL_COLUMN, x2: frame.right };
  const rows = block.rows.map(([label, value]): Row => {
    const labelLines = cursor.wrap([{ text: label, bold: true }], LABEL_COLUMN - 2 * PAD, SIZE_T);
    const valueLines = value ? cursor.wrap([{ text: value }], g.x2 - g.x1 - 2 * PAD, SIZE_T) : [];
    const lines = Math.max(labelLines.length, valueLines.length, value ? 1 : 3);
    return { label, labelLines, valueLines, lines, height: lines * LH + 2 * PAD };
  });
  const caption = (continued: boolean) =>
    cursor.wrap([{ text: block.caption + (continued ? CONTINUED : ''), bold: true }], frame.right - frame.left, SIZE.label);
  const captionHeight = caption(false).length * lineHeight(SIZE.label) + 4;
  const total = captionHeight + HEAD + rows.reduce((sum, row) => sum + row.height, 0);
  return { g, rows, caption, captionHeight, total };
}

/** A row taller than half a page may split between its lines; any other row moves whole. */
const splittable = (cursor: PageCursor, row: Row) => row.height > cursor.pageHeight / 2;
const rowLead = (cursor: PageCursor, row: Row | undefined) =>
  !row ? 0 : splittable(cursor, row) ? Math.max(2, row.labelLines.length) * LH + 2 * PAD : row.height;

/** What must start together: all of a short table that fits a page, else the caption, header and first row. */
function leadOf(cursor: PageCursor, m: ReturnType<typeof measure>, whole: boolean): number {
  return whole && m.total <= cursor.pageHeight ? m.total : m.captionHeight + HEAD + rowLead(cursor, m.rows[0]);
}

export const table: Renderer<Table> = {
  lead: (block, context, minimal) => BEFORE + leadOf(context.cursor, measure(block, context), !minimal && block.rows.length <= SHORT_TABLE),
  draw(block, context) {
    const { cursor } = context;
    const m = measure(block, context);
    cursor.space(BEFORE);
    // After its question, the question has made room: for all of a short table when question and table fit a page together.
    const whole = block.rows.length <= SHORT_TABLE && !(context.afterKeeper && cursor.y + m.total > cursor.frame.bottom);
    cursor.ensure(leadOf(cursor, m, whole));
    const writer = new TableWriter(cursor, block, m.g, m.caption);
    writer.start(false);
    m.rows.forEach((row, i) => writer.row(row, i + 1));
    writer.close();
    cursor.y += AFTER;
  },
};

/** Draws a table page by page: caption and header on each page, one rule per cell edge. */
class TableWriter {
  private top = 0;

  constructor(
    private readonly cursor: PageCursor,
    private readonly block: Table,
    private readonly g: Geometry,
    private readonly caption: (continued: boolean) => Line[],
  ) {}

  /** The caption ("… (continued)" after a break) and the shaded header row: tagged as repeats after a break. */
  start(continued: boolean) {
    const { cursor, g } = this;
    cursor.part = 0;
    cursor.tag = continued ? 'repeat' : undefined;
    cursor.flow(this.caption(continued), g.x0, SIZE.label, INK, 'caption');
    cursor.y += 4;
    this.top = cursor.y;
    cursor.push({ type: 'box', x: g.x0, y: cursor.y, w: g.x2 - g.x0, h: HEAD, fill: SHADE, block: cursor.block, part: 0, role: 'frame' });
    cursor.tag = continued ? 'repeat' : 'rowhead';
    cursor.drawLine(plainLine(this.block.head[0], true), g.x0 + PAD, cursor.y + PAD + SIZE_T, SIZE_T, ACCENT, 'head');
    cursor.tag = continued ? 'repeat' : undefined;
    cursor.drawLine(plainLine(this.block.head[1], true), g.x1 + PAD, cursor.y + PAD + SIZE_T, SIZE_T, ACCENT, 'head');
    cursor.tag = undefined;
    cursor.rule(g.x0, cursor.y, g.x2, cursor.y, 'frame', RULE);
    cursor.y += HEAD;
    cursor.rule(g.x0, cursor.y, g.x2, cursor.y, 'frame', RULE);
  }

  /** The vertical edges of this page's part of the table. */
  close() {
    const { cursor, g } = this;
    cursor.part = 0;
    for (const x of [g.x0, g.x1, g.x2]) cursor.rule(x, this.top, x, cursor.y, 'frame', RULE);
  }

  private breakPage() {
    const part = this.cursor.part;
    this.close();
    this.cursor.newPage();
    this.start(true);
    this.cursor.part = part;
  }

  row(row: Row, part: number) {
    const { cursor } = this;
    cursor.part = part;
    if (cursor.y + row.height <= cursor.frame.bottom + 0.01) return this.cells(row.labelLines, row.valueLines, row.lines);
    if (!splittable(cursor, row)) {
      this.breakPage();
      return this.cells(row.labelLines, row.valueLines, row.lines);
    }
    this.split(row);
  }

  /** A row taller than half a page: as many lines as fit (two at least on each side), then "(continued)". */
  private split(row: Row) {
    const { cursor } = this;
    let done = 0;
    while (done < row.valueLines.length) {
      const label =
        done === 0 ? row.labelLines : cursor.wrap([{ text: row.label + CONTINUED, bold: true }], LABEL_COLUMN - 2 * PAD, SIZE_T);
      const fit = cursor.fits(LH, 2 * PAD);
      let take = cursor.linesHere(row.valueLines.length - done, fit);
      if (take > 0 && take < label.length && take < row.valueLines.length - done) take = 0;
      if (take === 0 && cursor.y > this.top + HEAD + 0.01) {
        this.breakPage();
        continue;
      }
      take = Math.max(take, 1);
      this.cells(label, row.valueLines.slice(done, done + take), Math.max(take, label.length), done > 0);
      done += take;
      if (done < row.valueLines.length) this.breakPage();
    }
  }

  /** One page's stretch of a row: its label (a repeat when the row goes on from the page before) and its value. */
  private cells(labelLines: Line[], valueLines: Line[], lines: number, continued = false) {
    const { cursor, g } = this;
    cursor.tag = continued ? 'repeat' : 'rowhead';
    labelLines.forEach((line, i) => cursor.drawLine(line, g.x0 + PAD, cursor.y + PAD + SIZE_T + i * LH, SIZE_T, INK, 'cell'));
    cursor.tag = undefined;
    valueLines.forEach((line, i) => cursor.drawLine(line, g.x1 + PAD, cursor.y + PAD + SIZE_T + i * LH, SIZE_T, INK, 'cell'));
    cursor.y += lines * LH + 2 * PAD;
    cursor.rule(g.x0, cursor.y, g.x2, cursor.y, 'frame', RULE);
  }
}
