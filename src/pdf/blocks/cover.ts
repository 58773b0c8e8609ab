import type { ContentBlock } from '../content';
import { INK, lineHeight, MUTED, RULE, SIZE } from '../style';
import type { Renderer } from './renderer';
import { plainLine } from './text';

const LABEL_WIDTH = 120;
const ROW_GAP = 8;

/** Label and value rows (participant, date…), each value on a rule to write on. */
export const cover: Renderer<Extract<ContentBlock, { kind: 'cover' }>> = {
  lead: () => lineHeight(SIZE.body) + ROW_GAP,
  draw(block, { cursor, frame }) {
    const lh = lineHeight(SIZE.body);
    cursor.y += 4;
    block.rows.forEach((row, i) => {
      cursor.part = i;
      const lines = row.value ? cursor.wrap([{ text: row.value }], frame.right - frame.left - LABEL_WIDTH, SIZE.body) : [];
      cursor.ensure(lh + ROW_GAP);
      cursor.drawLine(plainLine(row.label, true), frame.left, cursor.y + SIZE.body + 2, SIZE.body, MUTED, 'label');
      // A value longer than the page (someone pasted an essay) flows on to the next page.
      for (const line of lines) {
        cursor.ensure(lh);
        cursor.drawLine(line, frame.left + LABEL_WIDTH, cursor.y + SIZE.body + 2, SIZE.body, INK, 'body');
        cursor.y += lh;
      }
      cursor.y += lines.length ? ROW_GAP : lh + ROW_GAP;
      cursor.rule(frame.left + LABEL_WIDTH, cursor.y - 4, frame.right, cursor.y - 4, 'writing', RULE);
    });
    cursor.part = 0;
    cursor.y += 8;
  },
};
