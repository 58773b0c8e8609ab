import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { field, newWorksheetFromLibrary } from './helpers';
import { waitSettled } from './people';

let session: Session;
/** Tab A has the worksheet open and is typing in it; tab B has the library open. */
let worksheet: Page;
let library: Page;
let url: string;
const ANSWER = 'What is important for you to be saying and doing?';

beforeEach(async () => {
  session = await openBrowser();
  worksheet = session.page;
  url = await newWorksheetFromLibrary(worksheet);
  await field(worksheet, 'Session name').fill('Fresno morning');
  await field(worksheet, ANSWER).fill('Before the library acted.');
  await waitSettled(worksheet);
  library = await session.context.newPage();
  await openLibrary(library);
});
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

async function openLibrary(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();
}

/** The worksheet titles the library lists, once it has loaded them. */
async function listed(page: Page): Promise<string[]> {
  await page.getByRole('list', { name: 'Worksheets on this device' }).or(page.getByText('No worksheets yet')).first().waitFor();
  return page.getByRole('list', { name: 'Worksheets on this device' }).getByRole('heading', { level: 2 }).allTextContents();
}

/** Types at the end of the long answer in tab A, as its participant carries on. */
async function keepTyping(text: string): Promise<void> {
  await field(worksheet, ANSWER).click();
  await worksheet.keyboard.press('Control+End');
  await worksheet.keyboard.type(text, { delay: 120 });
}

test('a worksheet renamed in the library shows its new name in the open tab, and typing there keeps it', async () => {
  await library.getByRole('button', { name: 'Rename Fresno morning' }).click();
  const rename = library.getByRole('textbox', { name: 'Session name' });
  await rename.fill('Fresno afternoon');
  await rename.press('Enter');
  await expect.poll(() => listed(library)).toEqual(['Fresno afternoon']);

  const title = worksheet.getByRole('heading', { level: 1 });
  await expect
    .poll(() => title.textContent(), { timeout: 5000 })
    .toBe('Fresno afternoon')
    .catch(() => {});
  expect.soft(await title.textContent(), 'the open tab shows the new name').toBe('Fresno afternoon');
  await keepTyping(' Then we met again.');
  await waitSettled(worksheet);
  await worksheet.reload();
  await expect.poll(() => field(worksheet, ANSWER).inputValue()).toBe('Before the library acted. Then we met again.');
  await library.reload();
  expect(await listed(library), 'the open tab’s typing keeps the new name').toEqual(['Fresno afternoon']);
  expect(await field(worksheet, 'Session name').inputValue()).toBe('Fresno afternoon');
});

test('reloading the open tab 100 or 300 ms after a library rename keeps the new name and what was typed', async () => {
  let name = 'Fresno morning';
  for (const [i, ms] of [100, 300, 100].entries()) {
    await keepTyping(` Typed ${i}.`);
    const next = `Fresno round ${i}`;
    await library.getByRole('button', { name: `Rename ${name}` }).click();
    const rename = library.getByRole('textbox', { name: 'Session name' });
    await rename.fill(next);
    await rename.press('Enter');
    await expect.poll(() => listed(library)).toEqual([next]);
    await worksheet.waitForTimeout(ms);
    await worksheet.reload();
    await expect.poll(() => field(worksheet, 'Session name').inputValue(), { message: `after ${ms} ms` }).toBe(next);
    await library.reload();
    expect(await listed(library), `the rename holds after a reload ${ms} ms later`).toEqual([next]);
    name = next;
  }
  expect(await field(worksheet, ANSWER).inputValue()).toBe('Before the library acted. Typed 0. Typed 1. Typed 2.');
});

test('a worksheet deleted in the library is shown as deleted in the open tab and comes back only when restored', async () => {
  await library.getByRole('button', { name: 'Delete Fresno morning' }).click();
  await library.getByRole('dialog', { name: 'Delete “Fresno morning”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => listed(library)).toEqual([]);

  const deleted = worksheet.getByText('Deleted in another tab');
  await deleted
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => {});
  expect.soft(await deleted.count(), 'the open tab says “Deleted in another tab”').toBe(1);
  const restore = worksheet.getByRole('button', { name: 'Restore', exact: true });
  expect.soft(await restore.count(), 'the open tab offers “Restore”').toBe(1);
  expect.soft(await worksheet.getByRole('button', { name: 'Close', exact: true }).count(), 'the open tab offers “Close”').toBe(1);

  // The participant carries on typing, if the form still lets them: that must not bring it back.
  const answer = field(worksheet, ANSWER);
  if ((await answer.count()) && (await answer.isEditable())) await keepTyping(' Typed after the delete.');
  else await worksheet.keyboard.type(' Typed after the delete.', { delay: 120 });
  await worksheet.waitForTimeout(1500);
  await library.reload();
  expect(await listed(library), 'the deleted worksheet stays deleted while the open tab types').toEqual([]);

  await restore.click({ timeout: 5000 });
  await expect.poll(async () => (await library.reload(), listed(library)), { timeout: 5000 }).toEqual(['Fresno morning']);
});

test('Undo of a delete in the library is heard by the open tab: it says so no more and saves again', async () => {
  await library.getByRole('button', { name: 'Delete Fresno morning' }).click();
  await library.getByRole('dialog', { name: 'Delete “Fresno morning”?' }).getByRole('button', { name: 'Delete' }).click();
  await worksheet.getByText('Deleted in another tab').first().waitFor({ timeout: 5000 });
  await library.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => listed(library)).toEqual(['Fresno morning']);

  await expect.poll(() => worksheet.getByText('Deleted in another tab').count(), { timeout: 5000 }).toBe(0);
  await keepTyping(' Typed after the undo.');
  await waitSettled(worksheet);
  await worksheet.getByText(/^Saved at/).waitFor();
  await worksheet.reload();
  await expect.poll(() => field(worksheet, ANSWER).inputValue()).toBe('Before the library acted. Typed after the undo.');
});

test('a backup restored with "Replace" shows in the open tab, and its next keystroke keeps it', async () => {
  const download = library.waitForEvent('download');
  await library.getByRole('button', { name: 'Download backup' }).click();
  const backup = await (await download).path();

  await keepTyping(' Changed after the backup.');
  await waitSettled(worksheet);
  expect(await field(worksheet, ANSWER).inputValue()).toBe('Before the library acted. Changed after the backup.');

  await library.getByLabel('Restore backup…').setInputFiles(backup);
  const dialog = library.getByRole('dialog', { name: 'Already on this device' });
  await dialog.getByRole('radio', { name: /Replace/ }).check();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await library.getByText('Backup restored: 1 replaced.').waitFor();

  const answer = field(worksheet, ANSWER);
  await expect
    .poll(() => answer.inputValue(), { timeout: 5000 })
    .toBe('Before the library acted.')
    .catch(() => {});
  expect.soft(await answer.inputValue(), 'the open tab shows the restored answer').toBe('Before the library acted.');
  await keepTyping('!');
  await waitSettled(worksheet);
  await worksheet.reload();
  await answer.waitFor();
  expect(await answer.inputValue(), 'after a reload: the restored answer and the keystroke typed after it').toBe(
    'Before the library acted.!',
  );
  expect(worksheet.url()).toBe(url);
});
