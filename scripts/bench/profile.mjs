// Fresh browser profiles for the bench: every run starts as a first visit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
export const ratio = (value, floor) => Math.round((value / floor) * 100) / 100;

/** Runs `use(page, context, profileDir)` in a new profile, then throws the profile away. */
export async function withProfile(use, { keep } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'cpm-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await use(page, context, profile);
  } finally {
    await context.close();
    if (!keep) rmSync(profile, { recursive: true, force: true });
  }
}
