import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { plainText } from '../../src/worksheet/richtext';
import { TEMPLATE } from '../../src/worksheet/template';
import { bodyLines, keptWithNext, noWidows, numbersFit, quotesAttached, tableContinues } from '../pdf/pageRules';
import { readPdf } from '../pdf/text';
import { openBrowser, type Session } from './browser';
import { fillEverything, SAMPLES } from './fill';
import { newWorksheetFromLibrary, waitSaved } from './helpers';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

/** Clicks a button and returns the file the browser downloads. */
async function download(name: string, confirmWith?: string) {
  const { page } = session;
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  if (confirmWith) await page.getByRole('dialog').getByRole('button', { name: confirmWith }).click();
  const file = await pending;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

const squash = (text: string) => text.replace(/\s+/g, '');

test('Export PDF downloads the filled worksheet, named for the participant, with every answer', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await fillEverything(page);
  await waitSaved(page);

  // Nothing of the PDF machinery is loaded before the first export.
  const before = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect(before.filter((url) => /export-|\.ttf/.test(url))).toEqual([]);

  const pdf = await download('Export PDF');
  expect(pdf.name).toMatch(/^CPM-worksheet-María-José-Nguyễn-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = await readPdf(pdf.bytes);
  const all = squash(text.all);
  for (const expected of [
    SAMPLES.name,
    SAMPLES.session,
    'Child and Family Teams',
    'CFT Engagement 儿童福利',
    'Добро пожаловать',
    'Բարի գալուստ',
    '안녕하세요',
    'Join our child and family teams.',
    `Page 1 of ${text.pages}`,
  ]) {
    expect(all).toContain(squash(expected));
  }
  expect(text.info.Author).toBe(SAMPLES.name);
  await page.getByText('PDF downloaded.', { exact: false }).waitFor();
});

test('the blank handout has every prompt and no answers; A4 is a choice', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: 'Participant name' }).fill('Ana Reyes');
  await page.getByRole('combobox', { name: 'Paper size' }).selectOption('a4');
  const pdf = await download('Blank handout (PDF)');
  expect(pdf.name).toMatch(/^CPM-handout-blank-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = await readPdf(pdf.bytes);
  expect(text.words[0]?.pageWidth).toBeCloseTo(595.28, 1);
  expect(squash(text.all)).toContain(squash('What are the 5 Practice Elements that organize the Family Level Intervention behaviors?'));
  expect(text.all).not.toContain('Ana Reyes');

  // The choice of paper is remembered.
  await page.reload();
  expect(await page.getByRole('combobox', { name: 'Paper size' }).inputValue()).toBe('a4');
});

test('characters no font can draw are named before export and printed as [?]', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: "For my county's families?" }).fill('Stronger families 🙂 שלום');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Some characters can’t be printed' });
  expect(await dialog.textContent()).toContain("For my county's families?: 🙂 (U+1F642), ש (U+05E9)");
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const pdf = await download('Export PDF', 'Export with [?]');
  expect((await readPdf(pdf.bytes)).all).toContain('Stronger families [?] [?][?][?][?]');
});

test('the library exports a worksheet, and export works offline once the page has loaded', async () => {
  const { page, context } = session;
  await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: 'Session name' }).fill('Offline session');
  await page.getByRole('textbox', { name: 'Participant name' }).fill('Lê Thị Hồng');
  await waitSaved(page);
  // Load the PDF module once, then go offline.
  await download('Export PDF');
  await page.getByRole('link', { name: '← All worksheets' }).click();
  await context.setOffline(true);
  const pdf = await download('Export PDF of Offline session');
  expect(pdf.name).toMatch(/^CPM-worksheet-Lê-Thị-Hồng-/);
  expect((await readPdf(pdf.bytes)).all).toContain('Offline session');
  await context.setOffline(false);
});

/* ---------- The page rules on real pages, Letter and A4 ---------- */

/** A field's long answer: its own sentence repeated, so every line of it can be told apart. */
const longAnswer = (sentence: string, length: number) => {
  let out = '';
  while (out.length < length) out += `${sentence} `;
  return out.trim();
};

const LONG_FIELDS: Record<string, string> = {
  "For my county's families?": longAnswer('Families are heard first, and their plans are their own.', 1400),
  "For my county's staff?": longAnswer('Staff share one language for “good practice” across units.', 900),
  'My Role to Support CPM at the Family Level:': longAnswer('I model engagement in every case review I attend.', 2600),
  'My Role to Support CPM at the System Level:': longAnswer('I use data to track progress and to celebrate successes.', 1100),
  'What is important for you to be saying and doing?': longAnswer('Say it, then do it, every single day with every team.', 700),
  'With my immediate team?': longAnswer('We team with families, always, and we say so out loud.', 1700),
  'With social workers?': longAnswer('Your judgment matters to this county and to its children.', 1300),
};
const LONG_CELL = longAnswer('Inquiry means asking what the family already knows works.', 3900);
const CAPTION = 'Continuum of Care Reform';

