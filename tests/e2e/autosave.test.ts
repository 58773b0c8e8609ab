import { afterEach, beforeEach, expect, test } from 'vitest';
import { openBrowser, type Session } from './browser';
import { newWorksheetFromLibrary } from './helpers';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

test('reloading 50 ms after the last keystroke loses nothing', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  for (let round = 1; round <= 5; round++) {
    const name = page.getByRole('textbox', { name: 'Participant name' });
    const words = `Round ${round} María Nguyễn`;
    await name.fill('');
    await name.pressSequentially(words, { delay: 5 });
    await page.waitForTimeout(50);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Participant name' }).inputValue()).toBe(words);
  }
});

test('the status says when the work is saved', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: 'Session name' }).fill('Director’s Institute, Fresno');
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Saved at \d{1,2}:\d{2}/);
  await expect.poll(() => page.title()).toBe('Director’s Institute, Fresno · CPM Workshop');
});
