import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';

export const baseUrl = () => inject('baseUrl');

/** A name for this machine that is not loopback, so the page is served over plain http and is not a secure context. */
export const LAN_HOST = 'cpm.test';
/** The app's address at LAN_HOST, as a participant on a venue network reaches it. */
export const lanUrl = () => baseUrl().replace(/\/\/[^/:]+/, `//${LAN_HOST}`);

export interface BrowserOptions {
  /** Resolve LAN_HOST to this machine, and hold requests to that origin rather than 127.0.0.1's. */
  lan?: boolean;
  /** The app's origin when it is not the shared test server's (a room server a test starts and kills itself). */
  origin?: string;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  profile: string;
  /** Every request that went anywhere but the app's own origin, and every Content-Security-Policy violation. */
  breaches: string[];
  close(): Promise<void>;
}

/** A fresh Chromium profile, watched so that any request leaving the app's origin, or any CSP violation, is recorded. */
export async function openBrowser(profile = mkdtempSync(join(tmpdir(), 'cpm-e2e-')), options: BrowserOptions = {}): Promise<Session> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: options.lan ? [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`] : CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const breaches: string[] = [];
  const origin = options.origin ?? new URL(options.lan ? lanUrl() : baseUrl()).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) breaches.push(url);
  });
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) breaches.push(`CSP: ${message.text()}`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profile,
    breaches,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Browsers for one test file: after each test, every browser it opened is checked for requests
 * off the app's origin and closed. A browser killed on purpose is forgotten first, so its
 * profile stays for the next launch.
 */
export function browsersForEachTest() {
  const sessions: Session[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      expect(session.breaches).toEqual([]);
      await session.close().catch(() => {});
    }
  });
  return {
    async open(profile?: string, options?: BrowserOptions): Promise<Session> {
      const session = await openBrowser(profile, options);
      sessions.push(session);
      return session;
    },
    forget(session: Session): void {
      sessions.splice(sessions.indexOf(session), 1);
    },
  };
}
