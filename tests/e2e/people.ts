import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Session } from './browser';

/**
 * Helpers that use the app the way people do: typing one key at a time with human pauses, on a
 * slow laptop, with more than one tab, and a browser that can die at any moment.
 */

/** A repeatable source of randomness (mulberry32), so a failing run can be run again exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], from the given randomness. */
export const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const WORDS = [
  'families',
  'teaming',
  'engagement',
  'county',
  'practice',
  'social',
  'workers',
  'trust',
  'voice',
  'choice',
  'safety',
  'plans',
  'Nguyễn',
  'María',
  'listen',
  'first',
  'and',
  'then',
  'we',
  'share',
  'the',
  'work',
  'with',
  'partners',
  'every',
  'week',
  'coaching',
  'helps',
  'staff',
  'stay',
  'curious',
  'about',
  'strengths',
];

/** `count` words a participant might write, separated by spaces, the same for the same randomness. */
export function sentence(random: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(' ');
}

/**
 * Types into the focused field one character at a time, pausing `min`–`max` ms after each key as
 * a person does. Returns when (Date.now()) each character had been typed.
 */
export async function typeLikeAPerson(
  page: Page,
  text: string,
  random: () => number,
  { min = 100, max = 400 }: { min?: number; max?: number } = {},
): Promise<number[]> {
  const typedAt: number[] = [];
  for (const character of text) {
    await page.keyboard.type(character);
    typedAt.push(Date.now());
    await page.waitForTimeout(between(random, min, max));
  }
  return typedAt;
}

/** Makes the page's CPU `rate` times slower, like a participant's old laptop (DevTools throttling). */
export async function throttleCpu(context: BrowserContext, page: Page, rate = 4): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Records the text of every `[role=alert]` that appears in any page of the context, across
 * reloads: each time an alert shows new text, that text is added to the returned list.
 */
export async function watchAlarms(context: BrowserContext): Promise<string[]> {
  const alarms: string[] = [];
  await context.exposeBinding('__cpmAlarm', (_source, text: string) => void alarms.push(text));
  await context.addInitScript(() => {
    const report = (window as unknown as { __cpmAlarm: (text: string) => void }).__cpmAlarm;
    const seen = new WeakMap<Element, string>();
    const look = () => {
      for (const alert of document.querySelectorAll('[role=alert]')) {
        const text = (alert.textContent ?? '').trim();
        if (text && seen.get(alert) !== text) {
          seen.set(alert, text);
          void report(text);
        }
      }
    };
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['role'],
    });
  });
  return alarms;
}

/** SIGKILL every Chromium process that uses this profile: no unload, no goodbye. */
export function killBrowser(session: Session): void {
  const marker = `--user-data-dir=${session.profile}`;
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (Number(pid) !== process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) {
        process.kill(Number(pid), 'SIGKILL');
        killed++;
      }
    } catch {
      // The process ended on its own meanwhile.
    }
  }
  expect(killed).toBeGreaterThan(0);
}

/**
 * What a freshly opened page shows in the field of the worksheet at `url`: the value read back
 * from IndexedDB. A worksheet that never reached storage reads as `undefined`.
 */
export async function storedFieldValue(page: Page, url: string, name: string): Promise<string | undefined> {
  await page.goto(url);
  const field = page.getByRole('textbox', { name, exact: true });
  const missing = page.getByRole('heading', { name: 'This worksheet is not on this device' });
  await field.or(missing).first().waitFor();
  return (await missing.count()) ? undefined : field.inputValue();
}

/**
 * Waits until typing has had time to be saved in every page (past the debounce and any maximum
 * wait), then until each page's status says the latest change is stored.
 */
export async function waitSettled(...pages: Page[]): Promise<void> {
  await pages[0]?.waitForTimeout(1200);
  for (const page of pages) await page.getByText(/^Saved at /).waitFor();
}

/** How many times to repeat a run: `CPM_<NAME>_RUNS` from the environment, for longer runs by hand. */
export function runs(name: string, fallback: number): number {
  const value = Number(process.env[`CPM_${name}_RUNS`]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
