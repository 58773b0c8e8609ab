import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, browsersForEachTest } from './browser';
import { field, newWorksheetFromLibrary } from './helpers';
import { waitSettled } from './people';

const browsers = browsersForEachTest();

const worksheets = (page: Page) => page.getByRole('list', { name: 'Worksheets on this device' });

/** Text of `length` characters that reads like words, as a pasted document would. */
const pasted = (length: number) =>
  'Families lead their own plans; staff listen first. '.repeat(Math.ceil(length / 51) + 1).slice(0, length);

/** Fills a field with more than its limit, as a paste would, and checks what the participant is shown. */
async function overfill(page: Page, name: string, limit: number, where = name): Promise<string> {
  const input = field(page, name);
  await input.fill(pasted(limit + 1));
  const message = page.getByText(/limit/i).filter({ visible: true });
  const told = () =>
    message
      .first()
      .waitFor({ timeout: 3000 })
      .then(
        () => true,
        () => false,
      );
  // The message may show while the field is being edited, or once the edit is done.
  const toldWhileEditing = await told();
  await input.press('Tab');
  const toldAfter = toldWhileEditing || (await told());
  const held = await input.inputValue();
  expect.soft(held.length, `${where} holds at most its limit of ${limit} characters`).toBeLessThanOrEqual(limit);
  expect.soft(toldAfter, `a visible message says ${where} reached its limit`).toBe(true);
  return held;
}

/** Downloads a backup of everything from the library, restores it in a fresh profile and returns that profile's library. */
async function restoreInFreshProfile(page: Page): Promise<Page> {
  await page.goto(`${baseUrl()}/#/`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const backup = await (await download).path();

  const fresh = (await browsers.open()).page;
  await fresh.goto(`${baseUrl()}/#/`);
  await fresh.getByText('No worksheets yet').waitFor();
  await fresh.getByLabel('Restore backup…').setInputFiles(backup);
  const panel = fresh.getByRole('region', { name: 'Storage and backups' });
  await fresh
    .getByText(/^Backup restored:/)
    .or(panel.getByRole('alert'))
    .first()
    .waitFor();
  const refusal = (await panel.getByRole('alert').allTextContents()).join(' | ');
  expect(refusal, `the backup the app wrote restores (${refusal})`).toBe('');
  return fresh;
}

async function openOnlyWorksheet(page: Page): Promise<void> {
  await worksheets(page).getByRole('link').first().click();
  await field(page, 'Participant name').waitFor();
}

test('a pasted 100,001-character answer stops at its limit, says so, and its backup restores', { timeout: 90_000 }, async () => {
  const { page } = await browsers.open();
  await newWorksheetFromLibrary(page);
  const name = 'What is important for you to be saying and doing?';
  const held = await overfill(page, name, 100_000, 'the long answer');
  await waitSettled(page);

  const fresh = await restoreInFreshProfile(page);
  await openOnlyWorksheet(fresh);
  expect((await field(fresh, name).inputValue()) === held, 'the restored worksheet shows the long answer').toBe(true);
});

test('a 1,001-character recall blank stops at its limit, says so, and its backup restores', async () => {
  const { page } = await browsers.open();
  await newWorksheetFromLibrary(page);
  const held = await overfill(page, 'Level 1', 1000, 'the recall blank “Level 1”');
  await waitSettled(page);

  const fresh = await restoreInFreshProfile(page);
  await openOnlyWorksheet(fresh);
  expect(await field(fresh, 'Level 1').inputValue()).toBe(held);
});

test('a 501-character session name, on the cover and for a facilitation session, stops at its limit and restores', async () => {
  const { page } = await browsers.open();
  await newWorksheetFromLibrary(page);
  const cover = await overfill(page, 'Session name', 500, 'the cover’s “Session name”');
  await waitSettled(page);

  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: 'Facilitate a session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('textbox', { name: 'Add an idea (Enter adds it)' }).waitFor();
  const facilitation = await overfill(page, 'Session name', 500, 'the facilitation session’s “Session name”');
  await page.waitForTimeout(1000);

  const fresh = await restoreInFreshProfile(page);
  await fresh.getByRole('list', { name: 'Facilitation sessions on this device' }).getByRole('link').first().click();
  await expect.poll(() => field(fresh, 'Session name').inputValue()).toBe(facilitation);
  await fresh.goto(`${baseUrl()}/#/`);
  await openOnlyWorksheet(fresh);
  expect(await field(fresh, 'Session name').inputValue()).toBe(cover);
});
