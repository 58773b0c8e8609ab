import { beforeAll, describe, expect, it } from 'vitest';
import { newSession, reduce, roomExercises, type Action } from '../../src/facilitate/session';
import { boardContent } from '../../src/pdf/boardContent';
import { worksheetContent } from '../../src/pdf/content';
import type { Layout, Measure, Paper } from '../../src/pdf/layout';
import { createDocument, measureWith } from '../../src/pdf/render';
import { layoutBlocks, layoutWorksheet } from '../../src/pdf/worksheetPdf';
import { blankAnswers, shortId } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { nodeFonts } from '../pdf/fonts';
import { prose, random, randomAnswers } from '../pdf/random';
import { classify, ruleViolations } from '../pdf/rules';
import { texts } from '../pdf/layoutQuery';
import { LIMITS } from '../../src/worksheet/limits';
import { filledAnswers } from '../pdf/samples';

/**
 * The property test of the page rules: 240 random worksheets (answers from empty to 5,000
 * characters, 1–3 crosswalks, 3–15 list rows), filled and blank, on Letter and A4, laid out with
 * the real font metrics; every rule holds on every page of every one.
 */

let measure: Measure;
beforeAll(() => {
  measure = measureWith(createDocument('letter', nodeFonts(['sans', 'sansBold', 'sansItalic', 'sansBoldItalic', 'cjk', 'hangul'])));
}, 60_000);

function violations(answers: Answers, paper: Paper): string[] {
  const layout = layoutWorksheet(TEMPLATE, answers, paper, measure);
  return ruleViolations(layout, classify(worksheetContent(TEMPLATE, answers)));
}

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

describe('the page rules', () => {
  it.each(['letter', 'a4'] as const)('hold for the sample worksheet, filled and blank, on %s', (paper) => {
    expect(violations(filledAnswers(), paper)).toEqual([]);
    expect(violations(blankAnswers(TEMPLATE), paper)).toEqual([]);
  });

  it('hold on every page of 240 random worksheets, Letter and A4', () => {
    const found: string[] = [];
    for (const seed of SEEDS) {
      const answers = randomAnswers(random(seed));
      const paper: Paper = seed % 2 ? 'letter' : 'a4';
      found.push(...violations(answers, paper).map((v) => `seed ${seed} ${paper}: ${v}`));
      found.push(
        ...violations(seed % 3 ? answers : blankAnswers(TEMPLATE), paper === 'letter' ? 'a4' : 'letter').map(
          (v) => `seed ${seed} other paper: ${v}`,
        ),
      );
    }
    expect(found.slice(0, 30)).toEqual([]);
  }, 120_000);
});

/** A room board: ideas of any length on random exercises, some keys revealed, some ideas hidden. */
function randomSession(seed: number) {
  const r = random(seed);
  const actions: Action[] = [];
  roomExercises(TEMPLATE).forEach((exercise, index) => {
    if (r.next() < 0.4) return;
    actions.push({ type: 'goto', index });
    if (r.next() < 0.5) actions.push({ type: 'toggleReveal' });
    const columns = exercise.prompts.find((p) => p.kind === 'crosswalk');
    for (let i = r.int(0, 14); i > 0; i--) {
      const id = shortId();
      const column = columns?.kind === 'crosswalk' ? r.pick(columns.columns).id : undefined;
      actions.push({ type: 'addIdea', id, text: withinWords(prose(r, r.int(3, r.next() < 0.1 ? 2500 : 200)), LIMITS.idea), column });
      if (r.next() < 0.1) actions.push({ type: 'toggleIdea', id });
    }
  });
  return actions.reduce((s, action) => reduce(TEMPLATE, s, action, 0), newSession(TEMPLATE, `Session ${seed}`, '2026-11-24', 0));
}

/** Whole words up to the limit, as a facilitator's idea at the field's limit would end. */
function withinWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf(' ')).trimEnd();
}

