import { beforeAll, describe, expect, it } from 'vitest';
import { PAPER, type Paper } from '../../src/pdf/layout';
import { buildWorksheetPdf, UndrawableTextError, worksheetFonts } from '../../src/pdf/worksheetPdf';
import { blankAnswers, emptyAnswers } from '../../src/worksheet/answers';
import { plainText } from '../../src/worksheet/richtext';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { exercisesOf } from '../../src/worksheet/walk';
import { nodeFonts } from '../pdf/fonts';
import { answerStrings, filledAnswers, MORE_LABEL, SAMPLES, squash } from '../pdf/samples';
import { readPdf, type PdfText } from '../pdf/text';

const MARGIN = 54;
const SLOW = 60_000;

function build(answers: Answers, paper: Paper = 'letter', replaceUndrawable = true): ArrayBuffer {
  return buildWorksheetPdf(TEMPLATE, answers, nodeFonts(worksheetFonts(TEMPLATE, answers)), { paper, replaceUndrawable });
}

/** The page's text without footers (the lowest line on each page), whitespace removed. */
function bodyOf(pdf: PdfText): string {
  return squash(
    pdf.words
      .filter((w) => w.y < w.pageHeight - MARGIN - 10)
      .map((w) => w.text)
      .join(''),
  );
}

const [, ...SECTIONS] = TEMPLATE.sections;
/** Everything of the template the PDF prints: section titles, questions, leads, hints, labels and read-only text. */
const TEMPLATE_TEXTS = SECTIONS.flatMap((section) => [
  plainText(section.title),
  ...section.blocks.flatMap((block) =>
    block.kind === 'text'
      ? [...block.paragraphs, ...(block.bullets ?? [])].map(plainText)
      : [
          plainText(block.question),
          ...(block.lead ? [plainText(block.lead)] : []),
          ...(block.hint ? [plainText(block.hint)] : []),
          ...block.prompts.flatMap((p) => ('label' in p && p.label ? [plainText(p.label)] : [])),
          ...block.prompts.flatMap((p) =>
            p.kind === 'blanks' ? p.blanks.flatMap((b) => [b.before, b.after]).filter((t): t is string => !!t) : [],
          ),
        ],
  ),
]);
const COVER_LABELS = ['Participant', 'Role / title', 'County or agency', 'Session', 'Date'];

let filled: { bytes: ArrayBuffer; pdf: PdfText };
let a4: { bytes: ArrayBuffer; pdf: PdfText };
let blank: { bytes: ArrayBuffer; pdf: PdfText };

beforeAll(async () => {
  const make = async (answers: Answers, paper: Paper) => {
    const bytes = build(answers, paper);
    return { bytes, pdf: await readPdf(bytes) };
  };
  filled = await make(filledAnswers(), 'letter');
  a4 = await make(filledAnswers(), 'a4');
  blank = await make(blankAnswers(TEMPLATE), 'letter');
}, SLOW);