/** A worksheet with long, realistic answers, eleven improvements and a crosswalk cell taller than half a page. */
async function fillLong() {
  const { page } = session;
  await page.getByRole('textbox', { name: 'Participant name', exact: true }).fill('Ana Reyes');
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: '+ Add improvement' }).click();
  for (let i = 1; i <= 11; i++)
    await page.getByRole('textbox', { name: `Improvement ${i}`, exact: true }).fill(`Improvement number ${i} in our county`);
  const grid = page.getByRole('group', { name: /^Crosswalk 1/ });
  await grid.getByRole('textbox', { name: 'Initiative or mandate' }).fill(CAPTION);
  for (const element of ['Engagement', 'Teaming', 'Advocacy', 'Accountability']) {
    await grid.getByRole('textbox', { name: element, exact: true }).fill(longAnswer(`${element} principles from CCR line up here.`, 300));
  }
  await grid.getByRole('textbox', { name: 'Inquiry and Exploration', exact: true }).fill(LONG_CELL);
  for (const [label, text] of Object.entries(LONG_FIELDS)) await page.getByRole('textbox', { name: label, exact: true }).fill(text);
  await waitSaved(page);
}

/** Every section title, question and label the worksheet prints. */
function headings(): string[] {
  return TEMPLATE.sections
    .slice(1)
    .flatMap((section) => [
      plainText(section.title),
      ...section.blocks.flatMap((block) =>
        block.kind === 'exercise'
          ? [plainText(block.question), ...block.prompts.flatMap((p) => ('label' in p && p.label ? [plainText(p.label)] : []))]
          : [],
      ),
    ]);
}

test.each([
  ['letter', 612],
  ['a4', 595.28],
] as const)(
  'on %s the exported PDF keeps headings with their text, splits no paragraph badly, and continues the table with its caption',
  async (paper, width) => {
    const { page } = session;
    await newWorksheetFromLibrary(page);
    await fillLong();
    await page.getByRole('combobox', { name: 'Paper size' }).selectOption(paper);
    const pdf = await download('Export PDF');
    if (process.env.PDF_OUT) writeFileSync(`${process.env.PDF_OUT}/long-${paper}.pdf`, pdf.bytes);
    const text = await readPdf(pdf.bytes);
    expect(text.words[0]?.pageWidth).toBeCloseTo(width, 1);
    const lines = bodyLines(text);
    const problems = [
      ...headings().flatMap((heading) => keptWithNext(lines, heading)),
      ...Object.entries(LONG_FIELDS).flatMap(([label, answer]) => noWidows(lines, answer, label)),
      ...noWidows(lines, LONG_CELL, 'Inquiry and Exploration cell'),
      ...numbersFit(lines, ['9.', '10.', '11.']),
      ...quotesAttached(lines),
      ...tableContinues(lines, CAPTION, 'Practice element'),
    ];
    expect(problems).toEqual([]);
    // The tall cell did go on to another page, marked so, and its table's header came with it.
    expect(text.all).toContain(`${CAPTION} (continued)`);
    expect(squash(text.all)).toContain(squash('Inquiry and Exploration (continued)'));
    // Four faces embedded for Latin text: regular, bold, and the obliques for the template's emphasis.
    expect(new TextDecoder('latin1').decode(pdf.bytes).match(/\/FontFile2 /g)).toHaveLength(4);
  },
);

test('Print this page: headings stay with their text, and every page has the worksheet’s name and its number', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await fillEverything(page);
  await waitSaved(page);
  await page.emulateMedia({ media: 'print' });
  // What the browser's print does: the page's beforeprint handlers run, then it lays out pages.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const bytes = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
  if (process.env.PDF_OUT) writeFileSync(`${process.env.PDF_OUT}/print-letter.pdf`, bytes);
  const text = await readPdf(new Uint8Array(bytes));
  for (let n = 1; n <= text.pages; n++) {
    const pageText = text.pageTexts[n - 1]!;
    expect(pageText, `page ${n}`).toContain(`Page ${n} of ${text.pages}`);
    expect(pageText, `page ${n}`).toContain(`${TEMPLATE.title} · ${SAMPLES.name}`);
  }
  // Paper carries the worksheet, not the app's controls around it.
  for (const control of ['Share with the facilitator', 'Export PDF', 'Blank handout', 'Answered:', 'Paper size']) {
    expect(text.all, control).not.toContain(control);
  }
  // No section heading is the last thing on its page.
  const lines = bodyLines(text);
  const problems = TEMPLATE.sections.slice(1).flatMap((section) => keptWithNext(lines, plainText(section.title)));
  expect(problems).toEqual([]);
});
