import { createDocument, JSPDF_FONT } from '../../src/pdf/render';
import type { FontKey } from '../../src/pdf/scripts';
import { nodeFonts } from './fonts';

/** jsPDF's parsed TrueType font keeps the font's cmap here (not part of jsPDF's typed API). */
interface ParsedFont {
  metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } };
}

const maps = new Map<FontKey, Record<number, number>>();

/** Whether the real TTF file for `key` has a glyph for the code point of `char`. */
export function fontHasGlyph(key: FontKey, char: string): boolean {
  let map = maps.get(key);
  if (!map) {
    const doc = createDocument('letter', nodeFonts([key]));
    doc.setFont(...JSPDF_FONT[key]);
    map = (doc.getFont() as unknown as ParsedFont).metadata?.cmap?.unicode?.codeMap ?? {};
    maps.set(key, map);
  }
  const glyph = map[char.codePointAt(0) ?? -1];
  return glyph !== undefined && glyph !== 0;
}
