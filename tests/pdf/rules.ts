import type { ContentBlock } from '../../src/pdf/content';
import type { Layout, PageItem, RuleItem, TextItem } from '../../src/pdf/layout';
import { intoFooter, outsideMargins } from './layoutQuery';

/**
 * The typesetting rules of the PDF, checked on a layout's output: each item says which block
 * (and which paragraph, item or row of it) it belongs to and what it is. Returns one line per
 * violation, "rule: where: what"; empty when the pages are set as they should be.
 */

/** What the checker needs to know of each block. */
export type BlockClass = 'keeper' | 'text' | 'writing' | 'list' | 'handoutList' | 'table' | 'callout' | 'other';

const TABLE_LH = 10 * 1.38;
const TABLE_PAD = 5;
const CALLOUT_FILL = '#f1f6f7';
const KEEP_WRITING = 6;
const EPS = 0.01;

type Placed<T> = T & { page: number };

interface Unit {
  page: number;
  y: number;
  part: number;
  text: string;
  x: number;
}

export function classify(blocks: ContentBlock[]): BlockClass[] {
  return blocks.map((block): BlockClass => {
    switch (block.kind) {
      case 'section':
      case 'question':
      case 'label':
        return 'keeper';
      case 'paragraph':
        return !block.bullet && (block.keepWithNext || block.words.every((w) => w.bold || !w.text.trim())) ? 'keeper' : 'text';
      case 'answer':
        return 'text';
      case 'lines':
        return 'writing';
      case 'list':
        return block.items.every((item) => !item.some((w) => w.text.trim())) ? 'handoutList' : 'list';
      case 'blanks':
        return 'list';
      case 'table':
        return 'table';
      case 'callout':
        return 'callout';
      default:
        return 'other';
    }
  });
}

function placed(layout: Layout): Array<Placed<PageItem>> {
  return layout.pages.flatMap((page, index) => page.items.map((item) => ({ ...item, page: index })));
}

/** A block's lines in reading order: text grouped by baseline, and each writing rule. */
function unitsOf(items: Array<Placed<PageItem>>): Unit[] {
  const byLine = new Map<string, Unit>();
  for (const item of items) {
    if (item.type === 'text' && item.role !== 'footer') {
      const key = `${item.page}:${item.y.toFixed(2)}:${item.part}`;
      const unit = byLine.get(key) ?? { page: item.page, y: item.y, part: item.part, text: '', x: item.x };
      unit.text += item.text;
      unit.x = Math.min(unit.x, item.x);
      byLine.set(key, unit);
    } else if (item.type === 'rule' && item.role === 'writing') {
      byLine.set(`${item.page}:${item.y1.toFixed(2)}:${item.part}:w${item.x1}`, {
        page: item.page,
        y: item.y1,
        part: item.part,
        text: '',
        x: item.x1,
      });
    }
  }
  return [...byLine.values()].sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
}

export function ruleViolations(layout: Layout, classes: BlockClass[]): string[] {
  const all = placed(layout);
  const byBlock = classes.map(() => [] as Array<Placed<PageItem>>);
  for (const item of all) if (item.block >= 0) byBlock[item.block]?.push(item);
  const units = byBlock.map(unitsOf);
  const pageHeight = layout.height - 2 * layout.margin - 26;
  const bad: string[] = [...outsideMargins(layout).map((v) => `margins: ${v}`), ...intoFooter(layout).map((v) => `footer: ${v}`)];
  classes.forEach((kind, b) => {
    const at = `block ${b} (${kind})`;
    if (kind === 'keeper') bad.push(...keepWithNext(units, classes, b, at));
    if (kind === 'writing' || kind === 'handoutList') bad.push(...writingTogether(units[b]!, at));
    if (kind === 'text' || kind === 'list' || kind === 'callout') bad.push(...widows(units[b]!, at));
    if (kind === 'list') bad.push(...numbers(byBlock[b]!, at));
    if (kind === 'table') bad.push(...tableRules(byBlock[b]!, units[b]!, pageHeight - keeperAbove(byBlock, classes, b), at));
    if (kind === 'callout') bad.push(...calloutBox(byBlock[b]!, at));
    bad.push(...attached(units[b]!, at));
  });
  return bad;
}

