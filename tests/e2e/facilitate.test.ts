import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { readPdf } from '../pdf/text';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { measureScreen } from './projector';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

const violations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
const screenText = (projector: Page) => projector.locator('.screen').innerText();
const prompt = (page: Page) => page.locator('.screen-prompt').first().innerText();

/** Starts a named session from the library and opens its projector window from the presenter. */
async function startSession(name = 'Monday cohort'): Promise<{ presenter: Page; projector: Page }> {
  const presenter = session.page;
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  await presenter.getByRole('dialog').getByRole('textbox', { name: 'Session name' }).fill(name);
  await presenter.getByRole('button', { name: 'Start the session' }).click();
  await presenter.getByRole('button', { name: 'Open projector window' }).waitFor();
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
    latencies.push(await latencyOf(presenter, projector, 'r', async () => (await screenText(projector)).includes('System') === revealed));
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
      await latencyOf(
        presenter,
        projector,
        't',
        async () => (await projector.locator('.screen-timer.running').count()) === (running ? 1 : 0),
      ),
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

  // A reloaded projector shows the current exercise at once, with no "Waiting for the presenter…"
  // flashed at the room while it reads the stored session; a reloaded presenter keeps the board.
  await projector.addInitScript(() => {
    const w = window as unknown as { waitingShown: boolean };
    w.waitingShown = false;
    const look = () => {
      const waiting = [...document.querySelectorAll('main p')].find((p) => p.textContent === 'Waiting for the presenter…');
      if (waiting && getComputedStyle(waiting).visibility === 'visible') w.waitingShown = true;
      if (performance.now() < 3000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await projector.reload();
  await expect.poll(() => projector.getByRole('region', { name: 'Advocacy' }).innerText()).toContain('Child and Family Teams');
  expect(await projector.evaluate(() => (window as unknown as { waitingShown: boolean }).waitingShown)).toBe(false);
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
  expect(file.suggestedFilename()).toMatch(/^CPM-room-board-Monday-cohort-.+\.pdf$/);
  const pdf = await readPdf(new Uint8Array(readFileSync(await file.path())));
  const text = pdf.all.replace(/\s+/g, '');
  for (const expected of [
    'Room board',
    'Continuum of Care Reform (CCR)',
    'Advocacy',
    '• Child and Family Teams',
    `Page 1 of ${pdf.pages}`,
  ]) {
    expect(text).toContain(expected.replace(/\s+/g, ''));
  }
});

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** Shows the projector at both sizes; each must be whole, readable and filled. */
async function checkProjector(projector: Page, label: string, minShare: number): Promise<number> {
  let shareAt720 = 0;
  for (const size of SIZES) {
    await projector.setViewportSize(size);
    await expect.poll(async () => (await measureScreen(projector)).scrolls).toBe(false);
    const measured = await measureScreen(projector);
    expect(measured.smallestText, `${label} at ${size.width}`).toBeGreaterThanOrEqual((24 * size.height) / 720 - 0.01);
    expect(measured.share, `${label} at ${size.width}`).toBeGreaterThanOrEqual(minShare);
    expect(measured.spills, `${label} at ${size.width}`).toEqual([]);
    if (size.height === 720) shareAt720 = measured.share;
    await projector.screenshot({ path: `test-results/projector-${label}-${size.width}x${size.height}.png` });
  }
  return shareAt720;
}

const slots = (projector: Page, name: string) => projector.getByRole('list', { name }).getByRole('listitem');

test('a new session asks for its name, with today’s date as the default; the projector shows it', async () => {
  const presenter = session.page;
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  const name = presenter.getByRole('dialog').getByRole('textbox', { name: 'Session name' });
  const today = await presenter.evaluate(() => new Date().toLocaleDateString([], { month: 'long', day: 'numeric', year: 'numeric' }));
  expect(await name.inputValue()).toBe(today);
  expect(await violations(presenter)).toEqual([]);
  // Cancel starts nothing.
  await presenter.getByRole('button', { name: 'Cancel' }).click();
  expect(presenter.url()).not.toContain('/present/');
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  await name.press('Enter');
  await presenter.getByRole('button', { name: 'Open projector window' }).waitFor();
  expect(await presenter.getByRole('textbox', { name: 'Session name' }).inputValue()).toBe(today);
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('link', { name: today, exact: true }).waitFor();

  const { projector } = await startSession('Tuesday cohort, Fresno');
  await expect.poll(() => screenText(projector)).toContain('Tuesday cohort, Fresno');
});

test('at 1366×768 and 1280×800 every exercise keeps its controls in view; the board scrolls in its own pane', async () => {
  const { presenter } = await startSession();
  const controls = (onRecall: boolean) => [
    presenter.getByRole('button', { name: '← Previous' }),
    presenter.getByRole('button', { name: 'Next →' }),
    presenter.getByRole('button', { name: /^(Start|Pause) timer/ }),
    presenter.getByRole('button', { name: 'Reset' }),
    presenter.getByRole('button', { name: '+1 min' }),
    presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' }),
    presenter.getByRole('button', { name: 'Add', exact: true }),
    ...(onRecall ? [presenter.getByRole('button', { name: /Reveal answers/ })] : []),
  ];
  const inView = async (locator: ReturnType<Page['getByRole']>) => {
    const box = (await locator.boundingBox())!;
    const viewport = presenter.viewportSize()!;
    return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
  };
  const windowScrolls = () =>
    presenter.evaluate(() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth);

  // A long board on the crosswalk: the board scrolls, the window does not.
  await presenter.getByRole('button', { name: /Line up one initiative/ }).click();
  const idea = presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' });
  for (let i = 0; i < 12; i++) {
    await idea.fill(`Idea ${i + 1}: a principle of the initiative that the room lined up under this element, in the room's own words`);
    await idea.press('Enter');
  }
  await presenter.getByRole('textbox', { name: 'Idea 12' }).waitFor();
  await presenter.getByRole('button', { name: /CPM offers an intervention/ }).click();
  // Talking points opened once stay open on every exercise, and still leave the controls in view.
  await presenter.getByText('Talking points (2)').click();
  await presenter.getByText('The family level is described by the practice behaviors.').waitFor();

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1280, height: 800 },
  ]) {
    await presenter.setViewportSize(size);
    for (let index = 0; index < 9; index++) {
      await presenter.getByText(`Exercise ${index + 1} of 9`).waitFor();
      for (const control of controls(index < 2))
        expect(await inView(control), `exercise ${index + 1} at ${size.width}×${size.height}`).toBe(true);
      expect(await windowScrolls()).toBe(false);
      if (index === 2)
        expect(await presenter.getByText('The CPM is embedded in the Integrated Core Practice Model (ICPM).').isVisible()).toBe(true);
      if (index === 3) {
        const pane = await presenter
          .locator('.board-pane')
          .evaluate((el) => ({ scrolls: el.scrollHeight > el.clientHeight, overflow: getComputedStyle(el).overflowY }));
        expect(pane).toEqual({ scrolls: true, overflow: 'auto' });
      }
      await presenter.screenshot({ path: `test-results/presenter-${size.width}x${size.height}-exercise-${index + 1}.png` });
      if (index < 8) await presenter.getByRole('button', { name: 'Next →' }).click();
    }
    await presenter.getByRole('button', { name: /CPM offers an intervention/ }).click();
  }
  expect(await violations(presenter)).toEqual([]);
});

