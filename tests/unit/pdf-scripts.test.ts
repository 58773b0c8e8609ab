import { describe, expect, it } from 'vitest';
import {
  cleanText,
  fontForChar,
  fontsNeeded,
  replaceUndrawable,
  REPLACEMENT,
  splitByFont,
  undrawable,
  wholeFontsNeeded,
  type FontKey,
} from '../../src/pdf/scripts';
import { cutCharacters } from '../../src/pdf/commonCuts';
import { fontHasGlyph } from '../pdf/cmap';

/** The font of every character of `text` (by code point). */
const fontsOf = (text: string, bold = false) => [...new Set([...text].map((char) => fontForChar(char, bold)))];

const LATIN = [
  'Child welfare',
  'María José Peña',
  'Niñez y familia: ¿Cómo está? ¡Adelante!',
  'Salamat po sa inyong tulong',
  'Mabuhay! Salamát, Magandáng umaga',
  'Nguyễn',
  'Nguyễn Thị Minh Khai',
  'Trường học, Đà Nẵng',
];
const RUSSIAN = 'Добро пожаловать';
const ARMENIAN = 'Բարի գալուստ';
const CHINESE = '儿童福利';
const KOREAN = '안녕하세요';
const HEBREW = 'שלום';
const ARABIC = 'مرحبا';
const EMOJI = ['🙂', '👍🏽', '👨‍👩‍👧'];

describe('fontForChar', () => {
  it.each(LATIN)('Latin with accents is drawn with sans: %s', (text) => {
    expect(fontsOf(text)).toEqual(['sans']);
    expect(fontsOf(text, true)).toEqual(['sansBold']);
  });

  it('Russian and Armenian are drawn with sans', () => {
    expect(fontsOf(RUSSIAN)).toEqual(['sans']);
    expect(fontsOf(ARMENIAN)).toEqual(['sans']);
    expect(fontsOf(`${RUSSIAN} ${ARMENIAN}`, true)).toEqual(['sansBold']);
  });

  it('Chinese uses the CJK font, in bold too (it has one weight)', () => {
    expect(fontsOf(CHINESE)).toEqual(['cjk']);
    expect(fontsOf(CHINESE, true)).toEqual(['cjk']);
    expect(fontForChar('。', false)).toBe('cjk');
    expect(fontForChar('，', false)).toBe('cjk');
  });

  it('Korean uses the Hangul font', () => {
    expect(fontsOf(KOREAN)).toEqual(['hangul']);
    expect(fontsOf(KOREAN, true)).toEqual(['hangul']);
  });

  it('Hebrew, Arabic and emoji have no font', () => {
    for (const char of [...HEBREW, ...ARABIC, '🙂', '👍', '👨']) expect(fontForChar(char, false), char).toBeUndefined();
  });

  it.each(['©', '™', '“', '”', '—', '…', '‘', '’', '–', '•', '€', '°', '½'])('typographic symbol %s is drawable with sans', (char) => {
    expect(fontForChar(char, false)).toBe('sans');
    expect(fontForChar(char, true)).toBe('sansBold');
    expect(undrawable(`Quality ${char} counts`)).toEqual([]);
  });

  it('combining accents (Vietnamese typed decomposed) are drawable', () => {
    expect(fontForChar('\u0302', false)).toBe('sans');
    expect(fontForChar('\u0303', false)).toBe('sans');
    expect(undrawable('Nguye\u0302\u0303n')).toEqual([]);
  });
});

