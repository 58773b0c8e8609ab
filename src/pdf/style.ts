/** The PDF's type and colours, in points: one place for every renderer. */

export const MARGIN = 54;
/** Room kept between the body and the footer's baseline. */
export const FOOTER_GAP = 26;
export const LEADING = 1.38;
/** 20 pt between writing lines: college-ruled paper. */
export const WRITING_GAP = 20;
/** 18 pt, narrow-ruled paper: what a handout tightens to rather than end on a near-empty page. */
export const NARROW_WRITING_GAP = 18;
/** A last page filled less than this is not worth printing, if tighter lines can save it. */
export const SHORT_LAST_PAGE = 0.25;
/** A number column is never narrower than this, so "1." to "9." line up with the old handout. */
export const NUMBER_COLUMN = 20;
export const NUMBER_GAP = 6;

export const INK = '#1b2326';
export const MUTED = '#50606a';
export const ACCENT = '#1d4e5f';
export const RULE = '#9aa5ab';
export const SHADE = '#e8f0f2';
export const CALLOUT_FILL = '#f1f6f7';

export const SIZE = { title: 20, subtitle: 10.5, section: 15, question: 11.5, label: 10.5, body: 10.5, table: 10, footer: 8.5 } as const;

export const lineHeight = (size: number) => size * LEADING;

/** Lines a split paragraph leaves at least on each page (widows and orphans). */
export const MIN_SPLIT = 2;
/** How many lines must start together on a page for a text of `count` lines. */
export const firstChunk = (count: number) => (count <= MIN_SPLIT * 2 - 1 ? count : MIN_SPLIT);
