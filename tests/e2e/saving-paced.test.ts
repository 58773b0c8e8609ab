import { expect, test } from 'vitest';
import { browsersForEachTest } from './browser';
import { field, newWorksheetFromLibrary } from './helpers';
import { runs, seededRandom, sentence, throttleCpu, typeLikeAPerson, waitSettled, watchAlarms } from './people';

const browsers = browsersForEachTest();

const LONG_ANSWER = 'What is important for you to be saying and doing?';

const PACED_RUNS = runs('PACED', 1);

test(
  `typing 30 words at a person’s pace on a slow laptop raises no alarm and is all stored (${PACED_RUNS} run)`,
  { timeout: 150_000 * PACED_RUNS },
  async () => {
    const { page, context } = await browsers.open();
    const alarms = await watchAlarms(context);
    const perRun: number[] = [];
    for (let run = 1; run <= PACED_RUNS; run++) {
      await newWorksheetFromLibrary(page);
      await throttleCpu(context, page, 4);
      const random = seededRandom(20261200 + run);
      const text = sentence(random, 30);
      const before = alarms.length;

      await field(page, LONG_ANSWER).click();
      await typeLikeAPerson(page, text, random);
      await waitSettled(page);
      expect(await field(page, LONG_ANSWER).inputValue()).toBe(text);
      await page.reload();
      await expect.poll(() => field(page, LONG_ANSWER).inputValue()).toBe(text);
      perRun.push(alarms.length - before);
    }
    console.log(`paced typing, CPU 4× slower, ${PACED_RUNS} runs of 30 words: alarms per run ${perRun.join(', ')}`);
    expect(alarms, 'no alert may appear while a person types').toEqual([]);
  },
);
