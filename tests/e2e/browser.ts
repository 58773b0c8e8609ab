import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';

export const baseUrl = () => inject('baseUrl');

export interface Session {
  context: BrowserContext;
  page: Page;
  profile: string;
  /** Every request that went anywhere but the app's own origin. */
  offOrigin: string[];
  close(): Promise<void>;
}

/** A fresh Chromium profile, watched so that any request leaving 127.0.0.1 is recorded. */
export async function openBrowser(profile = mkdtempSync(join(tmpdir(), 'cpm-e2e-'))): Promise<Session> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const offOrigin: string[] = [];
  const origin = new URL(baseUrl()).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profile,
    offOrigin,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
