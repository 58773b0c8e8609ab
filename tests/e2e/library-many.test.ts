import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { newWorksheetFromLibrary, readStored, waitSaved } from './helpers';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

// With the one typed in today, the most a device keeps (LIMITS.worksheets).
const COUNT = 999;

/** A backup file of `COUNT` worksheets cloned from one the app itself saved, each with its own name and time. */
async function thousandWorksheetBackup(): Promise<Buffer> {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: 'Participant name' }).fill('Ana Reyes');
  await waitSaved(page);
  const [record] = await readStored<Array<{ id: string; answers: { text: Record<string, string> } }>>(page, 'worksheets');
  if (!record) throw new Error('The worksheet was not stored.');
  const now = Date.now();
  const worksheets = Array.from({ length: COUNT }, (_, i) => ({
    ...record,
    id: `${record.id.slice(0, 24)}${String(i).padStart(12, '0')}`,
    createdAt: now - (COUNT - i) * 60_000,
    updatedAt: now - (COUNT - i) * 60_000,
    answers: {
      ...record.answers,
      text: { ...record.answers.text, 'cover.session': `Session ${i + 1}`, 'cover.name': i === 776 ? 'Bảo Trần' : `Participant ${i + 1}` },
    },
  }));
  return Buffer.from(
    JSON.stringify({
      format: 'cpm-workshop-backup',
      formatVersion: 1,
      exportedAt: new Date(now).toISOString(),
      app: 'CPM Workshop',
      worksheets,
      sessions: [],
    }),
  );
}

const list = () => session.page.getByRole('list', { name: 'Worksheets on this device' });
const titles = () => list().getByRole('heading', { level: 2 }).allTextContents();

test('a library of 1,000 worksheets: restored from a backup, shown a page at a time, found by name, sorted, and one deleted', async () => {
  const { page } = session;
  const backup = await thousandWorksheetBackup();
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('heading', { name: 'Storage and backups' }).waitFor();
  // The one worksheet already here is kept; the thousand in the file are added.
  await page.locator('input[type=file]').setInputFiles({ name: 'CPM-backup.json', mimeType: 'application/json', buffer: backup });
  await page.getByText('Backup restored: 999 added.').waitFor({ timeout: 30_000 });
  await page.getByText('1,000 worksheets on this device').waitFor();

  // Newest first (the one typed in today, then the file's), one page of rows, and a way to see more.
  expect((await titles()).slice(0, 3)).toEqual(['Untitled worksheet', 'Session 999', 'Session 998']);
  expect(await titles()).toHaveLength(50);
  await page.getByRole('button', { name: 'Show 50 more of 950' }).click();
  await expect.poll(async () => (await titles()).length).toBe(100);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // Find by name or participant, accents or not.
  const find = page.getByRole('searchbox', { name: 'Find a worksheet' });
  await find.fill('session 77');
  await page.getByText('19 worksheets of 1,000 match “session 77”').waitFor();
  await find.fill('bao tran');
  expect(await titles()).toEqual(['Session 777']);
  await find.fill('nothing like this');
  await page.getByText('No worksheet matches “nothing like this”.').waitFor();
  await find.fill('');

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Last change, oldest first' });
  expect((await titles()).slice(0, 2)).toEqual(['Session 1', 'Session 2']);

  // Delete one: gone at once, and still gone after a reload.
  await find.fill('Session 777');
  await page.getByRole('button', { name: 'Delete Session 777', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByText('No worksheet matches “Session 777”.').waitFor();
  await page.getByText('Deleted “Session 777”.').waitFor();
  await page.reload();
  await page.getByText('999 worksheets on this device').waitFor();
  await page.getByRole('searchbox', { name: 'Find a worksheet' }).fill('Session 777');
  await page.getByText('No worksheet matches “Session 777”.').waitFor();
});
