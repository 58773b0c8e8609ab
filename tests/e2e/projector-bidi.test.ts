import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

/** A right-to-left override: kept, it flips "evil" to "live" and the text after it. */
const HOSTILE = '\u202Eevil';
/** What the room must read: the words in order, the override dropped as it was typed. */
const SHOWN = 'evil';

/**
 * Each place the projector shows `text`: whether an element holding exactly that text (the text
 * itself or an ancestor with no other text) isolates it, as a <bdi> or with `unicode-bidi: isolate`.
 */
function isolation(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const found: Array<{ isolated: boolean; around: string }> = [];
    const walker = document.createTreeWalker(document.querySelector('.screen') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(wanted)) continue;
      let isolated = false;
      for (let el = node.parentElement; el && el.textContent?.trim() === wanted; el = el.parentElement) {
        if (el.tagName === 'BDI' || getComputedStyle(el).unicodeBidi === 'isolate') isolated = true;
      }
      found.push({ isolated, around: `<${node.parentElement?.tagName.toLowerCase()}> ${JSON.stringify(node.parentElement?.textContent)}` });
    }
    return found;
  }, text);
}

/** Whether the characters of `selector` that are not the user's `text` are laid out left to right. */
function appTextOrder(page: Page, selector: string, text: string) {
  return page.evaluate(
    ([selector, wanted]) => {
      const root = document.querySelector(selector!);
      const xs: number[] = [];
      let own = '';
      const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = node.textContent ?? '';
        const skip = data.indexOf(wanted!);
        for (let i = 0; i < data.length; i++) {
          if (skip >= 0 && i >= skip && i < skip + wanted!.length) continue;
          own += data[i];
          if (!data[i]!.trim()) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          xs.push(Math.round(range.getBoundingClientRect().x));
        }
      }
      return { text: own.trim(), xs, inOrder: xs.length > 1 && xs.every((x, i) => i === 0 || x > xs[i - 1]!) };
    },
    [selector, text],
  );
}

test('an idea and a session name typed with a right-to-left override read in order on the projector, isolated from its own words', async () => {
  const { page, context } = session;
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: 'Facilitate a session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start the session' }).click();
  const name = page.getByRole('textbox', { name: 'Session name' });
  await name.fill(HOSTILE);
  await name.press('Tab');
  // Exercise 3: the room's list of improvements.
  await page.locator('body').press('ArrowRight');
  await page.locator('body').press('ArrowRight');
  const idea = page.getByRole('textbox', { name: 'Add an idea (Enter adds it)', exact: true });
  await idea.fill(HOSTILE);
  await idea.press('Enter');

  const projector = await context.newPage();
  await projector.goto(page.url().replace('/present/', '/project/'));
  await expect.poll(() => projector.locator('.screen').innerText()).toContain(SHOWN);
  await expect.poll(() => projector.locator('.screen-top').innerText()).toContain(SHOWN);
  expect(await projector.locator('.screen').innerText()).not.toContain('\u202E');
  await projector.screenshot({ path: 'test-results/projector-bidi.png' });

  const places = await isolation(projector, SHOWN);
  expect(places.length, 'the session name and the idea are both on the screen').toBeGreaterThanOrEqual(2);
  for (const place of places) expect.soft(place.isolated, `user text is isolated: ${place.around}`).toBe(true);
  // What the room reads: the app's own words beside the name ("· 3 of 9") stay left to right.
  const header = await appTextOrder(projector, '.screen-top > span:first-child', SHOWN);
  expect(header.text, 'the header shows the exercise count').toMatch(/\d+ of \d+/);
  expect(header.inOrder, `“${header.text}” is laid out left to right (x: ${header.xs.join(', ')})`).toBe(true);
});
