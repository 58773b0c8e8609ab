import type { ContentBlock } from './content';
import { PageCursor, type Measure } from './cursor';
import { FOOTER_GAP, MARGIN, MUTED, NARROW_WRITING_GAP, RULE, SHORT_LAST_PAGE, SIZE, WRITING_GAP } from './style';
import { ellipsize } from './wrap';
import type { Page } from './page';
import { isKeeper, rendererFor, type Context } from './blocks';

/**
 * Places a document on pages: a pure function from blocks to positioned text runs, rules and
 * boxes, in points, with y growing down the page (as jsPDF draws). Every item says which block
 * it belongs to and what it is (its role), so tests can check the typesetting rules on the
 * output; render.ts only draws it.
 */

export type { Measure } from './cursor';

export type { BoxItem, Page, PageItem, Role, RuleItem, TextItem } from './page';

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

export interface LayoutOptions {
  paper: Paper;
  measure: Measure;
  footer: string;
}

/**
 * A document whose last page would carry only a few lines is set again with narrow-ruled writing
 * lines, and kept that way if it then takes a page less (a handout printed for a room of 40).
 */
export function layoutContent(blocks: ContentBlock[], options: LayoutOptions): Layout {
  const college = place(blocks, options, WRITING_GAP);
  if (college.layout.pages.length < 2 || college.lastFill >= SHORT_LAST_PAGE) return college.layout;
  const narrow = place(blocks, options, NARROW_WRITING_GAP);
  return (narrow.layout.pages.length < college.layout.pages.length ? narrow : college).layout;
}

function place(blocks: ContentBlock[], options: LayoutOptions, writingGap: number) {
  const { width, height } = PAPER[options.paper];
  const cursor = new PageCursor(
    { left: MARGIN, right: width - MARGIN, top: MARGIN, bottom: height - MARGIN - FOOTER_GAP },
    options.measure,
    writingGap,
  );
  const context: Context = { cursor, frame: cursor.frame, afterKeeper: false };
  blocks.forEach((block, index) => {
    cursor.block = index;
    cursor.part = 0;
    const renderer = rendererFor(block);
    // On a fresh page a heading has no space above it: what must fit there is the heading itself.
    const own = renderer.lead(block, context) - (renderer.before?.(block) ?? 0);
    const keep = isKeeper(block) ? keepHeight(blocks, index + 1, context, own) : 0;
    renderer.draw(block, context, keep);
    context.afterKeeper = isKeeper(block);
  });
  const lastFill = (cursor.y - cursor.frame.top) / cursor.pageHeight;
  drawFooters(cursor, options.footer, height);
  return { lastFill, layout: { width, height, margin: MARGIN, pages: cursor.pages } as Layout };
}

/**
 * How much of what follows block `index − 1` (itself `own` points tall) must share its page: a
 * heading, question or label keeps everything up to the first lines of the next ordinary
 * block; when that is more than a page, only the least the next block may start with.
 */
function keepHeight(blocks: ContentBlock[], index: number, context: Context, own: number): number {
  const chain = (minimal: boolean) => {
    let total = 0;
    for (let i = index; i < blocks.length; i++) {
      const block = blocks[i]!;
      total += rendererFor(block).lead(block, context, minimal);
      if (!isKeeper(block)) break;
    }
    return total;
  };
  const full = chain(false);
  return own + full <= context.cursor.pageHeight ? full : Math.min(chain(true), context.cursor.pageHeight - own);
}

/** The worksheet's title and owner and "Page N of M" at the foot of every page. */
function drawFooters(cursor: PageCursor, footer: string, height: number) {
  const { left, right } = cursor.frame;
  const total = cursor.pages.length;
  const baseline = height - MARGIN;
  cursor.block = -1;
  cursor.pages.forEach((page, index) => {
    const pageLabel = `Page ${index + 1} of ${total}`;
    const labelWidth = cursor.width(pageLabel, false, false, SIZE.footer);
    const room = right - left - labelWidth - 24;
    const lines = cursor.wrap([{ text: footer }], room, SIZE.footer);
    cursor.rule(left, baseline - 12, right, baseline - 12, 'footer', RULE, 0.4, page);
    const first = lines[0];
    // Only the first line fits beside the page number; a longer footer ends in an ellipsis.
    if (first)
      cursor.drawLine(
        lines.length > 1 ? ellipsize(first, room, SIZE.footer, cursor.width) : first,
        left,
        baseline,
        SIZE.footer,
        MUTED,
        'footer',
        page,
      );
    const label = { segments: [{ text: pageLabel, bold: false, italic: false }], width: labelWidth };
    cursor.drawLine(label, right - labelWidth, baseline, SIZE.footer, MUTED, 'footer', page);
  });
}
