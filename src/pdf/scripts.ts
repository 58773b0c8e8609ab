/**
 * Which embedded font draws which characters. jsPDF has no font fallback, so every run of
 * text is drawn in a font chosen here by script; anything none of them can draw is reported
 * to the user before export instead of coming out as garbage.
 */
export type FontKey = 'sans' | 'sansBold' | 'cjk' | 'hangul';

/** Covered by DejaVu Sans: Latin (incl. Vietnamese), Greek, Cyrillic, Armenian, Georgian, symbols. */
const BASE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Common}\p{Script=Inherited}]$/u;
/** Covered by Noto Sans SC: Chinese characters, kana, bopomofo and CJK punctuation. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]$/u;
const HANGUL = /^\p{Script=Hangul}$/u;
/** Pictographs (emoji) and their joiners: Common script, but in no font we embed. */
const PICTOGRAPH = /^[\p{Extended_Pictographic}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]$/u;

/** Shown in the PDF in place of characters no embedded font can draw. */
export const REPLACEMENT = '[?]';

/** The font for one character, or undefined when no embedded font can draw it. */
export function fontForChar(char: string, bold: boolean): FontKey | undefined {
  if (CJK.test(char)) return 'cjk';
  if (HANGUL.test(char)) return 'hangul';
  if (PICTOGRAPH.test(char) && (char.codePointAt(0) ?? 0) > 0x2000) return undefined;
  if (BASE.test(char)) return bold ? 'sansBold' : 'sans';
  return undefined;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Letters as a reader sees them: "ễ" or a flag emoji is one, however many code points it has. */
function* clusters(text: string): Generator<string> {
  for (const { segment } of graphemes.segment(text)) yield segment;
}

const drawable = (cluster: string) => [...cluster].every((char) => fontForChar(char, false) !== undefined);

/** NFC text ready for the PDF: tabs become spaces, invisible control characters go. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** The distinct characters (as clusters) of `text` that no embedded font can draw. */
export function undrawable(text: string): string[] {
  const found = new Set<string>();
  for (const cluster of clusters(cleanText(text))) if (cluster !== '\n' && !drawable(cluster)) found.add(cluster);
  return [...found];
}

/** Replaces every cluster no font can draw with a visible marker. */
export function replaceUndrawable(text: string): string {
  let out = '';
  for (const cluster of clusters(text)) out += cluster === '\n' || drawable(cluster) ? cluster : REPLACEMENT;
  return out;
}

export interface FontRun {
  text: string;
  font: FontKey;
}

/** Splits text into runs that each use one font. Undrawable characters must be replaced first. */
export function splitByFont(text: string, bold: boolean): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text) {
    const font = fontForChar(char, bold) ?? (bold ? 'sansBold' : 'sans');
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/** Which fonts a set of texts needs, so large CJK fonts load only when CJK text is present. */
export function fontsNeeded(texts: Iterable<string>): Set<FontKey> {
  const needed = new Set<FontKey>(['sans', 'sansBold']);
  for (const text of texts) {
    for (const char of text) {
      const font = fontForChar(char, false);
      if (font === 'cjk' || font === 'hangul') needed.add(font);
    }
  }
  return needed;
}
