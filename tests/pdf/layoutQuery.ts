import type { Layout, RuleItem, TextItem } from '../../src/pdf/layout';
import { squash } from './samples';

/** Gap the layout keeps between the body and the footer's baseline (layout.ts FOOTER_GAP). */
export const FOOTER_GAP = 26;
const EPS = 0.01;

/** A text item with the page it is on (0-based) and its place in drawing order. */
export interface PlacedText extends TextItem {
  page: number;
  order: number;
}

export interface PlacedRule extends RuleItem {
  page: number;
}

/** Every text item of a layout, in drawing order, with its page. */
export function texts(layout: Layout): PlacedText[] {
  let order = 0;
  return layout.pages.flatMap((page, index) =>
    page.items.flatMap((item) => (item.type === 'text' ? [{ ...item, page: index, order: order++ }] : [])),
  );
}

export function rules(layout: Layout): PlacedRule[] {
  return layout.pages.flatMap((page, index) => page.items.flatMap((item) => (item.type === 'rule' ? [{ ...item, page: index }] : [])));
}

/** Footer items sit on the footer's baseline, the bottom margin. */
export const isFooter = (layout: Layout, item: TextItem) => Math.abs(item.y - (layout.height - layout.margin)) < EPS;

/** The body's text (footers left out), whitespace removed, so wrapped lines read as one. */
export function bodyText(layout: Layout): string {
  return squash(
    texts(layout)
      .filter((item) => !isFooter(layout, item))
      .map((item) => item.text)
      .join(''),
  );
}

/** Descriptions of every item that leaves the page's margins; empty when all is well. */
export function outsideMargins(layout: Layout): string[] {
  const { width, height, margin } = layout;
  const left = margin - EPS;
  const right = width - margin + EPS;
  const top = margin - EPS;
  const bottom = height - margin + EPS;
  const bad: string[] = [];
  layout.pages.forEach((page, p) => {
    for (const item of page.items) {
      if (item.type === 'text') {
        if (item.x < left || item.x + item.width > right || item.y < top || item.y > bottom) {
          bad.push(
            `page ${p + 1}: text "${item.text.slice(0, 40)}" x=${item.x.toFixed(2)} right=${(item.x + item.width).toFixed(2)} baseline=${item.y.toFixed(2)}`,
          );
        }
      } else if (item.type === 'rule') {
        const xs = [item.x1, item.x2];
        const ys = [item.y1, item.y2];
        if (xs.some((x) => x < left || x > right) || ys.some((y) => y < top || y > bottom)) {
          bad.push(`page ${p + 1}: rule (${item.x1.toFixed(2)},${item.y1.toFixed(2)})-(${item.x2.toFixed(2)},${item.y2.toFixed(2)})`);
        }
      } else if (item.x < left || item.x + item.w > right || item.y < top || item.y + item.h > bottom) {
        bad.push(`page ${p + 1}: box x=${item.x.toFixed(2)} y=${item.y.toFixed(2)} w=${item.w} h=${item.h.toFixed(2)}`);
      }
    }
  });
  return bad;
}

/** Body text whose baseline runs into the footer's area (below height − margin − FOOTER_GAP). */
export function intoFooter(layout: Layout): string[] {
  const limit = layout.height - layout.margin - FOOTER_GAP + EPS;
  return texts(layout)
    .filter((item) => !isFooter(layout, item) && item.y > limit)
    .map((item) => `page ${item.page + 1}: "${item.text.slice(0, 40)}" baseline=${item.y.toFixed(2)}`);
}

/** The one text item containing `needle`; throws when there is none or more than one. */
export function only(items: PlacedText[], needle: string): PlacedText {
  const found = items.filter((item) => item.text.includes(needle));
  if (found.length !== 1) throw new Error(`expected one text item with "${needle}", found ${found.length}`);
  return found[0]!;
}
