import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontData } from '../../src/pdf/render';
import type { FontKey } from '../../src/pdf/scripts';

const require = createRequire(import.meta.url);
const FILES: Record<FontKey, string> = {
  sans: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  sansBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  sansItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
  sansBoldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
  cjk: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  hangul: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
};
const cache = new Map<FontKey, Uint8Array>();

/** The same TTF files the app serves, read from node_modules. */
export function nodeFonts(keys: Iterable<FontKey>): FontData {
  const data: FontData = {};
  for (const key of keys) {
    if (!cache.has(key)) cache.set(key, new Uint8Array(readFileSync(require.resolve(FILES[key]))));
    data[key] = cache.get(key)!;
  }
  return data;
}
