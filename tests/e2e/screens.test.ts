import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { TEMPLATE } from '../../src/worksheet/template';

const SECTIONS = TEMPLATE.sections.length;
import { newWorksheetFromLibrary, waitSaved } from './helpers';

/** A phone, a tablet, and a small laptop. */
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 820, height: 1180 };
const LAPTOP = { width: 1366, height: 768 };
const SIZES = { phone: PHONE, tablet: TABLET, laptop: LAPTOP };
type Size = typeof PHONE;

/** 80 letters without a space: a pasted address or an unusual name must still wrap. */
const UNBROKEN = 'Oyelaran'.repeat(10);

let session: Session;
beforeEach(async () => {
  session = await openBrowser();
});
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

async function open(size: Size): Promise<Page> {
  await session.page.setViewportSize(size);
  await newWorksheetFromLibrary(session.page);
  return session.page;
}

/** Whether the box lies wholly inside the window as it is scrolled now. */
async function inViewport(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    });
}

const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

/** Every control a finger can reach on the page, with its size, smallest first. */
const controlSizes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, .button')]
      // A visually hidden file input is reached through its visible label, measured as a .button.
      .filter((element) => !element.classList.contains('sr-only'))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.id;
        return { name: `${element.tagName.toLowerCase()} ${name}`, width: box.width, height: box.height };
      })
      .filter((control) => control.width > 0 && control.height > 0)
      .sort((a, b) => Math.min(a.width, a.height) - Math.min(b.width, b.height)),
  );

