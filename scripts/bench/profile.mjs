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

/** A browser in a new profile; `close({ keep })` ends it and, unless kept, throws the profile away. */
export async function openProfile() {
  const profile = mkdtempSync(join(tmpdir(), 'cpm-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async ({ keep } = {}) => {
    await context.close();
    if (!keep) rmSync(profile, { recursive: true, force: true });
  };
  return { profile, context, page, close };
}

/** Runs `use(page, context, profileDir)` in a new profile, then throws the profile away. */
export async function withProfile(use, { keep } = {}) {
  const { profile, context, page, close } = await openProfile();
  try {
    return await use(page, context, profile);
  } finally {
    await close({ keep });
  }
}
