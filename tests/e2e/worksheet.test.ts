import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openBrowser, type Session } from './browser';
import { allFieldValues, fillEverything, SAMPLES, storedRecord } from './fill';
import { newWorksheetFromLibrary, waitSaved } from './helpers';

let session: Session;
let dialogs: string[];
beforeEach(async () => {
  session = await openBrowser();
  dialogs = [];
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  expect(dialogs).toEqual([]);
  await session.close();
});

/** Progress when every field counted is filled: "Answered: 41 of 41 (100%)". */
const COMPLETE = /^Answered: (\d+) of \1 \(100%\)$/;
const idFromUrl = (url: string) => url.split('/worksheets/')[1] ?? '';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every field filled in comes back after a reload, from IndexedDB', async () => {
  const { page } = session;
  const url = await newWorksheetFromLibrary(page);
  expect(await axeViolations(page)).toEqual([]);

  await fillEverything(page);
  await waitSaved(page);
  const before = await allFieldValues(page);
  expect(before.length).toBeGreaterThan(40);
  expect(await page.getByText(COMPLETE).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  // The sections after the first render one per frame: read once all of them are there.
  await expect.poll(async () => (await allFieldValues(page)).length).toBe(before.length);
  expect(await allFieldValues(page)).toEqual(before);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(SAMPLES.session);
  expect(await page.getByText(COMPLETE).count()).toBe(1);

  const record = await storedRecord(page, idFromUrl(url));
  expect(record?.answers.text['cover.name']).toBe(SAMPLES.name);
  expect(record?.answers.text['cover.session']).toBe(SAMPLES.session);
});

test('the section navigation shows progress and jumps to a section', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  expect(await nav.getByRole('button', { name: /What is the CPM\?/ }).textContent()).toContain('0 of 2');
  await page.getByRole('textbox', { name: 'Level 1' }).fill('Family');
  expect(await nav.getByRole('button', { name: /What is the CPM\?/ }).textContent()).toContain('1 of 2');
  await nav.getByRole('button', { name: /Messaging/ }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Messaging the CPM:');
});

test('recall blanks are checked leniently and the key shows only when asked', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: 'Level 1' }).fill('the system level');
  await page.getByRole('textbox', { name: 'Level 2' }).fill('FAMILY');
  const levels = page.getByRole('region', { name: 'What is the “intervention?”' });
  expect(await levels.getByText('Family, System').count()).toBe(0);
  await levels.getByRole('button', { name: 'Check my answers' }).click();
  expect(await levels.getByText('2 of 2 correct').count()).toBe(1);
  await levels.getByRole('button', { name: 'Show answers' }).click();
  expect(await levels.getByText('Family, System').count()).toBe(1);
});

test('a blank left empty is marked "Not answered" on its own line, as plainly as a correct one', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await page.getByRole('textbox', { name: 'Level 1' }).fill('Family');
  const levels = page.getByRole('region', { name: 'What is the “intervention?”' });
  const rowHeight = async (blank: string) =>
    (await page.getByRole('textbox', { name: blank }).evaluate((input) => input.closest('li')!.getBoundingClientRect().height)) | 0;
  const before = await rowHeight('Level 2');
  await levels.getByRole('button', { name: 'Check my answers' }).click();
  const correct = levels.getByText('✓ Correct');
  const notAnswered = levels.getByText('— Not answered');
  await notAnswered.waitFor();
  // The mark is a word beside its blank: no box around it, and its row does not grow.
  const [correctBox, emptyBox] = [(await correct.boundingBox())!, (await notAnswered.boundingBox())!];
  expect(Math.round(emptyBox.height)).toBe(Math.round(correctBox.height));
  expect(await notAnswered.evaluate((mark) => getComputedStyle(mark).borderTopStyle)).toBe('none');
  expect(await rowHeight('Level 2')).toBe(before);
  expect(await rowHeight('Level 2')).toBe(await rowHeight('Level 1'));
});

test('the whole worksheet can be filled with the keyboard alone', async () => {
  const { page } = session;
  await newWorksheetFromLibrary(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let typed = 0;
  let addedAudience = false;
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el
        ? { tag: el.tagName, type: el.type, value: el.value ?? '', text: el.textContent ?? '', inMain: !!el.closest('main') }
        : null;
    });
    if (!focused || focused.tag === 'BODY') break;
    if (!focused.inMain) continue;
    if ((focused.tag === 'TEXTAREA' || (focused.tag === 'INPUT' && focused.type === 'text')) && focused.value === '') {
      await page.keyboard.type(`keyboard ${++typed}`);
    } else if (focused.tag === 'BUTTON' && focused.text.includes('Add another audience') && !addedAudience) {
      addedAudience = true;
      await page.keyboard.press('Enter');
      await page.keyboard.type('community partners');
    }
  }
  expect(addedAudience).toBe(true);
  expect(typed).toBeGreaterThan(30);
  expect(await page.getByText(COMPLETE).count()).toBe(1);
  await waitSaved(page);
  await page.reload();
  expect(await page.getByRole('textbox', { name: 'With community partners?' }).inputValue()).toMatch(/^keyboard \d+$/);
});
