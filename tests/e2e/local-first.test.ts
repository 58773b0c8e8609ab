import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readPdf } from '../pdf/text';
import { baseUrl, browsersForEachTest } from './browser';
import { field, newWorksheetFromLibrary, waitSaved } from './helpers';
import { killBrowser } from './people';

const browsers = browsersForEachTest();

test('after one visit the app loads, saves and exports a PDF with the network off', async () => {
  const { page, context } = await browsers.open();
  const url = await newWorksheetFromLibrary(page);
  // Wait until the service worker has precached everything and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);

  await context.setOffline(true);
  await page.goto(url);
  await page.reload();
  await field(page, 'Participant name').fill('Offline Participant');
  await waitSaved(page);
  await page.reload();
  expect(await field(page, 'Participant name').inputValue()).toBe('Offline Participant');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const pdf = await readPdf(new Uint8Array(readFileSync(await (await download).path())));
  expect(pdf.all).toContain('Offline Participant');
  await context.setOffline(false);
});

test('two tabs on one worksheet converge with no lost edit, and typing in the same field is told', async () => {
  const { page, context } = await browsers.open();
  const url = await newWorksheetFromLibrary(page);
  const other = await context.newPage();
  await other.goto(url);
  await field(other, 'Participant name').waitFor();

  // Different fields, typed alternately in both tabs.
  const edits: Array<[Page, string, string]> = [
    [page, 'Participant name', 'Ana Reyes'],
    [other, 'Role / title', 'Program Manager'],
    [page, 'Level 1', 'Family'],
    [other, 'Level 2', 'System'],
    [page, 'Improvement 1', 'Safety Organized Practice'],
    [other, 'Improvement 2', 'Child and Family Teams'],
    [page, 'Factor 1', 'Coaching time'],
    [other, 'Factor 2', 'Shared data'],
    [page, "For my county's families?", 'Families lead their plans.'],
    [other, "For my county's staff?", 'A shared language.'],
  ];
  for (const [tab, name, value] of edits) await field(tab, name).pressSequentially(value, { delay: 2 });
  for (const tab of [page, other]) {
    for (const [, name, value] of edits) await expect.poll(() => field(tab, name).inputValue()).toBe(value);
  }
  // Both tabs add rows to the same list at once; both rows survive.
  await page.getByRole('button', { name: '+ Add factor' }).click();
  await field(page, 'Factor 7').fill('From tab one');
  await other.getByRole('button', { name: '+ Add factor' }).click();
  await field(other, 'Factor 8').fill('From tab two');
  await expect.poll(() => field(page, 'Factor 8').inputValue()).toBe('From tab two');
  await expect.poll(() => field(other, 'Factor 7').inputValue()).toBe('From tab one');

  // The same field: the later keystroke wins on both, and the earlier typist is told.
  await field(page, 'County or agency').pressSequentially('Fresno', { delay: 2 });
  await field(other, 'County or agency').fill('Madera County');
  await expect.poll(() => field(page, 'County or agency').inputValue()).toBe('Madera County');
  await page.getByText('Another tab changed “County or agency” while you were typing in it.', { exact: false }).waitFor();

  await waitSaved(page);
  await waitSaved(other);
  await page.waitForTimeout(400);
  await page.reload();
  for (const [, name, value] of [...edits, [page, 'County or agency', 'Madera County'] as [Page, string, string]]) {
    expect(await field(page, name).inputValue()).toBe(value);
  }
  console.log(`two tabs: ${edits.length + 3} edits converged`);
});

