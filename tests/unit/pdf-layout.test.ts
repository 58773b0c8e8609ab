import { beforeAll, describe, expect, it } from 'vitest';
import { PAPER, type Layout, type Measure, type Paper } from '../../src/pdf/layout';
import { createDocument, measureWith } from '../../src/pdf/render';
import { layoutWorksheet } from '../../src/pdf/worksheetPdf';
import { blankAnswers, emptyAnswers, shortId } from '../../src/worksheet/answers';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { allPrompts } from '../../src/worksheet/walk';
import { nodeFonts } from '../pdf/fonts';
import { bodyText, intoFooter, isFooter, only, outsideMargins, rules, texts } from '../pdf/layoutQuery';
import { answerStrings, filledAnswers, LONG_WORD, SAMPLES, squash } from '../pdf/samples';

const PAPERS: Paper[] = ['letter', 'a4'];
const MARGIN = 54;
/** Where a crosswalk's label and value columns start (layout.ts: margin, margin + 130, 5 pt padding). */
const LABEL_X = MARGIN + 5;
const VALUE_X = MARGIN + 130 + 5;
/** First line of each practice element's label in the 130 pt column. */
const LABEL_FIRST_LINE: Record<string, string> = {
  engagement: 'Engagement',
  inquiry: 'Inquiry and',
  teaming: 'Teaming',
  advocacy: 'Advocacy',
  accountability: 'Accountability',
};

/** A stand-in for font metrics: 0.55 em per Latin letter, a full em per CJK or Hangul character. */
const fakeMeasure: Measure = (text, font, size) => [...text].length * size * (font === 'cjk' || font === 'hangul' ? 1 : 0.55);

const measures: Record<string, () => Measure> = { fake: () => fakeMeasure };
beforeAll(() => {
  const doc = createDocument('letter', nodeFonts(['sans', 'sansBold', 'sansItalic', 'sansBoldItalic', 'cjk', 'hangul']));
  const real = measureWith(doc);
  measures.real = () => real;
}, 60_000);

/** About `length` characters of ordinary prose. */
const prose = (length: number, seed = 'Family engagement matters in every case review we hold.') => {
  let out = '';
  while (out.length < length) out += `${seed} `;
  return out.slice(0, length).trim();
};

const HUGE = prose(20_000);

function withText(answers: Answers, id: string, text: string): Answers {
  answers.text[id] = text;
  return answers;
}

const CASES: Record<string, () => Answers> = {
  empty: () => emptyAnswers(TEMPLATE),
  blank: () => blankAnswers(TEMPLATE),
  filled: filledAnswers,
  'a 200-letter word everywhere': () => {
    const a = filledAnswers();
    a.text['cover.session'] = LONG_WORD;
    a.text['benefits.families'] = `${LONG_WORD} ${LONG_WORD}`;
    a.blanks.levels = [LONG_WORD, LONG_WORD];
    a.lists.improvements![0]!.text = LONG_WORD;
    a.crosswalks.crosswalk![0]!.initiative = LONG_WORD;
    a.crosswalks.crosswalk![0]!.cells.inquiry = LONG_WORD;
    a.more['messages.more']![0]!.name = LONG_WORD;
    return a;
  },
  'a 20,000-character answer': () => withText(filledAnswers(), 'benefits.families', HUGE),
};

