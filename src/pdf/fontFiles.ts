import type { FontData } from './render';
import type { FontKey } from './scripts';
import { fontDownloadEnded, fontDownloadStarted, type FontName } from './fontStatus';
import sansUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import sansBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import sansItalicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import sansBoldItalicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url';
import cjkUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import hangulUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';

/** Font files are build assets served from the app's own origin; nothing is fetched elsewhere. */
const URLS: Record<FontKey, string> = {
  sans: sansUrl,
  sansBold: sansBoldUrl,
  sansItalic: sansItalicUrl,
  sansBoldItalic: sansBoldItalicUrl,
  cjk: cjkUrl,
  hangul: hangulUrl,
};

/**
 * The large fonts a first visit does not download (the service worker precaches every other
 * font). They are fetched at the first export that needs them, or when the user asks, and kept
 * in this cache so that export works offline from then on.
 */
export const ON_DEMAND: Partial<Record<FontKey, FontName>> = { cjk: 'Chinese', hangul: 'Korean' };
export const FONT_CACHE = 'cpm-pdf-fonts';

const loaded = new Map<FontKey, Promise<Uint8Array>>();

const absolute = (key: FontKey) => new URL(URLS[key], document.baseURI).href;

/** The font's bytes from the cache, or downloaded once and then kept in the cache. */
async function cachedBytes(key: FontKey, name: FontName): Promise<ArrayBuffer> {
  const cache = await caches.open(FONT_CACHE);
  const hit = await cache.match(absolute(key));
  if (hit) return hit.arrayBuffer();
  fontDownloadStarted(name);
  try {
    const response = await fetch(URLS[key]);
    if (!response.ok) throw new Error(`The ${name} PDF font could not be loaded (${response.status}).`);
    await cache.put(absolute(key), response.clone());
    await forgetOtherVersions(cache);
    return await response.arrayBuffer();
  } finally {
    fontDownloadEnded(name);
  }
}

/** Drops fonts a previous version of the app cached under other names. */
async function forgetOtherVersions(cache: Cache): Promise<void> {
  const current = new Set(Object.keys(ON_DEMAND).map((key) => absolute(key as FontKey)));
  for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
}

async function load(key: FontKey): Promise<Uint8Array> {
  const name = ON_DEMAND[key];
  if (name && typeof caches !== 'undefined') return new Uint8Array(await cachedBytes(key, name));
  const response = await fetch(URLS[key]);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Loads the fonts once per page visit; later exports reuse them. */
export async function loadFonts(keys: Iterable<FontKey>): Promise<FontData> {
  const data: FontData = {};
  await Promise.all(
    [...keys].map(async (key) => {
      let pending = loaded.get(key);
      if (!pending) {
        pending = load(key);
        loaded.set(key, pending);
        pending.catch(() => loaded.delete(key));
      }
      data[key] = await pending;
    }),
  );
  return data;
}

const onDemandKeys = () => Object.keys(ON_DEMAND) as FontKey[];

/** Whether every on-demand font is already kept on this device for offline export. */
export async function onDemandFontsOffline(): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  const cache = await caches.open(FONT_CACHE);
  const hits = await Promise.all(onDemandKeys().map((key) => cache.match(absolute(key))));
  return hits.every(Boolean);
}

/** Downloads the on-demand fonts now, so a later export needs no network. */
export async function keepOnDemandFontsOffline(): Promise<void> {
  await Promise.all(onDemandKeys().map((key) => cachedBytes(key, ON_DEMAND[key]!)));
}