test('ideas wrap and are edited in place; a deleted idea comes back with Undo, in its place and on the projector', async () => {
  const { presenter, projector } = await startSession();
  await presenter.setViewportSize({ width: 1366, height: 768 });
  await presenter.getByRole('button', { name: /What practice and system improvements/ }).click();
  const idea = presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' });
  const long = 'Continuum of Care Reform, with Child and Family Teams meeting within sixty days of placement and again every six months';
  for (const text of ['Safety Organized Practice', long, 'Family First Prevention Services Act']) {
    await idea.fill(text);
    await idea.press('Enter');
  }
  await expect.poll(() => screenText(projector)).toContain('Family First Prevention Services Act');

  // The long idea is shown whole, on several lines.
  const second = presenter.getByRole('textbox', { name: 'Idea 2' });
  const fit = await second.evaluate((el) => ({
    whole: el.scrollHeight <= el.clientHeight + 2,
    lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
  }));
  expect(fit.whole).toBe(true);
  expect(fit.lines).toBeGreaterThanOrEqual(2);

  // Edited in place: Enter saves.
  const first = presenter.getByRole('textbox', { name: 'Idea 1' });
  await first.fill('Safety Organized Practice (SOP)');
  await first.press('Enter');
  await expect.poll(() => screenText(projector)).toContain('Safety Organized Practice (SOP)');

  // Delete, then Undo.
  await presenter.getByRole('button', { name: 'Delete idea 2' }).click();
  await expect.poll(() => screenText(projector)).not.toContain('Child and Family Teams');
  expect(await presenter.getByRole('textbox', { name: 'Idea 2' }).inputValue()).toBe('Family First Prevention Services Act');
  await presenter.getByText('Deleted “Continuum of Care Reform, with Child and…”.').waitFor();
  await presenter.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => presenter.getByRole('textbox', { name: 'Idea 2' }).inputValue()).toBe(long);
  await expect
    .poll(() => presenter.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id))
    .toMatch(/^idea-/);
  await expect.poll(() => screenText(projector)).toContain('Child and Family Teams');
  expect(await slots(projector, 'Ideas from the room').allInnerTexts()).toEqual([
    expect.stringContaining('Safety Organized Practice (SOP)'),
    expect.stringContaining('Child and Family Teams'),
    expect.stringContaining('Family First Prevention Services Act'),
  ]);
  // It was saved: a reload keeps it.
  await presenter.reload();
  await expect.poll(() => presenter.getByRole('textbox', { name: 'Idea 2' }).inputValue()).toBe(long);
});