describe.each(Object.entries(SIZES))('on a %s', (name, size) => {
  test('a new worksheet opens with its first field on the first screen, 0 answered and focus on its title', async () => {
    const page = await open(size);
    const first = page.getByRole('textbox', { name: 'Participant name' });
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
    expect(await page.getByText('Answered: 0 of 33 (0%)').isVisible()).toBe(true);
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await first.getAttribute('id'));
  });

  test('export and Finish are never above the worksheet', async () => {
    const page = await open(size);
    const firstField = (await page.getByRole('textbox', { name: 'Participant name' }).boundingBox())!;
    const exportButton = (await page.getByRole('button', { name: 'Export PDF', exact: true }).boundingBox())!;
    const finish = (await page.getByRole('button', { name: 'Finish', exact: true }).boundingBox())!;
    // Finish is in the header; Export is beside the worksheet (sidebar) or after its last section.
    expect(finish.y).toBeLessThan(firstField.y);
    expect(finish.height).toBeLessThan(60);
    if (size.width > 860) expect(exportButton.x).toBeLessThan(firstField.x);
    else {
      const lastSection = (await page.getByRole('heading', { name: 'Messaging the CPM:' }).boundingBox())!;
      expect(exportButton.y).toBeGreaterThan(lastSection.y);
    }
  });

  test('the section list is reachable at the end and shows the section being read', async () => {
    const page = await open(size);
    // Every section is on the page (they render one per frame), then the participant scrolls to the end.
    await expect.poll(() => page.locator('section.worksheet-section').count()).toBeGreaterThanOrEqual(SECTIONS);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect.poll(() => inViewport(page, 'nav[aria-label="Sections"]')).toBe(true);
    const wide = size.width > 860;
    if (wide) {
      await expect.poll(() => nav.locator('[aria-current="true"]').textContent()).toContain('Messaging');
    } else {
      const toggle = nav.getByRole('button', { name: /^Section/ });
      await expect.poll(() => toggle.textContent()).toContain('Messaging');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    }
    await nav.getByRole('button', { name: /^About you/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('About you');
    // The heading is in view, not hidden under the sticky header.
    await expect.poll(() => inViewport(page, '#section-cover-title')).toBe(true);
    const header = (await page.locator('.topbar').boundingBox())!;
    const heading = (await page.locator('#section-cover-title').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
    if (!wide) expect(await nav.getByRole('button', { name: /^Section/ }).getAttribute('aria-expanded')).toBe('false');
  });

  test('the section named beside the form is the one being typed in', async () => {
    const page = await open(size);
    await expect.poll(() => page.locator('section.worksheet-section').count()).toBeGreaterThanOrEqual(SECTIONS);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const named = () =>
      size.width > 860 ? nav.locator('[aria-current="true"]').textContent() : nav.getByRole('button', { name: /^Section/ }).textContent();
    // Tab from the last field of "My Role" into the first of "Messaging": the browser scrolls it
    // just into view at the foot of the window, below the line the reading section is judged by.
    await page.getByRole('textbox', { name: 'My Role to Support CPM at the System Level:' }).click();
    await page.keyboard.press('Tab');
    const field = page.getByRole('textbox', { name: 'What is important for you to be saying and doing?' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(named).toContain('Messaging');
    await page.keyboard.type('Say it', { delay: 120 });
    expect(await named()).toContain('Messaging');
    // Scrolled away from the field, the list follows the reading again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(named).toContain('About you');
  });

  test('the share preview lines up what will be shared and what is empty', async () => {
    const page = await open(size);
    await page.getByRole('textbox', { name: 'Level 1' }).fill('Family');
    await page.getByRole('button', { name: 'Share with the facilitator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with the facilitator' });
    const left = async (text: string) => Math.round((await dialog.getByText(text, { exact: true }).first().boundingBox())!.x);
    // "Level 1" (an answer's label) and "Nothing written yet." start at the same edge.
    expect(await left('Nothing written yet.')).toBe(await left('Level 1'));
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });

  test('no route scrolls sideways, even with long unbroken names', async () => {
    const page = await open(size);
    const widths: Record<string, { scrollWidth: number; innerWidth: number }> = {};
    await page.getByRole('textbox', { name: 'Participant name' }).fill(UNBROKEN);
    await page.getByRole('textbox', { name: 'Session name' }).fill(UNBROKEN);
    await page.getByRole('textbox', { name: 'Improvement 1' }).fill(UNBROKEN);
    await page.getByRole('group', { name: 'Crosswalk 1: from your list' }).getByRole('button', { name: UNBROKEN }).click();
    await page.getByRole('button', { name: '+ Add another crosswalk' }).click();
    await page.getByRole('button', { name: 'Show answers' }).first().click();
    await waitSaved(page);
    widths.worksheet = await overflow(page);

    await page.getByRole('link', { name: '← All worksheets' }).click();
    await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();
    widths.library = await overflow(page);
    const card = page.locator('.worksheet-card').first();
    expect(await card.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

    await page.goto(`${baseUrl()}/#/worksheets/not-on-this-device`);
    await page.getByRole('heading', { name: 'This worksheet is not on this device' }).waitFor();
    widths.missing = await overflow(page);

    await page.goto(`${baseUrl()}/#/no-such-page`);
    await page.getByRole('heading', { name: 'This page does not exist' }).waitFor();
    widths.notFound = await overflow(page);

    await page.goto(`${baseUrl()}/#/new`);
    await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
    widths.new = await overflow(page);

    await page.goto(`${baseUrl()}/#/`);
    await page.getByRole('button', { name: 'Facilitate a session' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    widths.presenter = await overflow(page);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open projector window' }).click();
    const projector = await popup;
    await projector.setViewportSize(size);
    await projector.locator('.screen-prompt').waitFor();
    widths.projector = await overflow(projector);

    for (const [route, width] of Object.entries(widths)) {
      expect(width.scrollWidth, `${name} ${route}: ${width.scrollWidth} > ${width.innerWidth}`).toBeLessThanOrEqual(width.innerWidth);
    }
  });

  test('the date field shows a focus ring when reached with the keyboard', async () => {
    const page = await open(size);
    await page.getByRole('textbox', { name: 'Session name' }).focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      const style = element ? getComputedStyle(element) : undefined;
      return { type: element?.type, outline: style?.outlineStyle, width: style?.outlineWidth };
    });
    expect(ring).toEqual({ type: 'date', outline: 'solid', width: '3px' });
  });
});

describe.each(Object.entries({ phone: PHONE, tablet: TABLET }))('touch targets on a %s', (_name, size) => {
  test('every control on the worksheet and the library is at least 44 × 44 px', async () => {
    const page = await open(size);
    await page.getByRole('textbox', { name: 'Improvement 1' }).fill('Child and Family Teams');
    await page.getByRole('button', { name: '+ Add another crosswalk' }).click();
    await page.getByRole('button', { name: 'Show answers' }).first().click();
    await page.getByRole('button', { name: '+ Add another audience' }).click();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: /^Section/ })
      .click();
    const worksheet = await controlSizes(page);
    expect(worksheet.length).toBeGreaterThan(60);
    expect(worksheet.filter((control) => control.width < 44 || control.height < 44)).toEqual([]);

    await waitSaved(page);
    await page.getByRole('link', { name: '← All worksheets' }).click();
    await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();
    const library = await controlSizes(page);
    expect(library.filter((control) => control.width < 44 || control.height < 44)).toEqual([]);
  });
});

test('on a laptop (1366 × 768) every list and crosswalk label fits on one line', async () => {
  const page = await open(LAPTOP);
  // Lines of the label's text itself: the label box may be stretched to its row's height.
  const lines = (label: string) =>
    page
      .locator('label', { hasText: label })
      .first()
      .evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
  for (const label of ['Improvement 1', 'Improvement 3', 'Factor 6', 'Inquiry and Exploration', 'Accountability']) {
    expect(await lines(label), label).toBe(1);
  }
});
