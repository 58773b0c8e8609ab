import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { readStored, waitSaved } from './helpers';
import type { WorksheetRecord } from '../../src/worksheet/record';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

/** A slow venue network: the app's code waits until `release()`; the page and its styles do not. */
async function holdAppCode(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release };
}

const frameShown = (page: Page) => page.locator('.first-frame').count();
const takenOver = (page: Page) => page.locator('.first-frame').waitFor({ state: 'detached' });

/** Where each field and heading of the first section is on screen. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main h1, main h2, main h3, main label, main input')].map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.tagName} ${element.textContent || element.id} ${box.x},${box.y} ${box.width}×${box.height}`;
    }),
  );

test('a /new link shows a form to type in before the app’s code arrives, and keeps every keystroke', async () => {
  const { page } = session;
  const code = await holdAppCode(page);
  await page.goto(`${baseUrl()}/#/new`, { waitUntil: 'commit' });
  const name = page.getByRole('textbox', { name: 'Participant name' });
  await name.waitFor();
  // Nothing is stored yet, and the page says so.
  expect(await page.getByRole('status').textContent()).toBe('Not saved yet');
  const where = await name.boundingBox();
  await name.click();
  await name.pressSequentially('Ana Pérez', { delay: 120 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Super', { delay: 150 });
  expect(await frameShown(page)).toBe(1);

  code.release();
  await takenOver(page);
  // Typing goes on in the same field, caret where it was.
  await page.keyboard.type('visor', { delay: 150 });
  expect(await page.getByRole('textbox', { name: 'Role / title' }).inputValue()).toBe('Supervisor');
  expect(await name.inputValue()).toBe('Ana Pérez');
  // The name now under the title took a line kept for it: the form did not jump.
  expect(await page.locator('.byline').textContent()).toBe('Ana Pérez');
  expect(await name.boundingBox()).toEqual(where);
  // The app fills in the date the frame could not know.
  expect(await page.getByLabel('Date', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await waitSaved(page);

  const id = page.url().split('#/worksheets/')[1]!;
  const stored = await readStored<WorksheetRecord>(page, 'worksheets', id);
  expect(stored.answers.text['cover.name']).toBe('Ana Pérez');
  expect(stored.answers.text['cover.role']).toBe('Supervisor');
  await page.reload();
  expect(await page.getByRole('textbox', { name: 'Role / title' }).inputValue()).toBe('Supervisor');
});

test('typing at a person’s pace on a slowed CPU, through the moment the page takes over, loses no keystroke', async () => {
  const { page, context } = session;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // The venue's network brings the app's code while the participant is typing; held, so the
  // scenario does not depend on how fast this machine is.
  const code = await holdAppCode(page);
  await page.goto(`${baseUrl()}/#/new`, { waitUntil: 'commit' });
  const name = page.getByRole('textbox', { name: 'Participant name' });
  await name.click();
  const typed = await typeThroughTakeover(page, code.release, 'Ana Pérez Delgado de la Cruz y Montes de Oca');
  // The first keys landed in the frame, at least three more in the page.
  expect(typed.inFrame).toBeGreaterThanOrEqual(3);
  expect(typed.inPage).toBeGreaterThanOrEqual(3);
  expect(await name.inputValue()).toBe(typed.text);
  await waitSaved(page);
  const id = page.url().split('#/worksheets/')[1]!;
  expect((await readStored<WorksheetRecord>(page, 'worksheets', id)).answers.text['cover.name']).toBe(typed.text);
});

/** Types `text` a key at a time, 100–250 ms apart: releases the app's code after three keys and
 * stops three keys after the page has taken over (or at the end of the text). */
async function typeThroughTakeover(page: Page, release: () => void, text: string) {
  let inFrame = 0;
  let inPage = 0;
  for (const key of text) {
    if (inPage >= 3) break;
    const before = await frameShown(page);
    await page.keyboard.type(key, { delay: 0 });
    if (before) inFrame++;
    else inPage++;
    if (inFrame === 3) release();
    await page.waitForTimeout(100 + Math.random() * 150);
  }
  return { inFrame, inPage, text: text.slice(0, inFrame + inPage) };
}

for (const [screen, viewport] of [
  ['a laptop', { width: 1366, height: 768 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${screen}, the page takes the first frame’s place without moving anything`, async () => {
    const { page } = session;
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const code = await holdAppCode(page);
    await page.goto(`${baseUrl()}/#/new`, { waitUntil: 'commit' });
    await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
    const before = await boxes(page);
    expect(before.length).toBeGreaterThan(10);

    code.release();
    await takenOver(page);
    await page.getByRole('navigation', { name: 'Sections' }).first().waitFor();
    await page.waitForTimeout(500);
    // The sections that follow come below; what was there stays where it was.
    expect((await boxes(page)).slice(0, before.length)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}

test('the first frame is styled and accessible as it stands: axe finds nothing, and the keyboard reaches its first field', async () => {
  const { page } = session;
  const stylesheets: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'stylesheet' && stylesheets.push(request.url())));
  await holdAppCode(page);
  await page.goto(`${baseUrl()}/#/new`, { waitUntil: 'commit' });
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  // Its styles came with the page, not a request of their own.
  expect(stylesheets).toEqual([]);
  const finish = page.getByRole('button', { name: 'Finish' });
  expect(await finish.evaluate((button) => getComputedStyle(button).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect((await new AxeBuilder({ page }).include('#app').analyze()).violations.map((violation) => violation.id)).toEqual([]);
  // The way back and "Finish" come first, as on the page itself.
  const stops: string[] = [];
  while (stops.length < 5 && !stops.includes('INPUT')) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => document.activeElement!.tagName));
  }
  expect(stops).toEqual(['A', 'BUTTON', 'INPUT']);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(
    await page.getByRole('textbox', { name: 'Participant name' }).getAttribute('id'),
  );
});

test('while the worksheet’s code is slow to arrive, the first frame stands alone: no “Opening…” beside it', async () => {
  const { page } = session;
  // The app runs, but the worksheet page's own code takes 2.5 s: the router waits for it.
  await page.route(/\/assets\/WorksheetPage-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto(`${baseUrl()}/#/new`, { waitUntil: 'commit' });
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  await page.waitForTimeout(1800);
  expect(await frameShown(page)).toBe(1);
  expect(await page.getByText('Opening…').isVisible()).toBe(false);
  await takenOver(page);
  await page.getByRole('navigation', { name: 'Sections' }).first().waitFor();
});

test('only a /new link shows the first frame, and leaving by its own link takes it away', async () => {
  const { page } = session;
  const code = await holdAppCode(page);
  await page.goto(`${baseUrl()}/#/`, { waitUntil: 'commit' });
  await page.locator('#app').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  expect(await frameShown(page)).toBe(0);

  await page.goto('about:blank'); // a page load, not a hash change
  await page.goto(`${baseUrl()}/#/new`, { waitUntil: 'commit' });
  await page.getByRole('link', { name: '← All worksheets' }).click();
  await page.locator('.first-frame').waitFor({ state: 'detached', timeout: 1000 });
  code.release();
  await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Participant name' }).count()).toBe(0);
});
