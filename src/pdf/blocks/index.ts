import type { BlockKind, ContentBlock } from '../content';
import { callout } from './callout';
import { cover } from './cover';
import { blanks, list } from './lists';
import { table } from './table';
import { answer, label, paragraph, paragraphKeeps, question, section, title } from './text';
import { lines } from './writing';
import type { Renderer } from './renderer';

export type { Context, Renderer } from './renderer';

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