/** How tall the heading or question kept with block `b` is on b's first page: a short table need only fit with it. */
function keeperAbove(byBlock: Array<Array<Placed<PageItem>>>, classes: BlockClass[], b: number): number {
  const own = byBlock[b]!;
  if (classes[b - 1] !== 'keeper' || !own.length) return 0;
  const page = Math.min(...own.map((i) => i.page));
  const top = (items: Array<Placed<PageItem>>) =>
    Math.min(...items.filter((i): i is Placed<TextItem> => i.type === 'text' && i.page === page).map((i) => i.y - i.size));
  const above = top(byBlock[b - 1]!);
  return Number.isFinite(above) ? Math.max(0, top(own) - above) : 0;
}

/** A heading, question, hint or label shares its page with the first two lines of what follows. */
function keepWithNext(units: Unit[][], classes: BlockClass[], b: number, at: string): string[] {
  const own = units[b]!;
  const next = units.slice(b + 1).find((u) => u.length > 0);
  if (!own.length || !next) return [];
  const page = own[own.length - 1]!.page;
  const nextIndex = units.indexOf(next);
  const needed = classes[nextIndex] === 'writing' || classes[nextIndex] === 'handoutList' ? next.slice(0, KEEP_WRITING) : next.slice(0, 2);
  const away = needed.filter((u) => u.page !== page);
  return away.length
    ? [
        `keep: ${at} "${own[0]!.text.slice(0, 40)}" ends page ${page + 1}; ${away.length} of the next ${needed.length} lines follow on a later page`,
      ]
    : [];
}

/** Six or fewer writing lines stay together. */
function writingTogether(units: Unit[], at: string): string[] {
  if (units.length > KEEP_WRITING || new Set(units.map((u) => u.page)).size <= 1) return [];
  return [`writing: ${at}: ${units.length} writing lines split across pages`];
}

/** A paragraph or item split across pages keeps two lines at least on each side. */
function widows(units: Unit[], at: string): string[] {
  const bad: string[] = [];
  const parts = new Map<number, Unit[]>();
  for (const unit of units) parts.set(unit.part, [...(parts.get(unit.part) ?? []), unit]);
  for (const [part, lines] of parts) {
    const perPage = new Map<number, number>();
    for (const line of lines) perPage.set(line.page, (perPage.get(line.page) ?? 0) + 1);
    if (perPage.size < 2) continue;
    for (const [page, count] of perPage)
      if (count < 2)
        bad.push(
          `widow: ${at} part ${part}: ${count} line alone on page ${page + 1} ("${lines.find((l) => l.page === page)!.text.slice(0, 40)}")`,
        );
  }
  return bad;
}

/** A list's numbers fit their column and sit on the baseline of their item's first line. */
function numbers(items: Array<Placed<PageItem>>, at: string): string[] {
  const bad: string[] = [];
  const texts = items.filter((i): i is Placed<TextItem> => i.type === 'text');
  for (const number of texts.filter((i) => i.role === 'number')) {
    const body = [
      ...texts.filter((i) => i.role === 'body'),
      ...items.filter((i): i is Placed<RuleItem> => i.type === 'rule' && i.role === 'writing'),
    ].filter((i) => i.part === number.part && i.page === number.page);
    if (!body.length) continue;
    const startX = Math.min(...body.map((i) => (i.type === 'text' ? i.x : i.x1)));
    if (number.x + number.width > startX - 3)
      bad.push(
        `number: ${at}: "${number.text}" runs into its text (ends at ${(number.x + number.width).toFixed(1)}, text at ${startX.toFixed(1)})`,
      );
    const lines = body.filter((i): i is Placed<TextItem> => i.type === 'text');
    if (lines.length) {
      const first = Math.min(...lines.map((i) => i.y));
      if (Math.abs(first - number.y) > EPS)
        bad.push(`number: ${at}: "${number.text}" sits ${(number.y - first).toFixed(2)} pt off its text's baseline`);
    }
  }
  return bad;
}