test('the browser killed 400 ms after the last keystroke loses nothing', async () => {
  let survived = 0;
  const first = await browsers.open();
  const url = await newWorksheetFromLibrary(first.page);
  const profile = first.profile;
  let current = first;
  for (let round = 1; round <= 3; round++) {
    const text = `Round ${round}: Nguyễn typed this just before the lid closed`;
    await field(current.page, 'What is important for you to be saying and doing?').fill('');
    await field(current.page, 'What is important for you to be saying and doing?').pressSequentially(text, { delay: 3 });
    await current.page.waitForTimeout(400);
    // Kill the browser processes outright: no unload, no goodbye.
    killBrowser(current);
    await current.context.close().catch(() => {});
    browsers.forget(current);
    current = await browsers.open(profile);
    await current.page.goto(url);
    await expect.poll(() => field(current.page, 'What is important for you to be saying and doing?').inputValue()).toBe(text);
    survived++;
  }
  console.log(`kills survived: ${survived} of 3`);
  expect(survived).toBe(3);
});

test('a malformed backup is refused with a clear message and changes nothing; a good one restores', async () => {
  const { page } = await browsers.open();
  await newWorksheetFromLibrary(page);
  await field(page, 'Session name').fill('Kept session');
  await waitSaved(page);
  await page.goto(`${baseUrl()}/#/`);
  const titles = () => page.getByRole('list', { name: 'Worksheets on this device' }).getByRole('heading').allTextContents();
  expect(await titles()).toEqual(['Kept session']);

  const dir = tmpdir();
  const broken = join(dir, `broken-${Date.now()}.json`);
  writeFileSync(broken, '{"format":"cpm-workshop-backup","formatVersion":1,"worksheets":[{"id":"x"');
  await page.getByLabel('Restore backup…').setInputFiles(broken);
  await page.getByRole('alert').filter({ hasText: 'not readable JSON' }).waitFor();
  expect(await titles()).toEqual(['Kept session']);

  const future = join(dir, `future-${Date.now()}.json`);
  writeFileSync(future, JSON.stringify({ format: 'cpm-workshop-backup', formatVersion: 3, worksheets: [], sessions: [] }));
  await page.getByLabel('Restore backup…').setInputFiles(future);
  await page.getByText('This backup was made by a newer version (format 3); update the app').waitFor();
  expect(await titles()).toEqual(['Kept session']);

  // A real backup of this device, restored over itself: the user picks "Keep both".
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const backupPath = await (await download).path();
  expect(JSON.parse(readFileSync(backupPath, 'utf8')).format).toBe('cpm-workshop-backup');
  await page.getByLabel('Restore backup…').setInputFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Already on this device' });
  await dialog.getByRole('radio', { name: /Keep both/ }).check();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await page.getByText('Backup restored: 1 kept as copies.').waitFor();
  await expect.poll(async () => (await titles()).sort()).toEqual(['Kept session', 'Kept session (restored)']);
});

test('with IndexedDB unavailable the user can still type, is told, and can download a backup', async () => {
  const { page, context } = await browsers.open();
  await context.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto(`${baseUrl()}/#/new`);
  await field(page, 'Participant name').fill('Still typing');
  await field(page, 'What is important for you to be saying and doing?').fill('Nothing is lost.');
  await page.getByText('This browser is not letting CPM Workshop store anything', { exact: false }).first().waitFor();
  expect(await field(page, 'Participant name').inputValue()).toBe('Still typing');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup of this worksheet' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.format).toBe('cpm-workshop-worksheet');
  expect(file.worksheet.answers.text['cover.name']).toBe('Still typing');
  expect(file.worksheet.answers.text['saying-doing']).toBe('Nothing is lost.');
});

test('a database that stops answering is a save problem within seconds: said, with a backup of what is only on screen', async () => {
  const { page, context } = await browsers.open();
  // Once `hang` is set, no write is ever answered, as with a wedged storage: its transactions never report done.
  await context.addInitScript(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = transaction.apply(this, args);
      if ((window as unknown as { hang?: boolean }).hang && args[1] === 'readwrite') {
        for (const type of ['complete', 'error', 'abort']) tx.addEventListener(type, (event) => event.stopImmediatePropagation());
      }
      return tx;
    };
  });
  await page.goto(`${baseUrl()}/#/new`);
  await field(page, 'Participant name').pressSequentially('Ana', { delay: 120 });
  await waitSaved(page);
  await page.evaluate(() => ((window as unknown as { hang: boolean }).hang = true));
  await field(page, 'Participant name').pressSequentially(' Reyes', { delay: 120 });
  await page.getByText('this device’s storage has not answered for 5 seconds', { exact: false }).first().waitFor({ timeout: 9_000 });
  expect(await page.getByText(/^Saved/).count()).toBe(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup of this worksheet' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.worksheet.answers.text['cover.name']).toBe('Ana Reyes');
});