describe('splitByFont', () => {
  it('keeps one run for text in one script', () => {
    expect(splitByFont('María José Peña', false)).toEqual([{ text: 'María José Peña', font: 'sans' }]);
    expect(splitByFont(RUSSIAN, true)).toEqual([{ text: RUSSIAN, font: 'sansBold' }]);
  });

  it('splits mixed text into runs per font, in order, losing nothing', () => {
    const text = `CFT ${CHINESE} and ${KOREAN}: ${ARMENIAN}`;
    const runs = splitByFont(text, false);
    expect(runs).toEqual([
      { text: 'CFT ', font: 'sans' },
      { text: CHINESE, font: 'cjk' },
      { text: ' and ', font: 'sans' },
      { text: KOREAN, font: 'hangul' },
      { text: `: ${ARMENIAN}`, font: 'sans' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('bold text uses sansBold for Latin and the single-weight CJK fonts for CJK', () => {
    expect(splitByFont(`Nguyễn ${CHINESE}`, true)).toEqual([
      { text: 'Nguyễn ', font: 'sansBold' },
      { text: CHINESE, font: 'cjk' },
    ]);
  });

  it('never produces two neighbouring runs in the same font', () => {
    const runs = splitByFont(`a${CHINESE}b${KOREAN}c${CHINESE}${KOREAN}`, false);
    runs.forEach((run, i) => {
      if (i > 0) expect(run.font).not.toBe(runs[i - 1]!.font);
    });
    expect(runs.map((r) => r.font)).toEqual(['sans', 'cjk', 'sans', 'hangul', 'sans', 'cjk', 'hangul']);
  });

  it('empty text has no runs', () => {
    expect(splitByFont('', false)).toEqual([]);
  });
});

describe('fontsNeeded', () => {
  const needed = (...texts: string[]) => [...fontsNeeded(texts)].sort();

  it('always the two sans weights, nothing more for Latin, Cyrillic and Armenian', () => {
    expect(needed()).toEqual(['sans', 'sansBold']);
    expect(needed(...LATIN, RUSSIAN, ARMENIAN, '©“”—…')).toEqual(['sans', 'sansBold']);
  });

  it('adds cjk only when Chinese is present', () => {
    expect(needed('Hello', `CFT ${CHINESE}`)).toEqual(['cjk', 'sans', 'sansBold']);
  });

  it('adds hangul only when Korean is present', () => {
    expect(needed('Hello', KOREAN)).toEqual(['hangul', 'sans', 'sansBold']);
  });

  it('adds both when both are present, anywhere in the texts', () => {
    expect(needed('x', `${KOREAN} then ${CHINESE}`)).toEqual(['cjk', 'hangul', 'sans', 'sansBold']);
  });

  it('undrawable text does not pull in any font', () => {
    expect(needed(HEBREW, ARABIC, ...EMOJI)).toEqual(['sans', 'sansBold']);
  });
});

describe('the common cuts of the Chinese and Korean fonts', () => {
  const whole = (...texts: string[]) => [...wholeFontsNeeded(texts)].sort();

  it('hold the characters of the national standard sets, simplified and traditional, and the Korean syllables', () => {
    const han = [...cutCharacters('cjk')].filter((char) => /\p{Script=Han}/u.test(char));
    const syllables = [...cutCharacters('hangul')].filter((char) => char >= '가' && char <= '힣');
    expect(han.length).toBeGreaterThan(8_800); // GB 2312's 6,763 and Big5's 5,401, less those in both
    expect(syllables).toHaveLength(2_350); // KS X 1001
    for (const char of '王小明陈陳黃黄儿童福利社會工作者') expect(cutCharacters('cjk').has(char)).toBe(true);
    for (const char of 'あアー、。！') expect(cutCharacters('cjk').has(char)).toBe(true);
  });

  it('names and answers in common characters need no whole font', () => {
    expect(whole('王小明', CHINESE, '社會工作者', '김민준', KOREAN, 'Nguyễn', ...LATIN)).toEqual([]);
  });

  it('a character beyond the cut asks for that font whole, and only that one', () => {
    // 㐀 (Extension A) and 鿏 are in the Chinese font but in neither standard set; 똠 is the
    // syllable KS X 1001 famously lacks.
    expect(fontHasGlyph('cjk', '㐀') && fontHasGlyph('cjk', '鿏')).toBe(true);
    expect(whole('王㐀明')).toEqual(['cjk']);
    expect(whole('鿏', '김민준')).toEqual(['cjk']);
    expect(whole('똠', '王小明')).toEqual(['hangul']);
  });
});

describe('undrawable', () => {
  it('finds nothing in text every font can draw', () => {
    expect(undrawable([...LATIN, RUSSIAN, ARMENIAN, CHINESE, KOREAN, '아동 복지', '©“”—…'].join('\n'))).toEqual([]);
  });

  it('lists the distinct Hebrew letters', () => {
    expect(undrawable(HEBREW)).toEqual(['ש', 'ל', 'ו', 'ם']);
    expect(undrawable(`${HEBREW} ${HEBREW}`)).toEqual(['ש', 'ל', 'ו', 'ם']);
  });

  it('lists the Arabic letters', () => {
    expect(undrawable(ARABIC)).toEqual(['م', 'ر', 'ح', 'ب', 'ا']);
  });

  it.each(EMOJI)('reports the emoji %s as one cluster', (emoji) => {
    expect(undrawable(`Great ${emoji}!`)).toEqual([emoji]);
  });

  it('reports each emoji once, in order of appearance', () => {
    expect(undrawable('🙂 a 👍🏽 b 🙂 👨‍👩‍👧')).toEqual(['🙂', '👍🏽', '👨‍👩‍👧']);
  });

  it('a flag emoji is one cluster no font can draw', () => {
    // Regional indicators are Common script, but DejaVu Sans has no glyph for them.
    expect(undrawable('Go team 🇺🇸')).toEqual(['🇺🇸']);
  });

  it('ignores newlines and control characters', () => {
    expect(undrawable('one\ntwo\r\nthree\u0007\u0000')).toEqual([]);
  });
});

describe('replaceUndrawable', () => {
  it('leaves drawable text unchanged', () => {
    const text = [...LATIN, RUSSIAN, ARMENIAN, CHINESE, KOREAN, '©“”—…'].join('\n');
    expect(replaceUndrawable(text)).toBe(text);
  });

  it.each(EMOJI)('replaces the whole emoji cluster %s with ONE marker', (emoji) => {
    expect(replaceUndrawable(`Great ${emoji}`)).toBe(`Great ${REPLACEMENT}`);
    expect(replaceUndrawable(emoji)).toBe('[?]');
  });

  it('replaces every Hebrew and Arabic letter, keeping spaces and newlines', () => {
    expect(replaceUndrawable(`Shalom ${HEBREW}\nMarhaba ${ARABIC}`)).toBe('Shalom [?][?][?][?]\nMarhaba [?][?][?][?][?]');
  });

  it('replaces a mix of emoji, one marker per cluster', () => {
    expect(replaceUndrawable('🙂👍🏽 👨‍👩‍👧!')).toBe('[?][?] [?]!');
  });

  it('replaces a flag emoji with one marker', () => {
    expect(replaceUndrawable('Go team 🇺🇸')).toBe('Go team [?]');
  });

  it('the result is always drawable', () => {
    const result = replaceUndrawable(`Great 🙂 ${HEBREW} ${ARABIC} 👨‍👩‍👧 ${CHINESE}`);
    expect(undrawable(result)).toEqual([]);
    expect(result).toBe(`Great [?] [?][?][?][?] [?][?][?][?][?] [?] ${CHINESE}`);
  });
});

describe('cleanText', () => {
  it('NFC-normalizes: decomposed Vietnamese becomes precomposed', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    expect(decomposed).not.toBe('Nguyễn');
    expect(cleanText(decomposed)).toBe('Nguyễn');
    expect(cleanText(decomposed)).toBe('Nguy\u1ec5n');
    expect([...cleanText(decomposed)]).toHaveLength(6);
    expect(cleanText('Pen\u0303a')).toBe('Peña');
  });

  it('turns tabs into spaces', () => {
    const cleaned = cleanText('a\tb\t\tc');
    expect(cleaned).not.toContain('\t');
    expect(cleaned).toMatch(/^a +b +c$/);
    expect(cleaned).toBe('a    b        c');
  });

  it('strips control characters but keeps newlines', () => {
    expect(cleanText('one\u0000two\u0007three\u001bfour\u007ffive\u0085six')).toBe('onetwothreefourfivesix');
    expect(cleanText('line 1\nline 2\n\nline 4')).toBe('line 1\nline 2\n\nline 4');
  });

  it('turns Windows and old Mac line ends into newlines', () => {
    expect(cleanText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('leaves ordinary text, CJK and typographic punctuation alone', () => {
    const text = `María “quoted” — ${CHINESE} ${KOREAN}…`;
    expect(cleanText(text)).toBe(text);
  });
});

describe('font keys', () => {
  it('every drawable character maps to one of the four embedded fonts', () => {
    const keys: Array<FontKey | undefined> = [...`aДԲ${CHINESE}${KOREAN}©`].map((c) => fontForChar(c, false));
    expect(keys).toEqual(['sans', 'sans', 'sans', 'cjk', 'cjk', 'cjk', 'cjk', 'hangul', 'hangul', 'hangul', 'hangul', 'hangul', 'sans']);
  });
});

describe('fontForChar agrees with the real font files', () => {
  // What people paste into forms: accents, other alphabets, CJK, typographic and "fancy" characters.
  const TYPED = [...LATIN, RUSSIAN, ARMENIAN, CHINESE, KOREAN, '아동 복지 儿童福利，。', '©®™“”‘’—–…•€°½№→←', '𝐁𝐨𝐥𝐝 𝑖𝑡𝑎𝑙𝑖𝑐', '🇺🇸🇲🇽'].join(
    '',
  );

  it('every character given a font has a glyph in that font (none would print as an empty box)', () => {
    const missing = [...new Set(TYPED)]
      .filter((char) => char.trim())
      .flatMap((char) => {
        const font = fontForChar(char, false);
        return font && !fontHasGlyph(font, char) ? [`${char} U+${char.codePointAt(0)!.toString(16).toUpperCase()} → ${font}`] : [];
      });
    expect(missing).toEqual([]);
  }, 60_000);
});

describe('the fonts really have the typographic symbols', () => {
  it('DejaVu Sans (both weights) has ©, ™, curly quotes, dashes and the ellipsis', () => {
    for (const char of ['©', '™', '“', '”', '—', '…']) {
      expect(fontHasGlyph('sans', char), char).toBe(true);
      expect(fontHasGlyph('sansBold', char), char).toBe(true);
    }
  }, 60_000);
});

describe('text that looks empty but is not', () => {
  it.each([
    ['a letter with a zero-width joiner prints as the letter', 'a\u200d', 'a'],
    ['a zero-width space between words goes', 'two\u200bwords', 'twowords'],
    ['a direction override goes, so the word reads in order', '\u202eevil', 'evil'],
    ['a byte-order mark goes', '\ufeffName', 'Name'],
    ['control characters go', 'Ana\u0000\u0007 Reyes', 'Ana Reyes'],
  ])('%s', (_label, input, expected) => {
    expect(cleanText(input)).toBe(expected);
    expect(undrawable(input)).toEqual([]);
  });
});
