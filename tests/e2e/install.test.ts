import { expect, test } from 'vitest';
import { baseUrl, browsersForEachTest } from './browser';

const browsers = browsersForEachTest();

test('the installed app has an identity of its own and an icon for a phone’s home screen', async () => {
  const { page } = await browsers.open();
  await page.goto(`${baseUrl()}/#/`);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(manifestHref!, page.url()).href)).json();
  // Without an id, a browser keys the installed app on its start_url and treats a moved one as another app.
  expect(manifest.id).toBe('./');

  const iconHref = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(iconHref).toBeTruthy();
  const icon = await page.request.get(new URL(iconHref!, page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/png');
});
