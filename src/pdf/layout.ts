import type { ContentBlock, Words } from './content';
import { splitByFont, type FontKey } from './scripts';

/**
 * Places content on pages: a pure function from blocks to positioned text runs and rules,
 * in points, with y growing down the page (as jsPDF draws). Unit tests inspect the result;
 * render.ts only draws it.
 */

export type Measure = (text: string, font: FontKey, size: number) => number;

export interface TextItem {
  type: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  font: FontKey;
  size: number;
  width: number;
  color: string;
}

export interface RuleItem {
  type: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

export interface BoxItem {
  type: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

export type PageItem = TextItem | RuleItem | BoxItem;

export interface Page {
  items: PageItem[];
}

export interface Layout {
  width: number;
  height: number;
  margin: number;
  pages: Page[];
}

export const PAPER = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
} as const;
export type Paper = keyof typeof PAPER;

const MARGIN = 54;
const FOOTER_GAP = 26;
const LEADING = 1.38;
const INK = '#1b2326';
const MUTED = '#50606a';
const ACCENT = '#1d4e5f';
const RULE = '#9aa5ab';
const SHADE = '#e8f0f2';
const WRITING_GAP = 22;

const SIZE = { title: 20, subtitle: 10.5, section: 15, question: 11.5, label: 10.5, body: 10.5, table: 10, footer: 8.5 };

interface Segment {
  text: string;
  bold: boolean;
}
interface Line {
  segments: Segment[];
  width: number;
}

export interface LayoutOptions {
  paper: Paper;
  measure: Measure;
  footer: string;
}

export function layoutContent(blocks: ContentBlock[], options: LayoutOptions): Layout {
  const { width, height } = PAPER[options.paper];
  const left = MARGIN;
  const right = width - MARGIN;
  const top = MARGIN;
  const bottom = height - MARGIN - FOOTER_GAP;
  const measure = options.measure;

  const pages: Page[] = [{ items: [] }];
  let page = pages[0]!;
  let y = top;

  const newPage = () => {
    page = { items: [] };
    pages.push(page);
    y = top;
  };
  /** Starts a new page unless `needed` points still fit on this one. */
  const ensure = (needed: number) => {
    if (y + needed > bottom && y > top) newPage();
  };

  const textWidth = (text: string, bold: boolean, size: number) =>
    splitByFont(text, bold).reduce((sum, run) => sum + measure(run.text, run.font, size), 0);

  /** Greedy line breaking over words; CJK breaks between characters; overlong words break anywhere. */
  const wrap = (words: Words[], maxWidth: number, size: number): Line[] => {
    const lines: Line[] = [];
    let line: Line = { segments: [], width: 0 };
    let pendingSpace: Segment | undefined;
    const push = () => {
      lines.push(line);
      line = { segments: [], width: 0 };
      pendingSpace = undefined;
    };
    const append = (segment: Segment, w: number) => {
      const last = line.segments[line.segments.length - 1];
      if (last && last.bold === segment.bold) last.text += segment.text;
      else line.segments.push({ ...segment });
      line.width += w;
    };
    for (const piece of words) {
      for (const token of tokenize(piece.text)) {
        if (token === '\n') {
          push();
          continue;
        }
        if (/^\s+$/.test(token)) {
          if (line.segments.length) pendingSpace = { text: ' ', bold: piece.bold };
          continue;
        }
        const w = textWidth(token, piece.bold, size);
        const spaceW = pendingSpace ? textWidth(' ', pendingSpace.bold, size) : 0;
        if (line.width + spaceW + w <= maxWidth) {
          if (pendingSpace) append(pendingSpace, spaceW);
          append({ text: token, bold: piece.bold }, w);
          pendingSpace = undefined;
          continue;
        }
        if (line.segments.length) push();
        if (w <= maxWidth) {
          append({ text: token, bold: piece.bold }, w);
          continue;
        }
        // A word wider than the line (a URL, 200 letters without a space): break it by letter.
        for (const char of token) {
          const cw = textWidth(char, piece.bold, size);
          if (line.width + cw > maxWidth && line.segments.length) push();
          append({ text: char, bold: piece.bold }, cw);
        }
      }
    }
    if (line.segments.length || lines.length === 0) lines.push(line);
    return lines;
  };

  /** Draws one wrapped line with its baseline at `baseline`. */
  const drawLine = (target: Page, line: Line, x: number, baseline: number, size: number, color: string) => {
    let cursor = x;
    for (const segment of line.segments) {
      for (const run of splitByFont(segment.text, segment.bold)) {
        const w = measure(run.text, run.font, size);
        target.items.push({ type: 'text', x: cursor, y: baseline, text: run.text, font: run.font, size, width: w, color });
        cursor += w;
      }
    }
  };

  /** Flows wrapped lines down the page, breaking pages between lines. */
  const flow = (lines: Line[], x: number, size: number, color: string, beside?: (pageRef: Page, lineTop: number, h: number) => void) => {
    const lh = size * LEADING;
    for (const line of lines) {
      ensure(lh);
      beside?.(page, y, lh);
      drawLine(page, line, x, y + size, size, color);
      y += lh;
    }
  };

  const rule = (x1: number, x2: number, at: number, color = RULE, w = 0.6) =>
    page.items.push({ type: 'rule', x1, y1: at, x2, y2: at, width: w, color });

  const writingLines = (count: number, x: number) => {
    for (let i = 0; i < count; i++) {
      ensure(WRITING_GAP);
      y += WRITING_GAP;
      rule(x, right, y - 4);
    }
  };

  const text = (value: string, bold = false): Words[] => [{ text: value, bold }];
  const lineHeight = (size: number) => size * LEADING;

  /** How tall a block's first lines are, so headings are never left alone at a page's foot. */
  const firstLinesHeight = (block: ContentBlock | undefined): number => {
    if (!block) return 0;
    switch (block.kind) {
      case 'table':
        return lineHeight(SIZE.label) * 3 + 24;
      case 'lines':
        return WRITING_GAP * Math.min(block.count, 2);
      case 'label':
      case 'question':
        return lineHeight(SIZE.question) + lineHeight(SIZE.body) * 2;
      default:
        return lineHeight(SIZE.body) * 2;
    }
  };

  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    switch (block.kind) {
      case 'title': {
        flow(wrap(text(block.text, true), right - left, SIZE.title), left, SIZE.title, ACCENT);
        flow(wrap(text(block.subtitle), right - left, SIZE.subtitle), left, SIZE.subtitle, MUTED);
        y += 6;
        break;
      }
      case 'cover': {
        const labelWidth = 120;
        const lh = lineHeight(SIZE.body);
        y += 4;
        for (const row of block.rows) {
          const lines = row.value ? wrap(text(row.value), right - left - labelWidth, SIZE.body) : [];
          ensure(lh + 8);
          drawLine(page, { segments: [{ text: row.label, bold: true }], width: 0 }, left, y + SIZE.body + 2, SIZE.body, MUTED);
          // A value longer than the page (someone pasted an essay) flows on to the next page.
          for (const line of lines) {
            ensure(lh);
            drawLine(page, line, left + labelWidth, y + SIZE.body + 2, SIZE.body, INK);
            y += lh;
          }
          y += lines.length ? 8 : lh + 8;
          rule(left + labelWidth, right, y - 4);
        }
        y += 8;
        break;
      }
      case 'section': {
        y += 14;
        ensure(lineHeight(SIZE.section) + 10 + firstLinesHeight(next));
        flow(wrap(text(block.text, true), right - left, SIZE.section), left, SIZE.section, ACCENT);
        rule(left, right, y + 2, ACCENT, 1.2);
        y += 10;
        break;
      }
      case 'paragraph': {
        const indent = block.bullet ? 14 : block.callout ? 10 : 0;
        const lines = wrap(block.words, right - left - indent, SIZE.body);
        const bar = block.callout
          ? (target: Page, lineTop: number, h: number) =>
              target.items.push({ type: 'box', x: left, y: lineTop, w: 3, h, fill: ACCENT })
          : undefined;
        // A paragraph that is all bold reads as a heading: keep it with what follows.
        if (block.words.every((w) => w.bold || !w.text.trim())) ensure(lines.length * lineHeight(SIZE.body) + firstLinesHeight(next));
        if (block.bullet) {
          ensure(lineHeight(SIZE.body));
          drawLine(page, { segments: [{ text: '•', bold: false }], width: 0 }, left + 2, y + SIZE.body, SIZE.body, INK);
        }
        flow(lines, left + indent, SIZE.body, INK, bar);
        y += block.bullet ? 1 : 5;
        break;
      }
      case 'question': {
        y += 8;
        const lines = wrap(text(block.text, true), right - left, SIZE.question);
        ensure(lines.length * lineHeight(SIZE.question) + firstLinesHeight(next));
        flow(lines, left, SIZE.question, INK);
        y += 3;
        break;
      }
      case 'label': {
        y += 4;
        const lines = wrap(text(block.text, true), right - left, SIZE.label);
        ensure(lines.length * lineHeight(SIZE.label) + firstLinesHeight(next));
        flow(lines, left, SIZE.label, MUTED);
        break;
      }
      case 'answer': {
        const indent = block.prefix ? 20 : 0;
        const lines = wrap(text(block.text), right - left - indent, SIZE.body);
        if (block.prefix) {
          ensure(lineHeight(SIZE.body));
          drawLine(page, { segments: [{ text: block.prefix, bold: true }], width: 0 }, left, y + SIZE.body, SIZE.body, MUTED);
        }
        flow(lines, left + indent, SIZE.body, INK);
        y += 4;
        break;
      }
      case 'lines': {
        if (block.prefix) {
          ensure(WRITING_GAP);
          drawLine(page, { segments: [{ text: block.prefix, bold: true }], width: 0 }, left, y + WRITING_GAP - 6, SIZE.body, MUTED);
        }
        writingLines(block.count, left + (block.prefix ? 20 : 0));
        y += 4;
        break;
      }
      case 'blank': {
        const lh = lineHeight(SIZE.body) + 6;
        if (block.value) {
          const words: Words[] = [
            ...(block.before ? text(`${block.before} `) : []),
            { text: block.value, bold: true },
            ...(block.after ? text(` ${block.after}`) : []),
          ];
          ensure(lh);
          drawLine(page, { segments: [{ text: block.prefix, bold: true }], width: 0 }, left, y + SIZE.body + 3, SIZE.body, MUTED);
          flow(wrap(words, right - left - 20, SIZE.body), left + 20, SIZE.body, INK);
          y += 6;
        } else {
          ensure(lh);
          const base = y + SIZE.body + 3;
          drawLine(page, { segments: [{ text: block.prefix, bold: true }], width: 0 }, left, base, SIZE.body, MUTED);
          let x = left + 20;
          if (block.before) {
            drawLine(page, { segments: [{ text: block.before, bold: false }], width: 0 }, x, base, SIZE.body, INK);
            x += textWidth(block.before, false, SIZE.body) + 4;
          }
          const blankWidth = 150;
          page.items.push({ type: 'rule', x1: x, y1: base + 2, x2: x + blankWidth, y2: base + 2, width: 0.6, color: RULE });
          x += blankWidth + 4;
          if (block.after) drawLine(page, { segments: [{ text: block.after, bold: false }], width: 0 }, x, base, SIZE.body, INK);
          y += lh;
        }
        break;
      }
      case 'table':
        table(block);
        break;
    }
  });

  /** A bordered two-column table whose rows never split across pages (unless one row is taller than a page). */
  function table(block: Extract<ContentBlock, { kind: 'table' }>) {
    const size = SIZE.table;
    const lh = lineHeight(size);
    const pad = 5;
    const col1 = 130;
    const x0 = left;
    const x1 = left + col1;
    const x2 = right;
    const innerRight = x2 - x1 - 2 * pad;
    const rows = block.rows.map(([label, value]) => {
      const labelLines = wrap(text(label, true), col1 - 2 * pad, size);
      const valueLines = value ? wrap(text(value), innerRight, size) : [];
      // Empty cells keep room to write by hand.
      const count = Math.max(labelLines.length, valueLines.length, value ? 1 : 3);
      return { labelLines, valueLines, height: count * lh + 2 * pad };
    });
    const caption = wrap(text(block.caption, true), right - left, SIZE.label);
    const headHeight = lh + 2 * pad;
    const captionHeight = caption.length * lineHeight(SIZE.label) + 4;

    const header = () => {
      page.items.push({ type: 'box', x: x0, y, w: x2 - x0, h: headHeight, fill: SHADE });
      drawLine(page, { segments: [{ text: block.head[0], bold: true }], width: 0 }, x0 + pad, y + pad + size, size, ACCENT);
      drawLine(page, { segments: [{ text: block.head[1], bold: true }], width: 0 }, x1 + pad, y + pad + size, size, ACCENT);
      rule(x0, x2, y);
      y += headHeight;
      rule(x0, x2, y);
    };
    const border = (from: number, to: number) => {
      for (const x of [x0, x1, x2]) page.items.push({ type: 'rule', x1: x, y1: from, x2: x, y2: to, width: 0.6, color: RULE });
    };

    y += 6;
    // The caption, the header and the first row start together, or on the next page.
    ensure(captionHeight + headHeight + (rows[0]?.height ?? 0));
    flow(caption, left, SIZE.label, INK);
    y += 4;
    let tableTop = y;
    header();
    for (const row of rows) {
      if (y + row.height > bottom && row.height <= bottom - top - headHeight) {
        border(tableTop, y);
        newPage();
        tableTop = y;
        header();
      }
      if (y + row.height <= bottom) {
        row.labelLines.forEach((line, i) => drawLine(page, line, x0 + pad, y + pad + size + i * lh, size, INK));
        row.valueLines.forEach((line, i) => drawLine(page, line, x1 + pad, y + pad + size + i * lh, size, INK));
        y += row.height;
        rule(x0, x2, y);
        continue;
      }
      // Only a row taller than a whole page gets here: it starts on a fresh page (so its label
      // stays with its first line) and continues on the next ones.
      if (y > tableTop + headHeight + 1) {
        border(tableTop, y);
        newPage();
        tableTop = y;
        header();
      }
      row.labelLines.forEach((line, i) => drawLine(page, line, x0 + pad, y + pad + size + i * lh, size, INK));
      y += pad;
      for (const line of row.valueLines) {
        if (y + lh > bottom - pad) {
          border(tableTop, y + pad);
          rule(x0, x2, y + pad);
          newPage();
          tableTop = y;
          rule(x0, x2, y);
          y += pad;
        }
        drawLine(page, line, x1 + pad, y + size, size, INK);
        y += lh;
      }
      y += pad;
      rule(x0, x2, y);
    }
    border(tableTop, y);
    y += 8;
  }

  // Footer on every page: the worksheet's title and owner, and "Page N of M".
  const total = pages.length;
  pages.forEach((target, index) => {
    const baseline = height - MARGIN;
    const pageLabel = `Page ${index + 1} of ${total}`;
    const pageLabelWidth = textWidth(pageLabel, false, SIZE.footer);
    const footerLines = wrap(text(options.footer), right - left - pageLabelWidth - 24, SIZE.footer);
    target.items.push({ type: 'rule', x1: left, y1: baseline - 12, x2: right, y2: baseline - 12, width: 0.4, color: RULE });
    const first = footerLines[0];
    if (first) {
      // Only the first line fits beside the page number; a longer footer ends in an ellipsis.
      const shown = footerLines.length > 1 ? ellipsize(first, right - left - pageLabelWidth - 24) : first;
      drawLine(target, shown, left, baseline, SIZE.footer, MUTED);
    }
    drawLine(target, { segments: [{ text: pageLabel, bold: false }], width: pageLabelWidth }, right - pageLabelWidth, baseline, SIZE.footer, MUTED);
  });

  function ellipsize(line: Line, maxWidth: number): Line {
    const ellipsis = textWidth('…', false, SIZE.footer);
    const segments = line.segments.map((s) => ({ ...s }));
    let w = segments.reduce((sum, s) => sum + textWidth(s.text, s.bold, SIZE.footer), 0);
    while (w + ellipsis > maxWidth && segments.length) {
      const last = segments[segments.length - 1]!;
      const chars = [...last.text];
      chars.pop();
      last.text = chars.join('');
      if (!last.text) segments.pop();
      w = segments.reduce((sum, s) => sum + textWidth(s.text, s.bold, SIZE.footer), 0);
    }
    segments.push({ text: '…', bold: false });
    return { segments, width: w + ellipsis };
  }

  return { width, height, margin: MARGIN, pages };
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Words, runs of spaces, line breaks, and single CJK characters (which break anywhere). A
 * non-breaking space stays inside its word, so ". . ." never leaves a lone "." on a line.
 */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const part of text.split(/(\n| +)/)) {
    if (!part) continue;
    if (!CJK_CHAR.test(part)) {
      tokens.push(part);
      continue;
    }
    let word = '';
    for (const char of part) {
      if (CJK_CHAR.test(char)) {
        if (word) tokens.push(word);
        word = '';
        tokens.push(char);
      } else word += char;
    }
    if (word) tokens.push(word);
  }
  return tokens;
}