test('the projector shows each exercise’s shape before any idea, the key after Reveal, readable and filling 1280×720 and 1920×1080', async () => {
  const { presenter, projector } = await startSession();
  const shares: string[] = [];
  const next = () => presenter.getByRole('button', { name: 'Next →' }).click();

  // 1: "The ____ Level" twice, empty until Reveal.
  await projector.setViewportSize(SIZES[0]!);
  expect(await slots(projector, 'Blanks').allInnerTexts()).toEqual([
    expect.stringMatching(/^The\s+blank\s+Level$/),
    expect.stringMatching(/^The\s+blank\s+Level$/),
  ]);
  expect(await screenText(projector)).not.toContain('Family');
  shares.push(`1 empty ${await checkProjector(projector, 'exercise-1', 60)}%`);
  await presenter.getByRole('button', { name: 'Reveal answers (R)' }).click();
  await expect
    .poll(() => slots(projector, 'Blanks').allInnerTexts())
    .toEqual([expect.stringMatching(/^The\s+Family\s+Level$/), expect.stringMatching(/^The\s+System\s+Level$/)]);
  shares.push(`1 revealed ${await checkProjector(projector, 'exercise-1-revealed', 60)}%`);

  // 2: five numbered slots, filled on Reveal.
  await next();
  await expect.poll(() => slots(projector, 'Blanks').count()).toBe(5);
  expect((await slots(projector, 'Blanks').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
    '1 blank',
    '2 blank',
    '3 blank',
    '4 blank',
    '5 blank',
  ]);
  shares.push(`2 empty ${await checkProjector(projector, 'exercise-2', 60)}%`);
  await presenter.locator('body').press('r');
  await expect.poll(() => screenText(projector)).toContain('Inquiry and Exploration');
  shares.push(`2 revealed ${await checkProjector(projector, 'exercise-2-revealed', 60)}%`);

  // 3: the list's three numbered rows.
  await next();
  await expect
    .poll(() => slots(projector, 'Ideas from the room').allInnerTexts())
    .toEqual([expect.stringMatching(/^1\s+empty$/), expect.stringMatching(/^2\s+empty$/), expect.stringMatching(/^3\s+empty$/)]);
  shares.push(`3 empty ${await checkProjector(projector, 'exercise-3', 60)}%`);

  // 4: the crosswalk's five element columns, empty.
  await next();
  for (const element of ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability']) {
    await projector.getByRole('region', { name: element }).waitFor();
  }
  shares.push(`4 empty ${await checkProjector(projector, 'exercise-4', 60)}%`);

  // 5: its two questions, and where the ideas will appear.
  await next();
  await expect.poll(() => projector.getByRole('list', { name: 'Questions' }).innerText()).toContain("For my county's staff?");
  shares.push(`5 empty ${await checkProjector(projector, 'exercise-5', 60)}%`);

  // 6: six numbered rows, as on paper.
  await next();
  await expect.poll(() => slots(projector, 'Ideas from the room').count()).toBe(6);
  shares.push(`6 empty ${await checkProjector(projector, 'exercise-6', 60)}%`);

  for (const exercise of [7, 8, 9]) {
    await next();
    await presenter.getByText(`Exercise ${exercise} of 9`).waitFor();
    await expect.poll(() => projector.locator('.screen-place').innerText()).toContain(`${exercise} of 9`);
    shares.push(`${exercise} empty ${await checkProjector(projector, `exercise-${exercise}`, 60)}%`);
  }
  console.log(`projector content share at 1280×720: ${shares.join(', ')}`);
  expect(await violations(projector)).toEqual([]);
});

