import { expect, test } from 'vitest';
import { browsersForEachTest } from './browser';
import { field, newWorksheetFromLibrary } from './helpers';
import { between, killBrowser, runs, seededRandom, sentence, storedFieldValue } from './people';

const browsers = browsersForEachTest();

const LONG_ANSWER = 'What is important for you to be saying and doing?';

const KILL_RUNS = runs('KILL', 3);

test(`steady typing then a killed browser loses at most the last second (${KILL_RUNS} runs)`, { timeout: 40_000 * KILL_RUNS }, async () => {
  const random = seededRandom(8);
  let current = await browsers.open();
  const profile = current.profile;
  const results: Array<{ typed: string; stored: string; lost: number; lastSecond: number }> = [];
  for (let run = 1; run <= KILL_RUNS; run++) {
    const url = await newWorksheetFromLibrary(current.page);
    await field(current.page, LONG_ANSWER).click();
    // A key every 150–230 ms for about 8 s: never a pause long enough for a debounce to fire.
    const source = sentence(random, 40);
    const typedAt: number[] = [];
    let typed = '';
    const started = Date.now();
    while (Date.now() - started < 8000) {
      const character = source[typed.length]!;
      await current.page.keyboard.type(character);
      typedAt.push(Date.now());
      typed += character;
      await current.page.waitForTimeout(between(random, 150, 230));
    }
    const killedAt = Date.now();
    killBrowser(current);
    await current.context.close().catch(() => {});
    browsers.forget(current);

    current = await browsers.open(profile);
    const stored = (await storedFieldValue(current.page, url, LONG_ANSWER)) ?? '';
    const lastSecond = typedAt.filter((t) => t >= killedAt - 1000).length;
    results.push({ typed, stored, lost: typed.length - stored.length, lastSecond });
  }
  const maxLost = Math.max(...results.map((r) => r.lost));
  console.log(
    `killed while typing steadily: lost ${results.map((r) => `${r.lost} of ${r.typed.length} (last second: ${r.lastSecond})`).join(', ')}; max lost ${maxLost}`,
  );
  for (const { typed, stored, lost, lastSecond } of results) {
    expect(typed.startsWith(stored), `what is stored (“${stored}”) is what was typed (“${typed}”)`).toBe(true);
    expect(lost, `characters lost of ${typed.length} typed; at most the ${lastSecond} typed in the last second may be`).toBeLessThanOrEqual(
      lastSecond,
    );
  }
});