describe('the filled worksheet PDF', () => {
  it('needs and embeds the CJK and Hangul fonts', () => {
    expect([...worksheetFonts(TEMPLATE, filledAnswers())].sort()).toEqual([
      'cjk',
      'hangul',
      'sans',
      'sansBold',
      'sansBoldItalic',
      'sansItalic',
    ]);
  });

  it('is a real PDF of several pages', () => {
    const head = new TextDecoder().decode(new Uint8Array(filled.bytes).slice(0, 5));
    expect(head).toBe('%PDF-');
    expect(filled.pdf.pages).toBeGreaterThanOrEqual(3);
    expect(filled.pdf.pageTexts).toHaveLength(filled.pdf.pages);
  });

  it('prints every section title, question, label and paragraph of the template', () => {
    const body = bodyOf(filled.pdf);
    expect(TEMPLATE_TEXTS.length).toBeGreaterThan(40);
    for (const text of TEMPLATE_TEXTS) expect(body, text).toContain(squash(text));
    for (const section of SECTIONS) {
      for (const exercise of exercisesOf(section)) expect(body, exercise.id).toContain(squash(plainText(exercise.question)));
    }
  });

  it('prints the title and the cover with its values', () => {
    const all = squash(filled.pdf.all);
    expect(all).toContain(squash(TEMPLATE.title));
    expect(all).toContain(squash('CA Child Welfare Core Practice Model (CPM) worksheet'));
    for (const label of COVER_LABELS) expect(filled.pdf.pageTexts[0], label).toContain(label);
    for (const value of [SAMPLES.name, SAMPLES.role, SAMPLES.agency, SAMPLES.session, SAMPLES.dateOnPaper]) {
      expect(squash(filled.pdf.pageTexts[0]!), value).toContain(squash(value));
    }
  });

  it('prints every answer, in every script, and hostile text as plain text', () => {
    const body = bodyOf(filled.pdf);
    const expected = [...answerStrings(), ...SAMPLES.levels, ...SAMPLES.elements];
    for (const answer of expected) expect(body, answer).toContain(squash(answer));
    for (const sample of [
      'María José Peña',
      'Salamat po sa inyong tulong',
      'Nguyễn Thị Minh Khai',
      'Добро пожаловать',
      'Բարի գալուստ',
      '儿童福利',
      '아동 복지',
      '<script>alert(1)</script>',
      '%PDF-1.4',
    ]) {
      expect(body, sample).toContain(squash(sample));
    }
    expect(body).toContain(squash(MORE_LABEL));
    expect(body).toContain(squash('Crosswalk 1: Child and Family Teams in Fresno'));
    expect(body).toContain(squash('Crosswalk 2: Continuum of Care Reform'));
  });

  it('numbers every page "Page N of M" and names the worksheet and participant in the footer', () => {
    const { pages, pageTexts } = filled.pdf;
    pageTexts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages}`);
      expect(squash(text), `page ${i + 1}`).toContain(squash(`${TEMPLATE.title} · ${SAMPLES.name}`));
    });
    expect(filled.pdf.all).toContain(`Page 1 of ${pages}`);
  });

  it('carries the metadata: title with the session, author, creator and language', () => {
    const { info } = filled.pdf;
    expect(String(info.Title)).toContain(SAMPLES.session);
    expect(String(info.Title)).toContain(TEMPLATE.title);
    expect(info.Author).toBe(SAMPLES.name);
    expect(info.Creator).toBe('CPM Workshop');
    expect(info.Language).toBe('en-US');
  });

  it('every word lies inside the page, and inside the 54 pt margins', () => {
    const words = filled.pdf.words.filter((w) => w.text.trim());
    expect(words.length).toBeGreaterThan(100);
    const outsidePage = words.filter((w) => w.x < 0 || w.x + w.width > w.pageWidth || w.y - w.height < 0 || w.y > w.pageHeight);
    expect(outsidePage).toEqual([]);
    const tolerance = 1;
    const outsideMargins = words.filter(
      (w) =>
        w.x < MARGIN - tolerance ||
        w.x + w.width > w.pageWidth - MARGIN + tolerance ||
        w.y - w.height < MARGIN - tolerance ||
        w.y > w.pageHeight - MARGIN + tolerance,
    );
    expect(outsideMargins.map((w) => `p${w.page} "${w.text}" x=${w.x} w=${w.width} y=${w.y}`)).toEqual([]);
  });

  it('is Letter size', () => {
    for (const w of filled.pdf.words) {
      expect(w.pageWidth).toBeCloseTo(PAPER.letter.width, 1);
      expect(w.pageHeight).toBeCloseTo(PAPER.letter.height, 1);
    }
  });

  it('stays under 400 KB with CJK and Hangul text (fonts are subset)', () => {
    expect(filled.bytes.byteLength).toBeGreaterThan(10_000);
    expect(filled.bytes.byteLength).toBeLessThan(400_000);
  });
});

describe('A4', () => {
  it('has A4 pages with the same content inside the margins', () => {
    const words = a4.pdf.words.filter((w) => w.text.trim());
    for (const w of words) {
      expect(w.pageWidth).toBeCloseTo(595.28, 1);
      expect(w.pageHeight).toBeCloseTo(841.89, 1);
    }
    const outside = words.filter(
      (w) => w.x < MARGIN - 1 || w.x + w.width > w.pageWidth - MARGIN + 1 || w.y - w.height < MARGIN - 1 || w.y > w.pageHeight - MARGIN + 1,
    );
    expect(outside).toEqual([]);
    const body = bodyOf(a4.pdf);
    for (const answer of answerStrings()) expect(body, answer).toContain(squash(answer));
    a4.pdf.pageTexts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${a4.pdf.pages}`));
  });
});

describe('the blank handout', () => {
  it('has every prompt of the template', () => {
    const body = bodyOf(blank.pdf);
    for (const text of TEMPLATE_TEXTS) expect(body, text).toContain(squash(text));
    for (const label of COVER_LABELS) expect(blank.pdf.pageTexts[0]).toContain(label);
  });

  it('has none of the sample answers, no participant and no date', () => {
    const all = squash(blank.pdf.all);
    for (const answer of answerStrings()) expect(all, answer).not.toContain(squash(answer));
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(all).not.toMatch(/(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/);
    expect(blank.pdf.info.Author ?? '').toBe('');
    expect(String(blank.pdf.info.Title)).toContain('Untitled worksheet');
  });

  it('numbers its pages and needs only the Latin fonts', () => {
    blank.pdf.pageTexts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${blank.pdf.pages}`));
    expect([...worksheetFonts(TEMPLATE, blankAnswers(TEMPLATE))].sort()).toEqual(['sans', 'sansBold', 'sansBoldItalic', 'sansItalic']);
  });
});

describe('characters no font can draw', () => {
  const withEmoji = () => {
    const answers = emptyAnswers(TEMPLATE);
    answers.text['cover.name'] = 'Ana Reyes';
    answers.text['benefits.families'] = 'Great 🙂';
    return answers;
  };

  it(
    'are printed as [?] when replacing is allowed',
    async () => {
      const pdf = await readPdf(build(withEmoji(), 'letter', true));
      expect(pdf.all).toContain('Great [?]');
      expect(pdf.all).not.toContain('🙂');
    },
    SLOW,
  );

  it('stop the export with UndrawableTextError naming them when replacing is not allowed', () => {
    expect(() => build(withEmoji(), 'letter', false)).toThrow(UndrawableTextError);
    try {
      build(withEmoji(), 'letter', false);
      expect.unreachable('the export should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(UndrawableTextError);
      expect((error as UndrawableTextError).characters).toEqual(['🙂']);
      expect((error as UndrawableTextError).message).toContain('🙂');
    }
  });

  it('every distinct undrawable cluster is listed once', () => {
    const answers = withEmoji();
    answers.text['benefits.staff'] = 'Shalom שלום 🙂 👍🏽';
    try {
      build(answers, 'letter', false);
      expect.unreachable('the export should have failed');
    } catch (error) {
      expect((error as UndrawableTextError).characters).toEqual(['🙂', 'ש', 'ל', 'ו', 'ם', '👍🏽']);
    }
  });
});