describe.each(['fake', 'real'])('layoutWorksheet with the %s measure', (measureName) => {
  const layout = (answers: Answers, paper: Paper = 'letter'): Layout => layoutWorksheet(TEMPLATE, answers, paper, measures[measureName]!());

  describe.each(PAPERS)('on %s paper', (paper) => {
    it.each(Object.keys(CASES))('%s: every text, rule and box stays inside the margins', (name) => {
      const result = layout(CASES[name]!(), paper);
      expect(result.width).toBe(PAPER[paper].width);
      expect(result.height).toBe(PAPER[paper].height);
      expect(result.margin).toBe(MARGIN);
      expect(result.pages.length).toBeGreaterThan(1);
      expect(texts(result).length).toBeGreaterThan(50);
      expect(outsideMargins(result)).toEqual([]);
    });

    it.each(Object.keys(CASES))('%s: body text stays above the footer', (name) => {
      expect(intoFooter(layout(CASES[name]!(), paper))).toEqual([]);
    });

    it.each(Object.keys(CASES))('%s: every page has "Page N of M" at the bottom right', (name) => {
      const result = layout(CASES[name]!(), paper);
      const total = result.pages.length;
      const items = texts(result);
      for (let n = 1; n <= total; n++) {
        const labels = items.filter((item) => item.text === `Page ${n} of ${total}`);
        expect(labels, `page ${n}`).toHaveLength(1);
        const label = labels[0]!;
        expect(label.page).toBe(n - 1);
        expect(label.y).toBeCloseTo(result.height - MARGIN, 5);
        expect(label.x + label.width).toBeCloseTo(result.width - MARGIN, 5);
      }
      expect(items.filter((item) => /^Page \d+ of \d+$/.test(item.text))).toHaveLength(total);
    });

    it('the handout’s spaced ellipses stay whole on one line, joined by non-breaking spaces', () => {
      const items = texts(layout(blankAnswers(TEMPLATE), paper));
      const lines = new Map<string, string>();
      for (const item of items) lines.set(`${item.page}:${item.y}`, (lines.get(`${item.page}:${item.y}`) ?? '') + item.text);
      const ellipses = [...lines.values()].flatMap((line) => line.match(/\.\u00a0\.\u00a0\./g) ?? []);
      expect(ellipses).toHaveLength(2);
      expect([...lines.values()].filter((line) => /^\.( |$)/.test(line))).toEqual([]);
    });

    it('a 20,000-character answer runs over more pages, and none of it is lost', () => {
      const normal = layout(filledAnswers(), paper);
      const huge = layout(CASES['a 20,000-character answer']!(), paper);
      expect(huge.pages.length).toBeGreaterThan(normal.pages.length + 3);
      expect(bodyText(huge)).toContain(squash(HUGE));
    });

    it('a 200-letter word is broken by letter, and every letter is kept', () => {
      const result = layout(CASES['a 200-letter word everywhere']!(), paper);
      const body = bodyText(result);
      expect(body).toContain(LONG_WORD + LONG_WORD);
      // No single item holds the whole word: it had to wrap.
      expect(texts(result).some((item) => item.text.includes(LONG_WORD))).toBe(false);
    });
  });

  it('the filled worksheet shows every answer and the cover values', () => {
    const result = layout(filledAnswers());
    const body = bodyText(result);
    for (const answer of [...answerStrings(), SAMPLES.dateOnPaper, ...SAMPLES.levels, ...SAMPLES.elements]) {
      expect(body, answer).toContain(squash(answer));
    }
  });

  it('the footer names the worksheet and the participant on every page', () => {
    const result = layout(filledAnswers());
    const footers = texts(result).filter((item) => isFooter(result, item) && !item.text.startsWith('Page '));
    expect(new Set(footers.map((item) => item.page)).size).toBe(result.pages.length);
    for (const item of footers) expect(item.text).toBe(`${TEMPLATE.title} · ${SAMPLES.name}`);
  });

  describe('blank handout', () => {
    it('has no answer text, only the template', () => {
      const body = bodyText(layout(blankAnswers(TEMPLATE)));
      for (const answer of answerStrings()) expect(body, answer).not.toContain(squash(answer));
      expect(body).toContain(squash('What are the 5 Practice Elements that organize the Family Level Intervention behaviors?'));
      expect(body).toContain(squash('Initiative or mandate: ____________________'));
    });

    it('leaves writing lines: 4 under each long answer, one per list row, a rule for each blank', () => {
      const result = layout(blankAnswers(TEMPLATE));
      const right = result.width - MARGIN;
      const all = rules(result);
      // Writing lines are tagged as such; table and callout edges are frames.
      const horizontal = all.filter((r) => r.y1 === r.y2 && r.role === 'writing');

      const prompts = allPrompts(TEMPLATE);
      const longTexts = prompts.filter((p) => p.kind === 'longText').length;
      const listRows = prompts.reduce((sum, p) => sum + (p.kind === 'list' ? p.rows : 0), 0);
      const blanks = prompts.reduce((sum, p) => sum + (p.kind === 'blanks' ? p.blanks.length : 0), 0);
      const coverFields = prompts.filter((p) => p.id.startsWith('cover.')).length;

      expect(horizontal.filter((r) => r.x1 === MARGIN && r.x2 === right)).toHaveLength(longTexts * 4);
      expect(horizontal.filter((r) => r.x1 === MARGIN + 20 && r.x2 === right)).toHaveLength(listRows);
      expect(horizontal.filter((r) => Math.abs(r.x2 - r.x1 - 150) < 0.01)).toHaveLength(blanks);
      expect(horizontal.filter((r) => r.x1 === MARGIN + 120 && r.x2 === right)).toHaveLength(coverFields);
      expect(longTexts).toBe(7);
      expect(listRows).toBe(9);
      expect(blanks).toBe(7);
    });

    it('the cover rows are all empty (not even today’s date)', () => {
      const result = layout(blankAnswers(TEMPLATE));
      const items = texts(result).filter((item) => item.page === 0);
      const coverLabels = ['Participant', 'Role / title', 'County or agency', 'Session', 'Date'];
      for (const label of coverLabels) {
        const item = items.find((i) => i.text === label);
        expect(item, label).toBeDefined();
        // Nothing else on the label's line.
        expect(items.filter((i) => Math.abs(i.y - item!.y) < 0.01 && i !== item)).toEqual([]);
      }
    });
  });
});