test('? lists the presenter’s keys, each key on one line, and Escape closes the list', async () => {
  const presenter = session.page;
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await startSession();
  await presenter.locator('body').press('?');
  const help = presenter.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  expect(await help.locator('kbd').allInnerTexts()).toEqual(expect.arrayContaining(['→', 'Page Down', '←', 'Page Up', 'B', 'R', 'T']));
  // A key cap never breaks across lines ("Page" on one, "Down" on the next).
  const broken = await help
    .locator('kbd')
    .evaluateAll((caps) => caps.filter((cap) => cap.getClientRects().length > 1).map((cap) => cap.textContent));
  expect(broken).toEqual([]);
  expect(await violations(presenter)).toEqual([]);
  await presenter.keyboard.press('Escape');
  await expect.poll(() => help.isVisible()).toBe(false);
});

test('the crosswalk’s five columns line up, empty or not, and keep their names inside on 16:9 and 4:3 projectors', async () => {
  const { presenter, projector } = await startSession();
  await presenter.getByRole('button', { name: /Line up one initiative/ }).click();
  await presenter.getByRole('combobox', { name: 'Element', exact: true }).selectOption({ label: 'Teaming' });
  const idea = presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' });
  await idea.fill('Child and family teams');
  await idea.press('Enter');
  await expect.poll(() => projector.getByRole('region', { name: 'Teaming' }).innerText()).toContain('Child and family teams');

  for (const size of [...SIZES, { width: 1024, height: 768 }]) {
    await projector.setViewportSize(size);
    const columns = await projector.locator('.screen-column').evaluateAll((sections) =>
      sections.map((section) => {
        const box = section.getBoundingClientRect();
        const title = document.createRange();
        title.selectNodeContents(section.querySelector('.screen-column-title')!);
        const text = title.getBoundingClientRect();
        return {
          name: section.getAttribute('aria-label'),
          top: Math.round(box.top),
          inside: text.left >= box.left && text.right <= box.right,
        };
      }),
    );
    const at = `at ${size.width}×${size.height}`;
    expect(
      columns.map((column) => column.name),
      at,
    ).toEqual(['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability']);
    expect(new Set(columns.map((column) => column.top)).size, `${at}: column tops ${columns.map((c) => c.top).join(', ')}`).toBe(1);
    expect(
      columns.filter((column) => !column.inside).map((column) => column.name),
      at,
    ).toEqual([]);
    expect((await measureScreen(projector)).spills, at).toEqual([]);
  }
});

test('with 30 long ideas the projector keeps every word at 24 px or more at 1280×720 and says how many more there are', async () => {
  const { presenter, projector } = await startSession();
  const idea = presenter.getByRole('textbox', { name: 'Add an idea (Enter adds it)' });
  const smallest: string[] = [];

  await presenter.getByRole('button', { name: /Line up one initiative/ }).click();
  const column = presenter.getByRole('combobox', { name: 'Element', exact: true });
  const elements = ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability'];
  for (let i = 0; i < 30; i++) {
    await column.selectOption({ label: elements[i % 5]! });
    await idea.fill(`Idea ${i + 1}: a principle of the initiative that the room lined up under this element`);
    await idea.press('Enter');
  }
  await expect.poll(() => presenter.getByRole('textbox', { name: 'Idea 30' }).count()).toBe(1);
  await checkProjector(projector, 'crosswalk-30-ideas', 60);
  await projector.setViewportSize(SIZES[0]!);
  smallest.push(`crosswalk ${(await measureScreen(projector)).smallestText} px`);
  // What does not fit is counted, not shrunk out of sight.
  const more = await projector.locator('[data-more]').evaluateAll((lists) => lists.map((list) => (list as HTMLElement).dataset.more));
  const shown = await projector.locator('.screen-column li:not([hidden])').count();
  const hidden = more.reduce((sum, text) => sum + Number(/\d+/.exec(text ?? '')?.[0] ?? 0), 0);
  expect(shown + hidden).toBe(30);
  expect(shown).toBeGreaterThan(0);

  for (const [button, label] of [
    [/What organizational factors/, 'list'],
    [/What is important for you/, 'ideas'],
  ] as const) {
    await presenter.getByRole('button', { name: button }).click();
    for (let i = 0; i < 30; i++) {
      await idea.fill(`Idea ${i + 1}: protected coaching time in every unit`);
      await idea.press('Enter');
    }
    await expect.poll(() => screenText(projector)).toContain('Idea 1:');
    await checkProjector(projector, `${label}-30-ideas`, 60);
    await projector.setViewportSize(SIZES[0]!);
    smallest.push(`${label} ${(await measureScreen(projector)).smallestText} px`);
  }
  console.log(`smallest projector text at 1280×720 with 30 ideas: ${smallest.join(', ')}`);
});

