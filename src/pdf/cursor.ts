import { languageRuns } from './languages';
import type { Page, PageItem, Role, Tag } from './page';
import { splitByFont, type FontKey } from './scripts';
import { LEADING, MIN_SPLIT, WRITING_GAP } from './style';
import { wrap, type Line, type TextWidth } from './wrap';
import type { Words } from './content';

export type Measure = (text: string, font: FontKey, size: number) => number;

export interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A stretch of one block on one page: where a box behind it starts and ends. */
export interface Part {
  page: Page;
  /** Index in the page's items where the stretch starts, so a background goes behind it. */
  at: number;
  top: number;
  bottom: number;
}

const EPS = 0.01;
const NO_LETTERS = /^[^\p{L}]*$/u;

/**
 * The page cursor: the pages so far, the current one and the y on it. Renderers ask it for
 * room (`ensure`), move on (`newPage`) and flow lines down the page; every item it places is
 * tagged with the block being drawn and the item's role.
 */
export class PageCursor {
  readonly pages: Page[] = [{ items: [] }];
  page: Page = this.pages[0]!;
  y: number;
  /** Index of the block being drawn, and of its paragraph, item or row. */
  block = -1;
  part = 0;
  /** Set while drawing a table's first column or what a continued table repeats. */
  tag: Tag | undefined;

  constructor(
    readonly frame: Frame,
    private readonly measure: Measure,
    /** Points between lines to write on by hand. */
    readonly writingGap = WRITING_GAP,
  ) {
    this.y = frame.top;
  }

  get atTop(): boolean {
    return this.y <= this.frame.top + EPS;
  }

  get pageHeight(): number {
    return this.frame.bottom - this.frame.top;
  }

  newPage(): void {
    this.page = { items: [] };
    this.pages.push(this.page);
    this.y = this.frame.top;
  }

  /** Starts a new page unless `needed` points still fit on this one (or this one is fresh). */
  ensure(needed: number): void {
    if (this.y + needed > this.frame.bottom + EPS && !this.atTop) this.newPage();
  }

  /** Space between blocks; none at the top of a page. */
  space(points: number): void {
    if (!this.atTop) this.y += points;
  }

  /** How many lines of `lh` still fit on this page. */
  fits(lh: number, reserve = 0): number {
    return Math.max(0, Math.floor((this.frame.bottom - reserve - this.y + EPS) / lh));
  }

  push(item: PageItem, page = this.page): void {
    page.items.push(item);
  }

  /** Widths at 1 pt by style (regular, bold, italic, bold italic) and text: a word is split into font runs and measured once. */
  private readonly unitWidths = [0, 1, 2, 3].map(() => new Map<string, number>());

  width: TextWidth = (text, bold, italic, size) => {
    const widths = this.unitWidths[(bold ? 1 : 0) + (italic ? 2 : 0)]!;
    let unit = widths.get(text);
    if (unit === undefined) {
      unit = splitByFont(text, bold, italic).reduce((sum, run) => sum + this.measure(run.text, run.font, 1), 0);
      widths.set(text, unit);
    }
    return unit * size;
  };

  /** Lines of a block's words, wrapped once however often a heading above asks for its height. */
  private readonly wrapped = new WeakMap<Words[], Map<string, Line[]>>();

  wrap(words: Words[], maxWidth: number, size: number): Line[] {
    let byWidth = this.wrapped.get(words);
    if (!byWidth) this.wrapped.set(words, (byWidth = new Map<string, Line[]>()));
    const key = `${maxWidth}:${size}`;
    let lines = byWidth.get(key);
    if (!lines) byWidth.set(key, (lines = wrap(words, maxWidth, size, this.width)));
    return lines;
  }

  /** Draws one line with its baseline at `baseline`: a run per font and language. */
  drawLine(line: Line, x: number, baseline: number, size: number, color: string, role: Role, page = this.page): void {
    let cursor = x;
    const start = page.items.length;
    // A run of spaces or punctuation alone (a space between two Korean words is drawn in DejaVu) keeps the language before it.
    let lang: string | undefined;
    for (const segment of line.segments) {
      for (const run of splitByFont(segment.text, segment.bold, segment.italic)) {
        for (const languageRun of languageRuns(run.text)) {
          const { text } = languageRun;
          lang = NO_LETTERS.test(text) ? lang : languageRun.lang;
          const w = this.measure(text, run.font, size);
          const item: PageItem = { type: 'text', x: cursor, y: baseline, text, font: run.font, size, width: w, color, ...this.owner(role) };
          if (lang) item.lang = lang;
          page.items.push(item);
          cursor += w;
        }
      }
    }
    const last = page.items[page.items.length - 1];
    if (line.spaced && last?.type === 'text' && page.items.length > start) last.spaceAfter = true;
  }

  /** Whose an item is: the block being drawn, its part, the item's role and tag. */
  private owner(role: Role) {
    return this.tag ? { block: this.block, part: this.part, role, tag: this.tag } : { block: this.block, part: this.part, role };
  }

  rule(x1: number, y1: number, x2: number, y2: number, role: Role, color: string, width = 0.6, page = this.page): void {
    page.items.push({ type: 'rule', x1, y1, x2, y2, width, color, ...this.owner(role) });
  }

  /**
   * Flows lines down the pages, breaking between lines but never leaving fewer than two lines
   * of a split text on either page. `onPart` hears of each page's stretch.
   */
  flow(lines: Line[], x: number, size: number, color: string, role: Role, onPart?: (part: Part) => void, reserve = 0): void {
    const lh = size * LEADING;
    let i = 0;
    while (i < lines.length) {
      const take = this.linesHere(lines.length - i, this.fits(lh, reserve));
      if (take === 0) {
        this.newPage();
        continue;
      }
      const part: Part = { page: this.page, at: this.page.items.length, top: this.y, bottom: this.y + take * lh };
      for (const line of lines.slice(i, i + take)) {
        this.drawLine(line, x, this.y + size, size, color, role);
        this.y += lh;
      }
      onPart?.(part);
      i += take;
      if (i < lines.length) this.newPage();
    }
  }

  /** How many of `left` lines to set on this page where `fit` fit: all, a split of two or more each side, or none. */
  linesHere(left: number, fit: number): number {
    if (left <= fit) return left;
    const take = Math.min(fit, left - MIN_SPLIT);
    if (take >= MIN_SPLIT) return take;
    return this.atTop ? Math.max(1, Math.min(fit, left)) : 0;
  }
}
