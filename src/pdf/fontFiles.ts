import type { FontData } from './render';
import type { FontKey } from './scripts';
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

const loaded = new Map<FontKey, Promise<string>>();

/** Bytes to a binary string in slices: one call per byte would be slow for a 10 MB font. */
function toBinaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

async function load(key: FontKey): Promise<string> {
  const response = await fetch(URLS[key]);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return toBinaryString(await response.arrayBuffer());
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