test('the timer: hidden on the projector until started, large while running, kept with its exercise, Time’s up at zero', async () => {
  // One fake clock for both windows, installed before either has a page, so they agree to the
  // millisecond: the session's first tab predates the clock, so both windows are opened after it.
  await session.context.clock.install();
  const presenter = await session.context.newPage();
  const projector = await session.context.newPage();
  await presenter.goto(`${baseUrl()}/#/`);
  await presenter.getByRole('button', { name: 'Facilitate a session' }).click();
  await presenter.getByRole('button', { name: 'Start the session' }).click();
  await presenter.getByRole('button', { name: 'Open projector window' }).waitFor();
  await projector.setViewportSize(SIZES[0]!);
  await projector.goto(presenter.url().replace('/present/', '/project/'));
  await projector.locator('.screen-prompt').waitFor();
  const timer = projector.locator('.screen-timer');
  expect(await timer.count()).toBe(0);

  await presenter.getByRole('button', { name: 'Start timer (T)' }).click();
  await timer.waitFor();
  expect(await timer.innerText()).toBe('2:00');
  const size = await timer.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(60);

  // 20 seconds in, the facilitator moves on twice: the next exercises show no timer of their
  // own until started, and the presenter offers their time, not the first one's.
  await session.context.clock.runFor(20_000);
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect.poll(() => projector.locator('.screen-place').innerText()).toContain('3 of 9');
  await expect.poll(() => timer.count()).toBe(0);
  const presenterTimer = presenter.getByRole('region', { name: 'Timer' });
  expect(await presenterTimer.getByText('Not started: hidden on the projector').count()).toBe(1);
  // Back on the first exercise, its timer is where it was left, paused; Start goes on from there.
  await presenter.getByRole('button', { name: '← Previous' }).click();
  await presenter.getByRole('button', { name: '← Previous' }).click();
  await expect.poll(() => projector.locator('.screen-place').innerText()).toContain('1 of 9');
  await presenterTimer.getByText('Paused').waitFor();
  await presenter.getByRole('button', { name: 'Start timer (T)' }).click();
  await session.context.clock.runFor(10_000);
  // The fake clock also moves with real time, so allow for the seconds the test itself takes.
  const seconds = (text: string) => Number(text.split(':')[0]) * 60 + Number(text.split(':')[1]);
  const onProjector = seconds(await timer.innerText());
  expect(onProjector).toBeLessThanOrEqual(90);
  expect(onProjector).toBeGreaterThan(75);
  const onPresenter = seconds(await presenterTimer.getByRole('timer').innerText());
  expect(Math.abs(onPresenter - onProjector)).toBeLessThanOrEqual(1);
  expect(await projector.locator('.screen-timer.running').count()).toBe(1);

  // The last minute is marked.
  await session.context.clock.runFor(35_000);
  await expect.poll(() => projector.locator('.screen-timer.last-minute').count()).toBe(1);
  await projector.screenshot({ path: 'test-results/projector-timer-last-minute-1280x720.png' });

  // Time's up, plainly, and without motion for a room that asked for less.
  await projector.emulateMedia({ reducedMotion: 'reduce' });
  await session.context.clock.runFor(60_000);
  await expect.poll(() => timer.innerText()).toBe('Time’s up');
  expect(await projector.locator('.screen-timer.done').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await projector.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await projector.locator('.screen-timer.done').evaluate((el) => getComputedStyle(el).animationName)).toBe('times-up');
  await expect.poll(() => presenter.locator('.timer-note').innerText()).toBe('Time’s up');
  await projector.screenshot({ path: 'test-results/projector-times-up-1280x720.png' });
  // At Time's up the presenter offers to start again, not to pause a timer at 0:00.
  expect(await presenter.getByRole('button', { name: 'Pause timer (T)' }).count()).toBe(0);
  await presenter.getByRole('button', { name: 'Start again (T)' }).click();
  await expect.poll(() => timer.innerText()).toBe('2:00');
});