/* ---------- Crosswalk tables ---------- */

/** A cell of about `length` characters whose first and last words name it. */
const cell = (table: number, element: string, length: number) =>
  `X${table}${element}START ${prose(length - 30, 'principles line up with the element here')} X${table}${element}END`;

/**
 * A filled worksheet whose two crosswalks have long cells, pushed down the pages by `items`
 * one-line improvements, so that over many variants tables and rows meet every page foot.
 */
function crosswalkVariant(items: number, cellLength = 600): Answers {
  const a = filledAnswers();
  a.lists.improvements = Array.from({ length: items }, (_, i) => ({ id: shortId(), text: `Improvement note ${i + 1}` }));
  a.crosswalks.crosswalk = [1, 2].map((t) => ({
    id: shortId(),
    initiative: `Initiative number ${t}`,
    cells: Object.fromEntries(PRACTICE_ELEMENTS.map((e) => [e.id, cell(t, e.id, cellLength)])),
  }));
  return a;
}

const VARIANTS = Array.from({ length: 40 }, (_, i) => i);

interface TableFacts {
  captionPage: number;
  headerPage: number;
  firstRowPage: number;
  /** Page of the text just before the table (the question, or the previous table's last row). */
  beforePage: number;
  headers: number;
}

/** Checks each row of both crosswalks: its label and all of its cell's lines share a page. */
function checkRows(layout: Layout, label: string): TableFacts[] {
  const items = texts(layout);
  const facts: TableFacts[] = [];
  const lh = 10 * 1.38;
  for (const t of [1, 2]) {
    for (const element of PRACTICE_ELEMENTS) {
      const start = only(items, `X${t}${element.id}START`);
      const end = only(items, `X${t}${element.id}END`);
      const where = `${label}, crosswalk ${t}, ${element.label}`;
      expect(start.x, where).toBeCloseTo(VALUE_X, 5);
      expect(end.page, `${where}: first and last line on one page`).toBe(start.page);
      // Every line of the cell, in drawing order, is on the same page.
      const lines = items.filter((i) => i.order >= start.order && i.order <= end.order && Math.abs(i.x - VALUE_X) < 0.01);
      expect(new Set(lines.map((i) => i.page)), where).toEqual(new Set([start.page]));
      // The label's first line sits beside the cell's first line.
      const labelItem = items.find(
        (i) =>
          i.page === start.page &&
          Math.abs(i.x - LABEL_X) < 0.01 &&
          Math.abs(i.y - start.y) < 0.01 &&
          i.text === LABEL_FIRST_LINE[element.id],
      );
      expect(labelItem, `${where}: label beside the first line`).toBeDefined();
      if (element.id === 'inquiry') {
        const second = items.find((i) => i.page === start.page && i.text === 'Exploration' && Math.abs(i.y - (start.y + lh)) < 0.01);
        expect(second, `${where}: second label line`).toBeDefined();
      }
    }
    // The first caption: a table that continues repeats it with "(continued)".
    const caption = items.find((i) => i.text === `Crosswalk ${t}: Initiative number ${t}`)!;
    const header = items.find((i) => i.order > caption.order && i.text === 'Practice element');
    const firstRow = only(items, `X${t}engagementSTART`);
    const before =
      t === 1 ? items.filter((i) => i.order < caption.order && i.text.includes('categories.')).pop() : only(items, 'X1accountabilityEND');
    expect(before, `${label}: text before table ${t}`).toBeDefined();
    const tableItems = items.filter((i) => i.order >= caption.order && i.order <= only(items, `X${t}accountabilityEND`).order);
    facts.push({
      captionPage: caption.page,
      headerPage: header?.page ?? -1,
      firstRowPage: firstRow.page,
      beforePage: before!.page,
      headers: tableItems.filter((i) => i.text === 'Practice element').length,
    });
  }
  return facts;
}

