import type { ContentBlock } from '../content';
import type { Frame, PageCursor } from '../cursor';

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
