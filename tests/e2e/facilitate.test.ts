import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { readPdf } from '../pdf/text';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

const violations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
const screenText = (projector: Page) => projector.locator('.screen').innerText();
const prompt = (page: Page) => page.locator('.screen-prompt').first().innerText();

/** Starts a session from the library and opens its projector window from the presenter. */
async function startSession(): Promise<{ presenter: Page; projector: Page }> {
  const presenter = session.page;
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  await presenter.getByRole('heading', { level: 1 }).waitFor();
  const popup = session.context.waitForEvent('page');
  await presenter.getByRole('button', { name: 'Open projector window' }).click();
  const projector = await popup;
  await projector.locator('.screen-prompt').waitFor();
  // Record when the projector's screen changes, in the clock both windows share.
  await projector.evaluate(() => {
    const w = window as unknown as { __changes: number[] };
    w.__changes = [];
    new MutationObserver(() => w.__changes.push(performance.timeOrigin + performance.now())).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  await presenter.evaluate(() => {
    const w = window as unknown as { __keys: number[] };
    w.__keys = [];
    document.addEventListener('keydown', () => w.__keys.push(performance.timeOrigin + performance.now()), true);
  });
  return { presenter, projector };
}

/** Presses a key in the presenter and returns how long the projector took to show the change. */
async function latencyOf(presenter: Page, projector: Page, key: string, shows: () => Promise<boolean>): Promise<number> {
  await presenter.locator('body').press(key);
  await expect.poll(shows, { timeout: 2000, interval: 10 }).toBe(true);
  const sentAt = await presenter.evaluate(() => (window as unknown as { __keys: number[] }).__keys.at(-1)!);
  const changes = await projector.evaluate(() => (window as unknown as { __changes: number[] }).__changes);
  const shownAt = changes.find((t) => t >= sentAt);
  expect(shownAt).toBeDefined();
  return shownAt! - sentAt;
}

test('the projector follows the presenter: advance, reveal, blank, timer; latency over 20 changes', async () => {
  const { presenter, projector } = await startSession();
  expect(await prompt(projector)).toBe('CPM offers an intervention on two levels. What are they?');
  expect(await projector.getByRole('button').count()).toBe(0);
  expect(await projector.getByRole('textbox').count()).toBe(0);

  const latencies: number[] = [];
  const prompts = ['What are the 5 Practice Elements?', 'CPM offers an intervention on two levels. What are they?'];
  for (let i = 0; i < 8; i++) {
    const key = i % 2 === 0 ? (i % 4 === 0 ? 'ArrowRight' : 'PageDown') : i % 4 === 1 ? 'ArrowLeft' : 'PageUp';
    latencies.push(await latencyOf(presenter, projector, key, async () => (await prompt(projector)) === prompts[i % 2]));
  }
  for (let i = 0; i < 4; i++) {
    const revealed = i % 2 === 0;
    latencies.push(
      await latencyOf(presenter, projector, 'r', async () => (await screenText(projector)).includes('System') === revealed),
    );
  }
  for (let i = 0; i < 4; i++) {
    const blank = i % 2 === 0;
    latencies.push(
      await latencyOf(presenter, projector, 'b', async () => (await projector.locator('.screen.blanked').count()) === (blank ? 1 : 0)),
    );
  }
  for (let i = 0; i < 4; i++) {
    const running = i % 2 === 0;
    latencies.push(
      await latencyOf(presenter, projector, 't', async () => (await projector.locator('.screen-timer.running').count()) === (running ? 1 : 0)),
    );
  }
  expect(latencies).toHaveLength(20);
  const sorted = [...latencies].sort((a, b) => a - b);
  const median = (sorted[9]! + sorted[10]!) / 2;
  console.log(`presenter → projector latency over 20 changes: median ${median.toFixed(1)} ms, max ${sorted[19]!.toFixed(1)} ms`);
  expect(median).toBeLessThan(100);
  expect(sorted[19]).toBeLessThan(500);

  // Revealed answers show the key; the timer counts down on the projector.
  await presenter.locator('body').press('r');
  await expect.poll(() => screenText(projector)).toContain('Family');
  await presenter.locator('body').press('t');
  const first = await projector.locator('.screen-timer').innerText();
  await expect.poll(() => projector.locator('.screen-timer').innerText(), { timeout: 3000 }).not.toBe(first);
});

test('room board: ideas, moderation, columns; both windows survive a reload; axe on both', async () => {
  const { presenter, projector } = await startSession();
  expect(await violations(presenter)).toEqual([]);
  expect(await violations(projector)).toEqual([]);

  // Exercise 3: the list of improvements.
  await presenter.locator('body').press('ArrowRight');
  await presenter.locator('body').press('ArrowRight');
  const idea = presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' });
  await idea.fill('Continuum of Care Reform');
  await idea.press('Enter');
  await expect.poll(() => screenText(projector)).toContain('Continuum of Care Reform');

  // Moderation: a held idea stays off the screen until the facilitator shows it.
  await presenter.getByRole('checkbox', { name: 'Hold new ideas for review before they show on screen' }).check();
  await idea.fill('<img src=x onerror=alert(1)> needs review');
  await idea.press('Enter');
  await presenter.getByText('Not on screen').waitFor();
  await presenter.waitForTimeout(150);
  expect(await screenText(projector)).not.toContain('needs review');
  await presenter.getByRole('button', { name: 'Show idea 2' }).click();
  await expect.poll(() => screenText(projector)).toContain('<img src=x onerror=alert(1)> needs review');

  // Edit and delete.
  await presenter.getByRole('textbox', { name: 'Idea 1' }).fill('Continuum of Care Reform (CCR)');
  await presenter.getByRole('textbox', { name: 'Idea 1' }).press('Tab');
  await expect.poll(() => screenText(projector)).toContain('Continuum of Care Reform (CCR)');

  // Crosswalk: five columns, ideas moved between them.
  await presenter.getByRole('button', { name: /Line up one initiative/ }).click();
  await projector.getByRole('region', { name: 'Teaming' }).waitFor();
  await presenter.getByRole('combobox', { name: 'Element', exact: true }).selectOption({ label: 'Teaming' });
  await idea.fill('Child and Family Teams');
  await idea.press('Enter');
  await presenter.getByRole('button', { name: 'Show idea 1' }).click();
  await expect.poll(() => projector.getByRole('region', { name: 'Teaming' }).innerText()).toContain('Child and Family Teams');
  await presenter.getByRole('combobox', { name: 'Element for idea 1' }).selectOption({ label: 'Advocacy' });
  await expect.poll(() => projector.getByRole('region', { name: 'Advocacy' }).innerText()).toContain('Child and Family Teams');
  expect(await projector.getByRole('region', { name: 'Teaming' }).innerText()).not.toContain('Child and Family Teams');
  expect(await violations(presenter)).toEqual([]);
  expect(await violations(projector)).toEqual([]);

  // A reloaded projector shows the current exercise at once; a reloaded presenter keeps the board.
  await projector.reload();
  await expect.poll(() => projector.getByRole('region', { name: 'Advocacy' }).innerText()).toContain('Child and Family Teams');
  await presenter.reload();
  await presenter.getByRole('textbox', { name: 'Idea 1' }).waitFor();
  expect(await presenter.getByRole('textbox', { name: 'Idea 1' }).inputValue()).toBe('Child and Family Teams');
  await presenter.getByRole('button', { name: /What practice and system improvements/ }).click();
  expect(await presenter.getByRole('textbox', { name: 'Idea 2' }).inputValue()).toBe('<img src=x onerror=alert(1)> needs review');
  await expect.poll(() => screenText(projector)).toContain('Continuum of Care Reform (CCR)');

  // The room board as a PDF: each exercise with its ideas, the crosswalk by element.
  const download = presenter.waitForEvent('download');
  await presenter.getByRole('button', { name: 'Export board PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^CPM-room-board-Session-of-.+\.pdf$/);
  const pdf = await readPdf(new Uint8Array(readFileSync(await file.path())));
  const text = pdf.all.replace(/\s+/g, '');
  for (const expected of ['Room board', 'Continuum of Care Reform (CCR)', 'Advocacy', '• Child and Family Teams', `Page 1 of ${pdf.pages}`]) {
    expect(text).toContain(expected.replace(/\s+/g, ''));
  }
});

test('the projector fits 1280×720 and 1920×1080 without scrolling, even with a long board', async () => {
  const { presenter, projector } = await startSession();
  await presenter.getByRole('button', { name: /Line up one initiative/ }).click();
  const idea = presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' });
  const column = presenter.getByRole('combobox', { name: 'Element', exact: true });
  const elements = ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability'];
  for (let i = 0; i < 30; i++) {
    await column.selectOption({ label: elements[i % 5]! });
    await idea.fill(`Idea ${i + 1}: a principle of the initiative that the room lined up under this element`);
    await idea.press('Enter');
  }
  await expect.poll(() => projector.getByRole('region', { name: 'Accountability' }).innerText()).toContain('Idea 30');
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await projector.setViewportSize(size);
    await projector.waitForTimeout(200);
    const box = await projector.evaluate(() => {
      const screen = document.querySelector('.screen')!;
      return {
        docWidth: document.documentElement.scrollWidth,
        docHeight: document.documentElement.scrollHeight,
        overflow: screen.scrollHeight > screen.clientHeight + 1,
      };
    });
    expect(box).toEqual({ docWidth: size.width, docHeight: size.height, overflow: false });
    await projector.screenshot({ path: `test-results/projector-${size.width}x${size.height}.png` });
  }
  expect(await screenText(projector)).toContain('Idea 30');
});
