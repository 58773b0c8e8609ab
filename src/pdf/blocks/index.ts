import type { BlockKind, ContentBlock } from '../content';
import type { Frame, PageCursor } from '../cursor';
import { callout } from './callout';
import { cover } from './cover';
import { blanks, list } from './lists';
import { table } from './table';
import { answer, label, paragraph, paragraphKeeps, question, section, title } from './text';
import { lines } from './writing';

/** What every renderer gets: the page cursor and the text frame. */
export interface Context {
  cursor: PageCursor;
  frame: Frame;
  /** The block before is a heading, question or label, which has already made room for this one's start. */
  afterKeeper: boolean;
}

/** One kind of block: how to draw it, and how much of its start must share a page with a heading above. */
export interface Renderer<B extends ContentBlock> {
  /**
   * Height of the block's first lines (its whole height for a heading), spacing before included.
   * `minimal`: the least that may start a page, when all of a short table cannot come too.
   */
  lead(block: B, context: Context, minimal?: boolean): number;
  /** Space the block leaves above itself, except at the top of a page. */
  before?(block: B): number;
  /** Draws the block at the cursor; `keep` is the height that must follow it on its page. */
  draw(block: B, context: Context, keep: number): void;
}

type Renderers = { [K in BlockKind]: Renderer<Extract<ContentBlock, { kind: K }>> };

const RENDERERS: Renderers = { title, cover, section, paragraph, callout, question, label, answer, lines, list, blanks, table };

export function rendererFor<B extends ContentBlock>(block: B): Renderer<B> {
  return RENDERERS[block.kind] as unknown as Renderer<B>;
}

/** Blocks that never end a page: they stay with the first lines of what follows. */
export function isKeeper(block: ContentBlock): boolean {
  if (block.kind === 'section' || block.kind === 'question' || block.kind === 'label') return true;
  return block.kind === 'paragraph' && paragraphKeeps(block);
}