describe.each(['fake', 'real'])('crosswalk rows with the %s measure', (measureName) => {
  const layout = (answers: Answers, paper: Paper) => layoutWorksheet(TEMPLATE, answers, paper, measures[measureName]!());

  it.each(PAPERS)(
    'on %s paper a row never splits across pages, over 40 placements',
    (paper) => {
      const all: TableFacts[] = [];
      for (const items of VARIANTS) {
        const result = layout(crosswalkVariant(items), paper);
        expect(outsideMargins(result), `variant ${items}`).toEqual([]);
        expect(intoFooter(result), `variant ${items}`).toEqual([]);
        all.push(...checkRows(result, `variant ${items}`));
      }
      // The variants did make rows meet a page foot: tables continued with a repeated header.
      expect(all.some((f) => f.headers > 1)).toBe(true);
    },
    60_000,
  );

  it.each(PAPERS)(
    'on %s paper a table starts with its caption, header and first row together',
    (paper) => {
      const all: TableFacts[] = [];
      for (const items of VARIANTS) {
        const facts = checkRows(layout(crosswalkVariant(items), paper), `variant ${items}`);
        facts.forEach((f, t) => {
          expect(f.headerPage, `variant ${items}, table ${t + 1}: header`).toBe(f.captionPage);
          expect(f.firstRowPage, `variant ${items}, table ${t + 1}: Engagement row`).toBe(f.captionPage);
        });
        all.push(...facts);
      }
      // Some variants put a table's start near a page foot, and it moved to the next page.
      expect(all.some((f) => f.captionPage > f.beforePage)).toBe(true);
      expect(all.some((f) => f.captionPage === f.beforePage)).toBe(true);
    },
    60_000,
  );

  it.each(PAPERS)(
    'on %s paper a cell taller than a page stays inside the margins and its label stays with its first line',
    (paper) => {
      const problems: string[] = [];
      for (const items of VARIANTS) {
        const a = crosswalkVariant(items);
        a.crosswalks.crosswalk![0]!.cells.inquiry = cell(1, 'inquiry', 8_000);
        const result = layout(a, paper);
        problems.push(...[...outsideMargins(result), ...intoFooter(result)].map((p) => `variant ${items}: ${p}`));
        const all = texts(result);
        const start = only(all, 'X1inquirySTART');
        const label = all.find(
          (i) =>
            i.text === 'Inquiry and' &&
            Math.abs(i.x - LABEL_X) < 0.01 &&
            i.order < start.order &&
            i.order > only(all, 'X1engagementEND').order,
        );
        if (label?.page !== start.page)
          problems.push(`variant ${items}: label on page ${label ? label.page + 1 : '-'}, first line on page ${start.page + 1}`);
        if (items % 10 === 0) {
          // Nothing of the long cell is lost, and it did take extra pages.
          // The value column, read in order: the "(continued)" labels and repeated headers sit beside it.
          const values = all
            .filter((i) => i.role === 'cell' && Math.abs(i.x - VALUE_X) < 0.01)
            .map((i) => i.text)
            .join('');
          expect(squash(values)).toContain(squash(a.crosswalks.crosswalk![0]!.cells.inquiry));
          expect(result.pages.length).toBeGreaterThan(layout(crosswalkVariant(items), paper).pages.length + 1);
        }
      }
      expect(problems).toEqual([]);
    },
    60_000,
  );
});

describe('a long cover value', () => {
  it.each(PAPERS)('on %s paper a 5,000-character agency name stays inside the margins', (paper) => {
    const a = withText(
      filledAnswers(),
      'cover.agency',
      prose(5_000, 'Department of Social Services, Children and Family Services Division,'),
    );
    const result = layoutWorksheet(TEMPLATE, a, paper, fakeMeasure);
    expect(outsideMargins(result)).toEqual([]);
    expect(intoFooter(result)).toEqual([]);
  });
});
