import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { watchAlarms } from './people';
import { field } from './helpers';

let session: Session;
let alarms: string[];
beforeEach(async () => {
  session = await openBrowser();
  alarms = await watchAlarms(session.context);
});
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

/** Ways a browser refuses storage: private modes, blocked site data, old or locked-down browsers. */
const REFUSALS: Array<{ how: string; script: () => void }> = [
  {
    how: 'indexedDB.open throws',
    script: () => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    },
  },
  {
    how: 'indexedDB is undefined',
    script: () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
  },
  {
    how: 'indexedDB is deleted',
    script: () => void delete (window as unknown as { indexedDB?: IDBFactory }).indexedDB,
  },
];

const pageText = (page: Page) => page.locator('body').innerText();

/** What the participant must never read, whatever the page. */
async function expectNoWrongWords(page: Page, where: string): Promise<void> {
  const text = `${await pageText(page)}\n${alarms.join('\n')}`;
  expect.soft(text, `${where}: no router error page`).not.toContain('Something went wrong');
  expect.soft(text, `${where}: storage is not a network problem`).not.toMatch(/back online/i);
}

test.each(REFUSALS)('when $how, the library says so in plain words and a new worksheet still works', async ({ script }) => {
  const { page, context } = session;
  await context.addInitScript(script);
  await page.goto(`${baseUrl()}/#/`);
  const plainWords = page.getByText('not letting CPM Workshop store anything', { exact: false });
  await plainWords
    .or(page.getByText('Something went wrong'))
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
  expect
    .soft(
      await plainWords.count(),
      `the library says “not letting CPM Workshop store anything” (it shows: ${(await pageText(page)).slice(0, 200)})`,
    )
    .toBeGreaterThan(0);
  await expectNoWrongWords(page, 'the library');

  const startNew = page.getByRole('button', { name: '+ New worksheet' });
  expect.soft(await startNew.count(), 'the library offers “+ New worksheet”').toBe(1);
  if (await startNew.count()) await startNew.click();
  else await page.goto(`${baseUrl()}/#/new`);

  await field(page, 'Participant name').fill('Still typing');
  await field(page, 'What is important for you to be saying and doing?').fill('Nothing is lost.');
  const banner = page.getByRole('alert');
  await banner.first().waitFor();
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /Download a backup/ })
    .first()
    .click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.worksheet.answers.text['cover.name']).toBe('Still typing');
  expect(file.worksheet.answers.text['saying-doing']).toBe('Nothing is lost.');
  await expectNoWrongWords(page, 'the worksheet');

  // To the library and back: the problem is still told, never "Saved".
  await page.getByRole('link', { name: '← All worksheets' }).click();
  await page.waitForTimeout(500);
  await expectNoWrongWords(page, 'the library after a failed save');
  await page.goBack();
  await field(page, 'Participant name').waitFor();
  expect(await field(page, 'Participant name').inputValue()).toBe('Still typing');
  await page.waitForTimeout(500);
  const status = await page.getByRole('status').first().textContent();
  expect.soft(status, 'back on the worksheet, the status does not say it is saved').not.toMatch(/Saved/);
  expect.soft(await banner.count(), 'back on the worksheet, the banner still shows').toBeGreaterThan(0);
  await expectNoWrongWords(page, 'the worksheet after the library');
});
