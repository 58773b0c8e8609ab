/**
 * The language of text in another script than the document's English, as far as the script
 * tells it, so a screen reader switches voice (a tagged PDF's /Lang on a span). Han is Chinese
 * unless kana says Japanese; Cyrillic is read as Russian, the likeliest in a California county;
 * Latin words with Vietnamese-only letters are Vietnamese, and so are plain Latin words between
 * two of them ("Nguyễn Thị Minh Khai nói"). Other Latin text (Spanish, Tagalog) cannot be told
 * from English by its letters and stays in the document's language.
 */

export interface LanguageRun {
  text: string;
  /** BCP 47 tag, or undefined for the document's own language. */
  lang?: string;
}

/** Text in these ranges (Latin, general punctuation) has no other language to tell; ơ and ư are left out for Vietnamese. */
const PLAIN = /^[\u0020-\u019f\u01a2-\u01ae\u01b1-\u024f\u2000-\u206f]*$/u;
const VIETNAMESE = /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Latin}/u, 'latin'],
];

/** A character's script as a language, or undefined for spaces, digits and punctuation. */
function scriptOf(char: string): string | undefined {
  for (const [pattern, lang] of SCRIPTS) if (pattern.test(char)) return lang;
  return undefined;
}

interface Token {
  text: string;
  lang: string | undefined;
}

/** Splits text into words of one script and the neutral characters between them. */
function tokens(text: string, japanese: boolean): Token[] {
  const out: Token[] = [];
  for (const char of text) {
    let lang = /[\p{L}\p{M}]/u.test(char) ? scriptOf(char) : undefined;
    if (lang === 'zh' && japanese) lang = 'ja';
    const last = out[out.length - 1];
    if (last && last.lang === lang) last.text += char;
    else out.push({ text: char, lang });
  }
  for (const token of out) if (token.lang === 'latin' && VIETNAMESE.test(token.text)) token.lang = 'vi';
  return out;
}

/** Plain Latin words between two Vietnamese ones are Vietnamese too. */
function joinVietnamese(words: Token[]): void {
  const strong = words.filter((t) => t.lang !== undefined);
  strong.forEach((token, i) => {
    if (token.lang !== 'latin') return;
    const before = strong
      .slice(0, i)
      .reverse()
      .find((t) => t.lang !== 'latin');
    const after = strong.slice(i + 1).find((t) => t.lang !== 'latin');
    if (before?.lang === 'vi' && after?.lang === 'vi') token.lang = 'vi';
  });
}

/**
 * The text in runs of one language each, split where a space is: the punctuation that ends a
 * word stays with it ("пожаловать,"), the space and what opens the next word go with that
 * word (" (continued)" after a Chinese caption), so no run starts or ends inside a phrase.
 */
export function languageRuns(text: string): LanguageRun[] {
  if (PLAIN.test(text)) return [{ text }];
  const words = tokens(text, KANA.test(text));
  joinVietnamese(words);
  const runs: LanguageRun[] = [];
  let pending = '';
  for (const token of words) {
    if (token.lang === undefined) {
      pending += token.text;
      continue;
    }
    const lang = token.lang === 'latin' ? undefined : token.lang;
    const last = runs[runs.length - 1];
    if (last && last.lang === lang) last.text += pending + token.text;
    else {
      const space = last ? pending.search(/\s|$/) : 0;
      if (last) last.text += pending.slice(0, space);
      runs.push(lang ? { text: pending.slice(space) + token.text, lang } : { text: pending.slice(space) + token.text });
    }
    pending = '';
  }
  if (!runs.length) return [{ text }];
  runs[runs.length - 1]!.text += pending;
  return runs;
}