/** Rows whole unless taller than half a page; a continued table repeats caption and header; short tables whole; one rule per edge. */
function tableRules(items: Array<Placed<PageItem>>, units: Unit[], pageHeight: number, at: string): string[] {
  const bad: string[] = [];
  const pages = [...new Set(items.map((i) => i.page))].sort((a, b) => a - b);
  const texts = items.filter((i): i is Placed<TextItem> => i.type === 'text');
  const rows = [...new Set(units.filter((u) => u.part > 0).map((u) => u.part))];
  for (const row of rows) {
    const lines = units.filter((u) => u.part === row);
    const rowPages = [...new Set(lines.map((u) => u.page))];
    if (rowPages.length < 2) continue;
    const height = lines.length * TABLE_LH + 2 * TABLE_PAD;
    if (height <= pageHeight / 2)
      bad.push(`table-row: ${at}: row ${row} (${lines.length} lines) split across pages ${rowPages.map((p) => p + 1).join(', ')}`);
    for (const page of rowPages.slice(1)) {
      if (!lines.some((u) => u.page === page && u.text.includes('(continued)')))
        bad.push(`table-row: ${at}: row ${row} goes on to page ${page + 1} without "(continued)"`);
    }
  }
  for (const page of pages.slice(1)) {
    const here = texts.filter((t) => t.page === page);
    if (!here.some((t) => t.role === 'caption' && t.text.includes('(continued)')))
      bad.push(`table-continued: ${at}: page ${page + 1} has no "(continued)" caption`);
    if (!here.some((t) => t.role === 'head')) bad.push(`table-continued: ${at}: page ${page + 1} has no header row`);
  }
  bad.push(...shortTableWhole(items, rows.length, pages, pageHeight, at), ...doubleRules(items, at));
  return bad;
}

/** A table of five rows or fewer that fits on a page is never split. */
function shortTableWhole(items: Array<Placed<PageItem>>, rowCount: number, pages: number[], pageHeight: number, at: string): string[] {
  if (rowCount > 5 || pages.length < 2) return [];
  let total = 0;
  pages.forEach((page, i) => {
    const here = items.filter((item) => item.page === page);
    const edges = here
      .filter((r): r is Placed<RuleItem> => r.type === 'rule' && r.y1 === r.y2)
      .map((r) => r.y1)
      .sort((a, b) => a - b);
    const captionTop = Math.min(
      ...here.filter((t): t is Placed<TextItem> => t.type === 'text' && t.role === 'caption').map((t) => t.y - t.size),
    );
    const bottom = edges[edges.length - 1] ?? captionTop;
    total += i === 0 ? bottom - captionTop : bottom - (edges[1] ?? bottom);
  });
  return total < pageHeight - 1
    ? [
        `table-short: ${at}: ${rowCount} rows, ${total.toFixed(0)} pt tall, split over ${pages.length} pages though a page holds ${pageHeight.toFixed(0)} pt`,
      ]
    : [];
}

function doubleRules(items: Array<Placed<PageItem>>, at: string): string[] {
  const seen = new Set<string>();
  const bad: string[] = [];
  for (const r of items) {
    if (r.type !== 'rule') continue;
    const key = `${r.page}:${r.x1.toFixed(1)},${r.y1.toFixed(1)}-${r.x2.toFixed(1)},${r.y2.toFixed(1)}`;
    if (seen.has(key)) bad.push(`table-rule: ${at}: the same rule twice on page ${r.page + 1} at y=${r.y1.toFixed(1)}`);
    seen.add(key);
  }
  return bad;
}

/** A callout is one box: one shaded box per page, its text inside it. */
function calloutBox(items: Array<Placed<PageItem>>, at: string): string[] {
  const bad: string[] = [];
  for (const page of new Set(items.map((i) => i.page))) {
    const boxes = items.filter((i) => i.page === page && i.type === 'box' && i.fill === CALLOUT_FILL);
    const texts = items.filter((i): i is Placed<TextItem> => i.page === page && i.type === 'text');
    if (boxes.length !== 1) {
      bad.push(`callout: ${at}: ${boxes.length} boxes on page ${page + 1}`);
      continue;
    }
    const box = boxes[0]!;
    if (box.type === 'box' && texts.some((t) => t.y - t.size < box.y - EPS || t.y > box.y + box.h + EPS))
      bad.push(`callout: ${at}: text outside its box on page ${page + 1}`);
  }
  return bad;
}

/** No line ends with an opening quote or bracket, and none starts with closing punctuation (unless its paragraph does). */
function attached(units: Unit[], at: string): string[] {
  const bad: string[] = [];
  const seenParts = new Set<number>();
  for (const unit of units) {
    const first = !seenParts.has(unit.part);
    seenParts.add(unit.part);
    if (!unit.text) continue;
    const text = unit.text.trim();
    if (/[“‘([]$/u.test(text)) bad.push(`attached: ${at}: a line ends with an opening mark: "…${text.slice(-30)}"`);
    if (!first && /^[”’)\],.;:!?…]/u.test(text)) bad.push(`attached: ${at}: a line starts with a closing mark: "${text.slice(0, 30)}…"`);
  }
  return bad;
}
