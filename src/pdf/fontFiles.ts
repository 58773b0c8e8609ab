import type { FontData } from './render';
import type { FontKey } from './scripts';
import { fontDownloadEnded, fontDownloadStarted, type FontName } from './fontStatus';
import sansUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import sansBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import sansItalicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import sansBoldItalicUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url';
import cjkUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import hangulUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import cjkCutUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?cut&url';
import hangulCutUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?cut&url';

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
 * in this cache so that export works offline from then on. Each comes cut down to its common
 * characters as well (src/pdf/commonCuts.ts): an export fetches the whole font only for text
 * the cut lacks.
 */
export const ON_DEMAND: Partial<Record<FontKey, FontName>> = { cjk: 'Chinese', hangul: 'Korean' };
const CUT_URLS: Partial<Record<FontKey, string>> = { cjk: cjkCutUrl, hangul: hangulCutUrl };
export const FONT_CACHE = 'cpm-pdf-fonts';

/** One file of one font: the font's own, or its cut. */
interface FontFile {
  url: string;
  /** Set for the on-demand fonts, which are kept in FONT_CACHE and say they are downloading. */
  name?: FontName;
}

const fileOf = (key: FontKey, whole: boolean): FontFile => {
  const name = ON_DEMAND[key];
  return { url: (!whole && CUT_URLS[key]) || URLS[key], ...(name ? { name } : {}) };
};
/** Both files of every on-demand font: what "work offline" keeps. */
const onDemandFiles = () => (Object.keys(ON_DEMAND) as FontKey[]).flatMap((key) => [fileOf(key, false), fileOf(key, true)]);

const loaded = new Map<string, Promise<Uint8Array>>();

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The font's bytes from the cache, or downloaded once and then kept in the cache. */
async function cachedBytes(url: string, name: FontName): Promise<ArrayBuffer> {
  const cache = await caches.open(FONT_CACHE);
  const hit = await cache.match(absolute(url));
  if (hit) return hit.arrayBuffer();
  fontDownloadStarted(name);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The ${name} PDF font could not be loaded (${response.status}).`);
    await cache.put(absolute(url), response.clone());
    await forgetOtherVersions(cache);
    return await response.arrayBuffer();
  } finally {
    fontDownloadEnded(name);
  }
}

/** Drops fonts a previous version of the app cached under other names. */
async function forgetOtherVersions(cache: Cache): Promise<void> {
  const current = new Set(onDemandFiles().map((file) => absolute(file.url)));
  for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
}

async function load({ url, name }: FontFile): Promise<Uint8Array> {
  if (name && typeof caches !== 'undefined') return new Uint8Array(await cachedBytes(url, name));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A file's bytes, loaded once per page visit; later exports reuse them. */
function loadOnce(file: FontFile): Promise<Uint8Array> {
  let pending = loaded.get(file.url);
  if (!pending) {
    pending = load(file);
    loaded.set(file.url, pending);
    pending.catch(() => loaded.delete(file.url));
  }
  return pending;
}

/**
 * The fonts of `keys`, each from its cut unless it is one of `whole` (fonts whose cut lacks a
 * character the document has; see wholeFontsNeeded in scripts.ts).
 */
export async function loadFonts(keys: Iterable<FontKey>, whole: ReadonlySet<FontKey> = new Set()): Promise<FontData> {
  const data: FontData = {};
  await Promise.all([...keys].map(async (key) => (data[key] = await loadOnce(await fileFor(key, whole.has(key))))));
  return data;
}

/**
 * The cut of a font, unless the whole font is needed, or is here and the cut is not: loaded in
 * this visit, or kept offline (by an earlier version too, which kept only whole fonts), it
 * draws everything the cut would, with no download.
 */
async function fileFor(key: FontKey, needsWhole: boolean): Promise<FontFile> {
  const cut = fileOf(key, false);
  const whole = fileOf(key, true);
  if (needsWhole) return whole;
  if (cut.url === whole.url || loaded.has(cut.url)) return cut;
  if (loaded.has(whole.url)) return whole;
  if (typeof caches === 'undefined') return cut;
  const cache = await caches.open(FONT_CACHE);
  if (await cache.match(absolute(cut.url))) return cut;
  return (await cache.match(absolute(whole.url))) ? whole : cut;
}

/** Whether every on-demand font is already kept on this device for offline export, whole and cut. */
export async function onDemandFontsOffline(): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  const cache = await caches.open(FONT_CACHE);
  const hits = await Promise.all(onDemandFiles().map((file) => cache.match(absolute(file.url))));
  return hits.every(Boolean);
}

/** Downloads the on-demand fonts now, whole and cut, so a later export needs no network whatever it holds. */
export async function keepOnDemandFontsOffline(): Promise<void> {
  await Promise.all(onDemandFiles().map((file) => cachedBytes(file.url, file.name!)));
}
