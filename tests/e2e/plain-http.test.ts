import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browsersForEachTest, lanUrl } from './browser';
import { field, waitSaved } from './helpers';

// A venue or intranet address is plain http at a name that is not this computer's own:
// not a secure context, so no crypto.randomUUID, no service worker, no storage.persist.
const browsers = browsersForEachTest();

/** A participant's browser at the app's LAN name, recording every error the page throws. */
async function atLanAddress() {
  const session = await browsers.open(undefined, { lan: true });
  const errors: string[] = [];
  session.context.on('weberror', (error) => errors.push(error.error().message));
  return { ...session, errors };
}

/** Types as a person does, one key at a time. */
const typeSlowly = (page: Page, label: string, text: string) => field(page, label).pressSequentially(text, { delay: 120 });

test('on plain http at a hostname a participant fills in, reloads, exports and backs up their worksheet', async () => {
  const { page, errors } = await atLanAddress();
  await page.goto(`${lanUrl()}/#/new`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await typeSlowly(page, 'Participant name', 'Dana Ruiz');
  await typeSlowly(page, 'What is important for you to be saying and doing?', 'Listen first.');
  await waitSaved(page);

  await page.reload();
  await expect.poll(() => field(page, 'Participant name').inputValue()).toBe('Dana Ruiz');
  expect(await field(page, 'What is important for you to be saying and doing?').inputValue()).toBe('Listen first.');

  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const bytes = readFileSync(await (await pdf).path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

  await page.goto(`${lanUrl()}/#/`);
  await page.getByText('Offline use needs https or this computer’s own address').waitFor();
  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const backupPath = await (await backup).path();
  expect(errors).toEqual([]);

  // The backup restores in another participant's browser at the same address.
  const other = await atLanAddress();
  await other.page.goto(`${lanUrl()}/#/`);
  await other.page.getByLabel('Restore backup…').setInputFiles(backupPath);
  await other.page.getByText('Backup restored: 1 added.').waitFor();
  await other.page
    .getByRole('link', { name: /Untitled worksheet|Dana Ruiz/ })
    .first()
    .waitFor();
  expect(other.errors).toEqual([]);
});

test('on plain http at a hostname the library offers no offline fonts it cannot keep', async () => {
  const { page, errors } = await atLanAddress();
  await page.goto(`${lanUrl()}/#/`);
  await page.getByText('Offline use needs https or this computer’s own address').waitFor();
  expect(await page.getByRole('button', { name: 'Make Chinese and Korean PDFs work offline' }).count()).toBe(0);
  expect(errors).toEqual([]);
});

test('on plain http at a hostname a facilitator runs the presenter and the projector', async () => {
  const { page, context, errors } = await atLanAddress();
  await page.goto(`${lanUrl()}/#/`);
  await page.getByRole('button', { name: 'Facilitate a session' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Session name' }).fill('Venue session');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Open projector window' }).waitFor();
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open projector window' }).click();
  const projector = await popup;
  await projector.locator('.screen-prompt').waitFor();
  const before = await projector.locator('.screen-prompt').first().innerText();
  await page.locator('body').press('ArrowRight');
  await expect.poll(() => projector.locator('.screen-prompt').first().innerText()).not.toBe(before);
  // Copying needs a secure context: the address is shown to select by hand, with no button that does nothing.
  expect(await page.getByRole('button', { name: 'Copy projector address' }).count()).toBe(0);
  await page.reload();
  await page.getByRole('button', { name: 'Open projector window' }).waitFor();
  expect(errors).toEqual([]);
});
