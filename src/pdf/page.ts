import type { FontKey } from './scripts';

// What a laid-out page holds: positioned text runs, rules and boxes, each tagged with its block and role.

/** What an item is to the reader; the rules of the page are checked by role. */
export type Role =
  'title' | 'heading' | 'question' | 'label' | 'body' | 'number' | 'caption' | 'head' | 'cell' | 'writing' | 'frame' | 'footer';

interface Tagged {
  /** Index of the block it belongs to; −1 for the footer. */
  block: number;
  /** Which paragraph, list item or table row of the block (table rows count from 1; 0 is the caption and header). */
  part: number;
  role: Role;
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
