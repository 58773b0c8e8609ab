import type { ContentBlock, Words } from '../../src/pdf/content';
import { replaceUndrawable } from '../../src/pdf/scripts';

/**
 * What a document says, in the order a reader meets it, built from its blocks alone (not from
 * the layout): titles, cover rows as label then value, list numbers before their items, table
 * caption, header and each row's label then value. No footer, no "(continued)". Whitespace is
 * collapsed, so words that run together where a line wrapped show up as a difference.
 */
export function readingOrder(blocks: ContentBlock[]): string {
  const words = (list: Words[]) => list.map((w) => w.text).join('');
  const parts = blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'title':
        return [block.text, block.subtitle];
      case 'cover':
        return block.rows.flatMap((row) => [row.label, row.value]);
      case 'section':
      case 'answer':
        return [block.text];
      case 'paragraph':
        return [...(block.bullet ? ['•'] : []), words(block.words)];
      case 'callout':
        return block.paragraphs.map(words);
      case 'question':
      case 'label':
        return [words(block.words)];
      case 'list':
        return block.items.flatMap((item, i) => [`${i + 1}.`, words(item)]);
      case 'blanks':
        return block.items.flatMap((item, i) => [`${i + 1}.`, item.before ?? '', item.value, item.after ?? '']);
      case 'table':
        return [block.caption, ...block.head, ...block.rows.flat()];
      case 'lines':
        return [];
    }
  });
  return replaceUndrawable(parts.join(' ')).replace(/\s+/g, ' ').trim();
}
