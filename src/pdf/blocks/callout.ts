import type { ContentBlock } from '../content';
import type { Part } from '../cursor';
import { ACCENT, CALLOUT_FILL, firstChunk, INK, lineHeight, SIZE } from '../style';
import type { Line } from '../wrap';
import type { Context, Renderer } from './renderer';

type Callout = Extract<ContentBlock, { kind: 'callout' }>;

const PAD = 8;
const BAR = 3;
const INSET = 12;
const PARAGRAPH_GAP = 5;
const BEFORE = 4;
const LH = lineHeight(SIZE.body);

function wrapAll(block: Callout, { cursor, frame }: Context): Line[][] {
  return block.paragraphs.map((words) => cursor.wrap(words, frame.right - frame.left - INSET - PAD, SIZE.body));
}

/** The box's top pad and first lines: a one-line opening (a bold heading) brings the next paragraph's first lines. */
function calloutLead(paragraphs: Line[][]): number {
  const [first = [], second] = paragraphs;
  const head = firstChunk(first.length) * LH;
  return BEFORE + PAD + (first.length === 1 && second ? head + PARAGRAPH_GAP + firstChunk(second.length) * LH : head);
}

/** Read-only text set off in one shaded box; split across pages, the box is open at the break. */
export const callout: Renderer<Callout> = {
  lead: (block, context) => calloutLead(wrapAll(block, context)),
  draw(block, context) {
    const { cursor, frame } = context;
    const paragraphs = wrapAll(block, context);
    const parts: Part[] = [];
    cursor.space(BEFORE);
    cursor.ensure(calloutLead(paragraphs) - BEFORE);
    cursor.y += PAD;
    paragraphs.forEach((lines, i) => {
      cursor.part = i;
      if (i > 0) cursor.space(PARAGRAPH_GAP);
      cursor.flow(lines, frame.left + INSET, SIZE.body, INK, 'body', (part) => mergePart(parts, part), PAD);
    });
    cursor.y += PAD;
    cursor.part = 0;
    parts.forEach((part, i) => drawBox(context, part, i === 0, i === parts.length - 1));
    cursor.y += 5;
  },
};

function mergePart(parts: Part[], part: Part) {
  const last = parts[parts.length - 1];
  if (last && last.page === part.page) last.bottom = part.bottom;
  else parts.push({ ...part });
}

/** The shading and the accent bar behind one page's stretch; top and bottom edges only where the box really starts and ends. */
function drawBox({ cursor, frame }: Context, part: Part, first: boolean, last: boolean) {
  const top = first ? part.top - PAD : part.top;
  const bottom = part.bottom + PAD;
  const w = frame.right - frame.left;
  const behind = [
    {
      type: 'box' as const,
      x: frame.left,
      y: top,
      w,
      h: bottom - top,
      fill: CALLOUT_FILL,
      block: cursor.block,
      part: 0,
      role: 'frame' as const,
    },
    {
      type: 'box' as const,
      x: frame.left,
      y: top,
      w: BAR,
      h: bottom - top,
      fill: ACCENT,
      block: cursor.block,
      part: 0,
      role: 'frame' as const,
    },
  ];
  part.page.items.splice(part.at, 0, ...behind);
  if (first) cursor.rule(frame.left, top, frame.right, top, 'frame', ACCENT, 0.6, part.page);
  if (last) cursor.rule(frame.left, bottom, frame.right, bottom, 'frame', ACCENT, 0.6, part.page);
}