test('hostile text stays text in the form, library, projector and PDF', async () => {
  const { page, context } = await browsers.open();
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await newWorksheetFromLibrary(page);
  await field(page, 'Session name').fill(xss);
  await field(page, 'Participant name').fill(xss);
  await waitSaved(page);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(xss);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const pdf = await readPdf(new Uint8Array(readFileSync(await (await download).path())));
  expect(pdf.all.replace(/\s/g, '')).toContain(xss.replace(/\s/g, ''));

  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('link', { name: xss, exact: true }).waitFor();
  expect(await page.getByRole('link', { name: xss, exact: true }).count()).toBe(1);
  await page.getByRole('button', { name: 'Facilitate a session' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Session name' }).fill(xss);
  await page.getByRole('dialog').getByRole('textbox', { name: 'Session name' }).press('Enter');
  await page.getByRole('button', { name: 'Open projector window' }).waitFor();
  await page.locator('body').press('ArrowRight');
  await page.locator('body').press('ArrowRight');
  await field(page, 'Add an idea (Enter adds it)').fill(xss);
  await field(page, 'Add an idea (Enter adds it)').press('Enter');
  const projector = await context.newPage();
  await projector.goto(page.url().replace('/present/', '/project/'));
  await expect.poll(() => projector.locator('.screen').innerText()).toContain(xss);
  expect(await projector.locator('img').count()).toBe(0);
  expect(await page.locator('main img, .preview img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('an older tab that blocks a newer version saves its pending change, steps aside and asks to reload', async () => {
  const { page, context } = await browsers.open();
  await newWorksheetFromLibrary(page);
  await field(page, 'Participant name').pressSequentially('Saved before stepping aside', { delay: 1 });
  // A "newer version" opens the database at a higher version in another tab of the same origin.
  const newer = await context.newPage();
  await newer.goto(`${baseUrl()}/favicon.svg`);
  const names = await newer.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('cpm-workshop', 99);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('worksheets').objectStore('worksheets').getAll();
          read.onsuccess = () =>
            resolve(read.result.map((record: { answers: { text: Record<string, string> } }) => record.answers.text['cover.name'] ?? ''));
        };
      }),
  );
  expect(names).toContain('Saved before stepping aside');
  await page.getByText('A newer version of CPM Workshop is open in another tab.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Reload this tab' }).waitFor();
  expect(await field(page, 'Participant name').inputValue()).toBe('Saved before stepping aside');
});

test('a new version is offered, not forced: "Reload" saves pending typing first', async () => {
  const { page } = await browsers.open();
  const url = await newWorksheetFromLibrary(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);

  // Publish a "new version": the service worker script changes (same length, so the static
  // server's cached headers still fit), and the page checks for updates.
  const swPath = 'dist/sw.js';
  const original = readFileSync(swPath, 'utf8');
  const changed = original.replace(/revision:"([0-9a-f])/, (_, c: string) => `revision:"${c === 'a' ? 'b' : 'a'}`);
  expect(changed).not.toBe(original);
  try {
    writeFileSync(swPath, changed);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.getByText('Update available.').waitFor({ timeout: 20_000 });
    // The tab was not reloaded by itself: what is on screen stays.
    await field(page, 'Participant name').pressSequentially('Typed right before the update', { delay: 1 });
    expect(page.url()).toBe(url);
    await page.getByRole('button', { name: 'Reload', exact: true }).click();
    await page.waitForEvent('load');
    await expect.poll(() => field(page, 'Participant name').inputValue()).toBe('Typed right before the update');
  } finally {
    writeFileSync(swPath, original);
  }
});
