import type { ContentBlock } from '../content';
import type { PageCursor } from '../cursor';
import { MIN_SPLIT, RULE } from '../style';
import type { Renderer } from './renderer';

/** Up to this many writing lines stay together on one page. */
export const KEEP_WRITING = 6;

/** Lines to write on by hand, from `x` to `right`; six or fewer stay together. */
export function writingLines(cursor: PageCursor, count: number, x: number, right: number) {
  const gap = cursor.writingGap;
  if (count <= KEEP_WRITING) cursor.ensure(count * gap);
  let drawn = 0;
  while (drawn < count) {
    const take = count <= KEEP_WRITING ? count : cursor.linesHere(count - drawn, cursor.fits(gap));
    if (take === 0) {
      cursor.newPage();
      continue;
    }
    for (let i = 0; i < take; i++) {
      cursor.y += gap;
      cursor.rule(x, cursor.y - 4, right, cursor.y - 4, 'writing', RULE);
    }
    drawn += take;
    if (drawn < count) cursor.newPage();
  }
}

export const writingLead = (count: number, gap: number) => (count <= KEEP_WRITING ? count : MIN_SPLIT) * gap;

export const lines: Renderer<Extract<ContentBlock, { kind: 'lines' }>> = {
  lead: (block, { cursor }) => writingLead(block.count, cursor.writingGap),
  draw(block, { cursor, frame }) {
    writingLines(cursor, block.count, frame.left, frame.right);
    cursor.y += 4;
  },
};
