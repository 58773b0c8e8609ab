import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { newWorksheetFromLibrary, waitSaved } from './helpers';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

const violations = async () => (await new AxeBuilder({ page: session.page }).analyze()).violations.map((v) => v.id);

async function makeWorksheet(sessionName: string, participant: string) {
  const { page } = session;
  const url = await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: 'Session name' }).fill(sessionName);
  await page.getByRole('textbox', { name: 'Participant name' }).fill(participant);
  await page.getByRole('textbox', { name: 'Level 1' }).fill('Family');
  await waitSaved(page);
  await page.getByRole('link', { name: '← All worksheets' }).click();
  await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();
  return url;
}

const titles = () =>
  session.page.getByRole('list', { name: 'Worksheets on this device' }).getByRole('heading', { level: 2 }).allTextContents();

test('the library lists, renames, duplicates and deletes worksheets, with undo', async () => {
  const { page } = session;
  await page.goto(`${baseUrl()}/#/`);
  await page.getByText('No worksheets yet').waitFor();
  expect(await violations()).toEqual([]);

  await makeWorksheet('Fresno morning session', 'Ana Reyes');
  const secondUrl = await makeWorksheet('Sacramento cohort', 'Bảo Trần');
  expect(await titles()).toEqual(['Sacramento cohort', 'Fresno morning session']);
  const card = page.getByRole('listitem').filter({ hasText: 'Sacramento cohort' });
  expect(await card.textContent()).toContain('Bảo Trần');
  expect(await card.textContent()).toMatch(/Last change: Today at \d{1,2}:\d{2}/);
  expect(await card.textContent()).toMatch(/Answered: 3 of 33/); // name, session and a level: the date the app fills in is no answer
  expect(await violations()).toEqual([]);

  await page.getByRole('button', { name: 'Rename Sacramento cohort' }).click();
  const rename = page.getByRole('textbox', { name: 'Session name' });
  await rename.fill('Sacramento cohort, day 2');
  await rename.press('Enter');
  await expect.poll(titles).toEqual(['Sacramento cohort, day 2', 'Fresno morning session']);

  await page.getByRole('button', { name: 'Duplicate Fresno morning session' }).click();
  await expect.poll(titles).toEqual(['Fresno morning session (copy)', 'Sacramento cohort, day 2', 'Fresno morning session']);

  // Delete asks first; Cancel keeps the worksheet.
  await page.getByRole('button', { name: 'Delete Sacramento cohort, day 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Sacramento cohort, day 2”?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await titles()).toContain('Sacramento cohort, day 2');

  await page.getByRole('button', { name: 'Delete Sacramento cohort, day 2' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(titles).toEqual(['Fresno morning session (copy)', 'Fresno morning session']);
  await page.getByText('Deleted “Sacramento cohort, day 2”.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(titles).toContain('Sacramento cohort, day 2');

  // Deleted for good: its address says so and offers the way home, never an empty form.
  await page.getByRole('button', { name: 'Delete Sacramento cohort, day 2' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(titles).toEqual(['Fresno morning session (copy)', 'Fresno morning session']);
  await page.goto(secondUrl);
  await page.getByRole('heading', { name: 'This worksheet is not on this device' }).waitFor();
  expect(await page.getByRole('textbox').count()).toBe(0);
  expect(await violations()).toEqual([]);
  await page.getByRole('link', { name: 'Go to your worksheets' }).click();
  await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();

  // The duplicate is a separate worksheet with the same answers.
  await page.getByRole('link', { name: 'Fresno morning session (copy)', exact: true }).click();
  expect(await page.getByRole('textbox', { name: 'Participant name' }).inputValue()).toBe('Ana Reyes');
  expect(await page.getByRole('textbox', { name: 'Level 1' }).inputValue()).toBe('Family');
});

test('an unknown address shows a page that leads home', async () => {
  const { page } = session;
  await page.goto(`${baseUrl()}/#/no-such-page`);
  await page.getByRole('heading', { name: 'This page does not exist' }).waitFor();
  expect(await violations()).toEqual([]);
});

test('the /new link starts a worksheet and opens it', async () => {
  const { page } = session;
  await page.goto(`${baseUrl()}/#/new`);
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  expect(page.url()).toMatch(/#\/worksheets\/[\w-]+$/);
  expect(await page.getByRole('textbox', { name: 'Date', exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

/** The accessible name of what has focus, or its text. */
const focused = () =>
  session.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
  });

test('by keyboard alone: a delete puts focus on Undo, which waits while focus is on it; Undo and Rename return focus to the card', async () => {
  const { page } = session;
  await page.goto(`${baseUrl()}/#/`);
  await makeWorksheet('Fresno morning session', 'Ana Reyes');

  await page.getByRole('button', { name: 'Rename Fresno morning session' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(', day 2', { delay: 120 });
  await page.keyboard.press('Enter');
  await expect.poll(titles).toEqual(['Fresno morning session, day 2']);
  await expect.poll(focused).toBe('Rename Fresno morning session, day 2');

  await page.getByRole('button', { name: 'Delete Fresno morning session, day 2' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Deleted “Fresno morning session, day 2”.').waitFor();
  await expect.poll(focused).toBe('Undo');
  // Longer than the toast stays on its own: with focus on it, it waits for the person.
  await page.waitForTimeout(10_000);
  expect(await focused()).toBe('Undo');
  await page.keyboard.press('Enter');
  await expect.poll(titles).toEqual(['Fresno morning session, day 2']);
  await expect.poll(focused).toBe('Fresno morning session, day 2');
});
