import type { ContentBlock } from '../content';
import type { PageCursor } from '../cursor';
import { MIN_SPLIT, RULE, WRITING_GAP } from '../style';
import type { Renderer } from './renderer';

/** Up to this many writing lines stay together on one page. */
export const KEEP_WRITING = 6;

/** Lines to write on by hand, from `x` to `right`; six or fewer stay together. */
export function writingLines(cursor: PageCursor, count: number, x: number, right: number) {
  if (count <= KEEP_WRITING) cursor.ensure(count * WRITING_GAP);
  let drawn = 0;
  while (drawn < count) {
    const take = count <= KEEP_WRITING ? count : cursor.linesHere(count - drawn, cursor.fits(WRITING_GAP));
    if (take === 0) {
      cursor.newPage();
      continue;
    }
    for (let i = 0; i < take; i++) {
      cursor.y += WRITING_GAP;
      cursor.rule(x, cursor.y - 4, right, cursor.y - 4, 'writing', RULE);
    }
    drawn += take;
    if (drawn < count) cursor.newPage();
  }
}

export const writingLead = (count: number) => (count <= KEEP_WRITING ? count : MIN_SPLIT) * WRITING_GAP;

export const lines: Renderer<Extract<ContentBlock, { kind: 'lines' }>> = {
  lead: (block) => writingLead(block.count),
  draw(block, { cursor, frame }) {
    writingLines(cursor, block.count, frame.left, frame.right);
    cursor.y += 4;
  },
};
