import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { waitSaved } from './helpers';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

test('a new worksheet opened from the /new link takes typing at once, before storage is ready, and keeps it', async () => {
  const { page } = session;
  // The first visit of a fresh browser: the form shows from the template while IndexedDB opens.
  await page.goto(`${baseUrl()}/#/new`);
  const name = page.getByRole('textbox', { name: 'Participant name' });
  await name.pressSequentially('Ana Reyes', { delay: 0 });
  await waitSaved(page);
  const url = page.url();
  expect(url).toMatch(/#\/worksheets\/[\w-]+$/);

  await page.reload();
  expect(await page.getByRole('textbox', { name: 'Participant name' }).inputValue()).toBe('Ana Reyes');
  // Back in the library there is exactly one worksheet: the link made one, not two.
  await page.getByRole('link', { name: '← All worksheets' }).click();
  await page.getByText('1 worksheet on this device').waitFor();
  await page.goBack();
  expect(page.url()).toBe(url);
});
