// The part of each DejaVu face the app embeds in PDFs: the scripts the product promises (Latin with
// Vietnamese, Greek, Cyrillic, Armenian) and the punctuation and symbols a worksheet may hold.
// About half of each file; right-to-left scripts are never drawn (see src/pdf/scripts.ts), and
// the rest (Georgian, Lao, Canadian syllabics, Braille…) is not promised. Used by the build
// (vite.config.ts) and by font-coverage.mjs, so coverage.ts matches what is embedded.
import subsetFont from 'subset-font';

/** Inclusive code point ranges kept in every DejaVu face. */
export const DEJAVU_RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x58f], // Latin-1 … Latin Extended-B, IPA, combining marks, Greek, Cyrillic, Armenian
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese
  [0x2000, 0x23ff], // punctuation, super/subscripts, currency, letterlike, number forms, arrows, math, technical
  [0x2460, 0x27bf], // enclosed alphanumerics, box drawing, shapes, symbols, dingbats
  [0x2c60, 0x2c7f], // Latin Extended-C
  [0x2de0, 0x2e7f], // Cyrillic Extended-A, supplemental punctuation
  [0xa640, 0xa69f], // Cyrillic Extended-B
  [0xa720, 0xa7ff], // Latin Extended-D
  [0xfb00, 0xfb17], // Latin and Armenian ligatures
  [0xfe20, 0xfe2f], // combining half marks
  [0xfffd, 0xfffd], // replacement character
];

/** True for a DejaVu face's file name, as the package or the build names it. */
export const isDejaVuFont = (fileName) => /(^|\/)DejaVu[\w-]*\.ttf$/.test(fileName);

const keptText = () =>
  DEJAVU_RANGES.flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => String.fromCodePoint(start + i))).join('');

/** A DejaVu TrueType file cut down to DEJAVU_RANGES, still TrueType for jsPDF. */
export async function subsetDejaVu(bytes) {
  return subsetText(bytes, keptText());
}

/** A TrueType file cut down to the characters of `text`, still TrueType for jsPDF. */
export async function subsetText(bytes, text) {
  return subsetFont(Buffer.from(bytes), text, { targetFormat: 'truetype' });
}
