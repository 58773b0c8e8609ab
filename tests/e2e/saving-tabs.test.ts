import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openBrowser, type Session } from './browser';
import { field, newWorksheetFromLibrary } from './helpers';
import { seededRandom, sentence, waitSettled, watchAlarms } from './people';

let session: Session;
let alarms: string[];
/** Two tabs of one browser on the same worksheet. */
let first: Page;
let second: Page;
beforeEach(async () => {
  session = await openBrowser();
  alarms = await watchAlarms(session.context);
  first = session.page;
  const url = await newWorksheetFromLibrary(first);
  second = await session.context.newPage();
  await second.goto(url);
  await field(second, 'Participant name').waitFor();
});
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

/** Waits until both tabs show the same thing (or 5 s pass), then says whether they do. */
async function expectSame<T>(read: (page: Page) => Promise<T>, what: string): Promise<T> {
  const readBoth = () => Promise.all([read(first), read(second)]);
  await expect
    .poll(
      async () => {
        const [a, b] = await readBoth();
        return JSON.stringify(a) === JSON.stringify(b);
      },
      { timeout: 5000 },
    )
    .toBe(true)
    .catch(() => {});
  const [a, b] = await readBoth();
  expect(b, `${what}: the second tab shows what the first shows (${JSON.stringify(b)} vs ${JSON.stringify(a)})`).toEqual(a);
  return a;
}

test('two tabs typing in different fields 350 ms apart raise no alarm, and both fields are kept', async () => {
  const random = seededRandom(350);
  const families = "For my county's families?";
  const staff = "For my county's staff?";
  const words: Record<string, string[]> = { [families]: sentence(random, 20).split(' '), [staff]: sentence(random, 20).split(' ') };
  await field(first, families).click();
  await field(second, staff).click();
  for (let i = 0; i < 20; i++) {
    for (const [tab, name] of [
      [first, families],
      [second, staff],
    ] as const) {
      await tab.keyboard.type(`${i ? ' ' : ''}${words[name]![i]}`);
      await tab.waitForTimeout(350);
    }
  }
  const expected: Record<string, string> = { [families]: words[families]!.join(' '), [staff]: words[staff]!.join(' ') };
  await waitSettled(first, second);
  for (const tab of [first, second]) {
    for (const name of [families, staff]) await expect.poll(() => field(tab, name).inputValue()).toBe(expected[name]);
  }
  console.log(`two tabs, 40 edits 350 ms apart: ${alarms.length} alarms`);
  expect(alarms, 'no alert may appear while two tabs type in different fields').toEqual([]);

  await first.reload();
  for (const name of [families, staff]) await expect.poll(() => field(first, name).inputValue()).toBe(expected[name]);
  expect(alarms).toEqual([]);
});

test('the same field typed in two tabs at the same instant ends with one value everywhere, 5 times', async () => {
  const name = 'County or agency';
  const outcomes: string[] = [];
  for (let round = 1; round <= 5; round++) {
    await Promise.all([field(first, name).fill(`Fresno ${round}`), field(second, name).fill(`Madera ${round}`)]);
    await waitSettled(first, second);
    const shown = await expectSame((tab) => field(tab, name).inputValue(), `round ${round}`);
    // One value everywhere, holding what was typed. (A fill that lands while the other tab's text
    // arrives may insert beside it rather than over it, as a person's typing would.)
    expect(shown.includes(`Fresno ${round}`) || shown.includes(`Madera ${round}`), `round ${round}: “${shown}” holds what was typed`).toBe(
      true,
    );
    await first.reload();
    await expect.poll(() => field(first, name).inputValue(), { timeout: 5000 }).toBe(shown);
    outcomes.push(shown);
  }
  console.log(`same field, same instant: converged on ${outcomes.join(', ')}`);
});

test('rows added to one list in two tabs at the same moment show in the same order everywhere, 10 times', async () => {
  const rows = (tab: Page) =>
    tab
      .getByRole('textbox', { name: /^Improvement \d+$/ })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const tabs = [first, second];
  for (let round = 1; round <= 10; round++) {
    // Both participants are on the "Add" button and press it at the same moment.
    for (const tab of tabs) await tab.getByRole('button', { name: '+ Add improvement' }).focus();
    await Promise.all(tabs.map((tab) => tab.keyboard.press('Enter')));
    // Adding a row puts the cursor in it.
    await Promise.all(tabs.map((tab, i) => tab.keyboard.type(`Round ${round} from tab ${i + 1}`)));
    await waitSettled(first, second);
    const order = await expectSame(rows, `round ${round}: the list of improvements`);
    expect(order).toEqual(expect.arrayContaining([`Round ${round} from tab 1`, `Round ${round} from tab 2`]));
    await first.reload();
    await expect.poll(() => rows(first), { timeout: 5000 }).toEqual(order);
  }
});