describe('the page rules on the room board', () => {
  it('hold for 80 random boards, Letter and A4', () => {
    const found: string[] = [];
    for (let seed = 1; seed <= 80; seed++) {
      const blocks = boardContent(TEMPLATE, randomSession(seed));
      const layout = layoutBlocks(blocks, 'Room board', seed % 2 ? 'letter' : 'a4', measure);
      found.push(...ruleViolations(layout, classify(blocks)).map((v) => `seed ${seed}: ${v}`));
    }
    expect(found.slice(0, 30)).toEqual([]);
  }, 60_000);

  it('prints the date in the same long form as the worksheet', () => {
    const session = newSession(TEMPLATE, 'Monday', '2026-11-24', 0);
    const answers = filledAnswers();
    answers.text['cover.date'] = '2026-11-24';
    const dateOf = (blocks: ReturnType<typeof boardContent>) =>
      blocks.flatMap((b) => (b.kind === 'cover' ? b.rows : [])).find((row) => row.label === 'Date')?.value;
    expect(dateOf(boardContent(TEMPLATE, session))).toBe(dateOf(worksheetContent(TEMPLATE, answers)));
    expect(dateOf(boardContent(TEMPLATE, session))).toBe(
      new Date(2026, 10, 24).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' }),
    );
  });
});

describe('type', () => {
  it('sets the template’s emphasis in the oblique faces', () => {
    const items = texts(layoutWorksheet(TEMPLATE, filledAnswers(), 'letter', measure));
    const fontOf = (needle: string) => items.find((i) => i.text.trim() === needle)?.font;
    expect(fontOf('created and designed by California stakeholders')).toBe('sansItalic');
    expect(fontOf('Family Level')).toBe('sansBoldItalic');
    expect(fontOf('practice elements')).toBe('sansItalic');
    expect(fontOf('My Role to Support CPM at the')).toBe('sansBold');
  });

  it('fits numbers up to "120." in the number column, on the baseline of their text', () => {
    const answers = filledAnswers();
    answers.lists['org-factors'] = Array.from({ length: 120 }, (_, i) => ({ id: shortId(), text: `Factor ${i + 1} of many` }));
    const layout = layoutWorksheet(TEMPLATE, answers, 'a4', measure);
    expect(ruleViolations(layout, classify(worksheetContent(TEMPLATE, answers)))).toEqual([]);
    const items = texts(layout);
    const hundred = items.find((i) => i.role === 'number' && i.text === '100.')!;
    const text = items.find((i) => i.text === 'Factor 100 of many')!;
    expect(hundred.y).toBe(text.y);
    expect(hundred.x + hundred.width).toBeLessThan(text.x - 3);
  });

  it('draws the callout as one box, open at a page break', () => {
    for (const paper of ['letter', 'a4'] as const) {
      const layout = layoutWorksheet(TEMPLATE, blankAnswers(TEMPLATE), paper, measure);
      const boxes = layout.pages.flatMap((page, p) => page.items.filter((i) => i.type === 'box' && i.fill === '#f1f6f7').map(() => p));
      expect(new Set(boxes).size, paper).toBe(boxes.length);
    }
  });
});

/** How far down its body the last page is filled: 0 empty, 1 full. */
function lastPageFill(layout: Layout): number {
  const items = layout.pages.at(-1)!.items.filter((item) => item.role !== 'footer');
  const bottom = Math.max(...items.map((item) => (item.type === 'text' ? item.y : item.type === 'rule' ? item.y2 : item.y + item.h)));
  const body = layout.height - 2 * layout.margin;
  return (bottom - layout.margin) / body;
}

/** The gaps between one page's writing lines, in points. */
const writingGaps = (layout: Layout) =>
  layout.pages.flatMap((page) => {
    const ys = page.items
      .filter((item) => item.type === 'rule' && item.role === 'writing' && item.y1 === item.y2)
      .map((item) => (item as { y1: number }).y1);
    return ys
      .slice(1)
      .map((y, i) => Math.round((y - ys[i]!) * 10) / 10)
      .filter((gap) => gap > 0 && gap < 30);
  });

describe('the blank handout', () => {
  it.each(['letter', 'a4'] as const)('on %s ends on a page worth printing, its lines no tighter than narrow-ruled paper', (paper) => {
    const layout = layoutWorksheet(TEMPLATE, blankAnswers(TEMPLATE), paper, measure);
    expect(lastPageFill(layout), `${layout.pages.length} pages`).toBeGreaterThan(0.25);
    expect(Math.min(...writingGaps(layout))).toBeGreaterThanOrEqual(18);
  });

  it('keeps college-ruled lines when they already end on a full page', () => {
    const layout = layoutWorksheet(TEMPLATE, blankAnswers(TEMPLATE), 'a4', measure);
    expect(Math.min(...writingGaps(layout))).toBe(20);
  });
});
