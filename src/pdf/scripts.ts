/**
 * Which embedded font draws which characters. jsPDF has no font fallback, so every run of
 * text is drawn in a font chosen here by script; anything none of them can draw is reported
 * to the user before export instead of coming out as garbage.
 */
import { cutCharacters } from './commonCuts';
import { CJK_COVERAGE, HANGUL_COVERAGE, SANS_COVERAGE } from './coverage';

export type FontKey = 'sans' | 'sansBold' | 'sansItalic' | 'sansBoldItalic' | 'cjk' | 'hangul';

/** The four faces of DejaVu Sans, by weight and slant. */
export function latinFace(bold: boolean, italic: boolean): FontKey {
  if (italic) return bold ? 'sansBoldItalic' : 'sansItalic';
  return bold ? 'sansBold' : 'sans';
}

/**
 * The obliques lack some of the upright faces' scripts; only the template's own emphasis is
 * set in italics, so they draw Latin and punctuation and anything else stays upright.
 */
const obliqueSafe = (code: number) => (code >= 0x20 && code <= 0x24f) || (code >= 0x2000 && code <= 0x206f) || code === 0x20ac;

/** Scripts drawn with the CJK fonts even where DejaVu also has a glyph (e.g. CJK punctuation). */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]$/u;
const HANGUL = /^\p{Script=Hangul}$/u;
/**
 * Emoji (shown as pictures by default, or anything in the emoji planes, flags included) and
 * the joiners that build them: no embedded font draws them, even where a font maps the code.
 */
const EMOJI = /^(?:[\p{Emoji_Presentation}\u{1f000}-\u{1faff}]|\u200d|\ufe0f|\u20e3)$/u;

/**
 * Right-to-left scripts: a font may have their letters, but jsPDF neither reorders nor joins
 * them, so they would print backwards and unjoined. Treated as undrawable, and said so.
 */
const RIGHT_TO_LEFT =
  /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\u200e\u200f\u202a-\u202e\u2066-\u2069]$/u;

/** Shown in the PDF in place of characters no embedded font can draw. */
export const REPLACEMENT = '[?]';

/** Decodes a coverage table into [start, end] pairs for binary search. */
function ranges(encoded: string): Uint32Array {
  const parts = encoded.split(',');
  const out = new Uint32Array(parts.length * 2);
  parts.forEach((part, i) => {
    const [start, length] = part.split('-').map((n) => parseInt(n, 36));
    out[i * 2] = start!;
    out[i * 2 + 1] = start! + length!;
  });
  return out;
}

const SANS = ranges(SANS_COVERAGE);
const CJK_FONT = ranges(CJK_COVERAGE);
const HANGUL_FONT = ranges(HANGUL_COVERAGE);

function covers(table: Uint32Array, code: number): boolean {
  let low = 0;
  let high = table.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (code < table[mid * 2]!) high = mid - 1;
    else if (code > table[mid * 2 + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

/** The font for one character by its script alone, upright and regular ('sans' for Latin and the like). */
function scriptFont(char: string): FontKey | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n' || char === ' ') return 'sans';
  if (EMOJI.test(char) || RIGHT_TO_LEFT.test(char)) return undefined;
  if (CJK.test(char) && covers(CJK_FONT, code)) return 'cjk';
  if (HANGUL.test(char) && covers(HANGUL_FONT, code)) return 'hangul';
  if (covers(SANS, code)) return 'sans';
  if (covers(CJK_FONT, code)) return 'cjk';
  if (covers(HANGUL_FONT, code)) return 'hangul';
  return undefined;
}

/** Each character's script font, looked up once: a document has few distinct characters and asks for each many times. */
const scriptFonts = new Map<string, FontKey | undefined>();

/**
 * The font for one character, or undefined when no embedded font can draw it. Coverage comes
 * from the fonts' own character maps (coverage.ts), so nothing prints as an empty box.
 */
export function fontForChar(char: string, bold: boolean, italic = false): FontKey | undefined {
  if (italic && obliqueSafe(char.codePointAt(0) ?? 0)) return latinFace(bold, true);
  let font = scriptFonts.get(char);
  if (font === undefined && !scriptFonts.has(char)) scriptFonts.set(char, (font = scriptFont(char)));
  return font === 'sans' && bold ? 'sansBold' : font;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Letters as a reader sees them: "ễ" or a flag emoji is one, however many code points it has. */
function* clusters(text: string): Generator<string> {
  for (const { segment } of graphemes.segment(text)) yield segment;
}

const drawable = (cluster: string) => [...cluster].every((char) => fontForChar(char, false) !== undefined);

/** Every character has a font, so every cluster does: the common case, told without segmenting. */
function allDrawable(text: string): boolean {
  for (const char of text) if (fontForChar(char, false) === undefined) return false;
  return true;
}

/**
 * NFC text ready for the PDF: tabs become spaces, invisible control characters go, and so do
 * zero-width joiners and marks (no font draws them; kept, they would turn the letter they join,
 * "a" + ZWJ, into "[?]").
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, '    ')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
      // Joiners and variation selectors stay only inside emoji, where they make one picture.
      .replace(/\u200d(?!\p{Extended_Pictographic})/gu, '')
      .replace(/(?<!\p{Extended_Pictographic})[\ufe00-\ufe0f]/gu, '')
  );
}

/** The distinct characters (as clusters) of `text` that no embedded font can draw. */
export function undrawable(text: string): string[] {
  const clean = cleanText(text);
  if (allDrawable(clean)) return [];
  const found = new Set<string>();
  for (const cluster of clusters(clean)) if (cluster !== '\n' && !drawable(cluster)) found.add(cluster);
  return [...found];
}

/** Replaces every cluster no font can draw with a visible marker. */
export function replaceUndrawable(text: string): string {
  if (allDrawable(text)) return text;
  let out = '';
  for (const cluster of clusters(text)) out += cluster === '\n' || drawable(cluster) ? cluster : REPLACEMENT;
  return out;
}

export interface FontRun {
  text: string;
  font: FontKey;
}

/** Splits text into runs that each use one font. Undrawable characters must be replaced first. */
export function splitByFont(text: string, bold: boolean, italic = false): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text) {
    const font = fontForChar(char, bold, italic) ?? (bold ? 'sansBold' : 'sans');
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/**
 * Which fonts a set of texts needs, so large CJK fonts load only when CJK text is present and
 * the obliques only when the content has italics (`faces`: the Latin faces it uses).
 */
export function fontsNeeded(texts: Iterable<string>, faces: Iterable<FontKey> = []): Set<FontKey> {
  const needed = new Set<FontKey>(['sans', 'sansBold', ...faces]);
  for (const text of texts) {
    for (const char of text) {
      const font = fontForChar(char, false);
      if (font === 'cjk' || font === 'hangul') needed.add(font);
    }
  }
  return needed;
}

/**
 * The Chinese and Korean fonts a set of texts needs whole: those with a character their common
 * cut (commonCuts.ts) lacks. Every other font comes from its cut, a fraction of the download.
 */
export function wholeFontsNeeded(texts: Iterable<string>): Set<FontKey> {
  const whole = new Set<FontKey>();
  for (const text of texts) {
    for (const char of text) {
      const font = fontForChar(char, false);
      if ((font === 'cjk' || font === 'hangul') && !cutCharacters(font).has(char)) whole.add(font);
    }
  }
  return whole;
}
