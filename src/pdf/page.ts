import type { FontKey } from './scripts';

// What a laid-out page holds: positioned text runs, rules and boxes, each tagged with its block and role.

/** What an item is to the reader; the rules of the page are checked by role. */
export type Role =
  'title' | 'heading' | 'question' | 'label' | 'body' | 'number' | 'caption' | 'head' | 'cell' | 'writing' | 'frame' | 'footer';

/**
 * What the structure of a tagged PDF needs beyond the role: a table's first column (its row
 * headings, and the header above them), and what a continued table draws again on a new page.
 */
export type Tag = 'rowhead' | 'repeat';

interface Tagged {
  /** Index of the block it belongs to; −1 for the footer. */
  block: number;
  /** Which paragraph, list item or table row of the block (table rows count from 1; 0 is the caption and header). */
  part: number;
  role: Role;
  tag?: Tag;
}

export interface TextItem extends Tagged {
  type: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  font: FontKey;
  size: number;
  width: number;
  color: string;
  /** Language of a run in another script than the document's (BCP 47). */
  lang?: string;
  /** The run ends a line that broke at a space: the text layer gets one after it. */
  spaceAfter?: boolean;
}

export interface RuleItem extends Tagged {
  type: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

export interface BoxItem extends Tagged {
  type: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
}

export type PageItem = TextItem | RuleItem | BoxItem;

export interface Page {
  items: PageItem[];
}
