import { beforeAll, describe, expect, it } from 'vitest';
import { worksheetContent } from '../../src/pdf/content';
import type { Measure, Paper } from '../../src/pdf/layout';
import { createDocument, measureWith } from '../../src/pdf/render';
import { layoutWorksheet } from '../../src/pdf/worksheetPdf';
import { blankAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { nodeFonts } from '../pdf/fonts';
import { random, randomAnswers } from '../pdf/random';
import { classify, ruleViolations } from '../pdf/rules';
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
      found.push(...violations(seed % 3 ? answers : blankAnswers(TEMPLATE), paper === 'letter' ? 'a4' : 'letter').map((v) => `seed ${seed} other paper: ${v}`));
    }
    expect(found.slice(0, 30)).toEqual([]);
  }, 120_000);
});
