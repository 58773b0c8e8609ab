import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
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
  for (const expected of [SAMPLES.name, SAMPLES.session, 'Child and Family Teams', 'CFT Engagement 儿童福利', 'Добро пожаловать', 'Բարի գալուստ', '안녕하세요', 'Join our child and family teams.', `Page 1 of ${text.pages}`]) {
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
