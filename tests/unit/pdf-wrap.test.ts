import { describe, expect, it } from 'vitest';
import { wrap, type TextWidth } from '../../src/pdf/wrap';

/** Every character 5 pt wide at 10 pt: line widths are easy to reason about. */
const width: TextWidth = (text, _bold, _italic, size) => [...text].length * size * 0.5;
const lineTexts = (lines: ReturnType<typeof wrap>) => lines.map((line) => line.segments.map((s) => s.text).join(''));

describe('wrap', () => {
  it('breaks between words only, and every word is kept', () => {
    const lines = lineTexts(wrap([{ text: 'one two three four five six seven' }], 60, 10, width));
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven']);
  });

  it('keeps an opening quote with its word, across a change of weight: offers “**intervention**”', () => {
    const words = [{ text: 'and offers “' }, { text: 'intervention', bold: true }, { text: '” at two levels' }];
    // From the narrowest line the quoted word fits on (a word wider than the line breaks by letter).
    for (let w = 75; w <= 200; w += 5) {
      for (const line of lineTexts(wrap(words, w, 10, width))) {
        expect(line.trim(), `width ${w}`).not.toMatch(/“$/);
        expect(line.trim(), `width ${w}`).not.toMatch(/^”/);
      }
    }
    // The quoted word is one word: its styles stay apart.
    const [only] = wrap(words, 1000, 10, width);
    expect(only!.segments.map((s) => [s.text, s.bold])).toEqual([
      ['and offers “', false],
      ['intervention', true],
      ['” at two levels', false],
    ]);
  });

  it('keeps a spaced ellipsis with the word before it, and one that opens a paragraph with the word after', () => {
    const before = [{ text: 'the system-level intervention) . . .' }];
    for (let w = 100; w <= 220; w += 5)
      expect(
        lineTexts(wrap(before, w, 10, width)).some((l) => /^\./.test(l)),
        `width ${w}`,
      ).toBe(false);
    const after = [{ text: '. . . And building local capacities' }];
    for (let w = 60; w <= 220; w += 5) expect(lineTexts(wrap(after, w, 10, width))[0], `width ${w}`).toMatch(/^\. \. \. And/);
  });

  it('keeps italics apart from regular text in its segments', () => {
    const [line] = wrap([{ text: 'created and designed', italic: true }, { text: ' by stakeholders' }], 1000, 10, width);
    expect(line!.segments).toEqual([
      { text: 'created and designed', bold: false, italic: true },
      { text: ' by stakeholders', bold: false, italic: false },
    ]);
  });

  it('breaks a word wider than the line between letters, and CJK text between characters', () => {
    const long = 'x'.repeat(50);
    const lines = lineTexts(wrap([{ text: long }], 100, 10, width));
    expect(lines.join('')).toBe(long);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lineTexts(wrap([{ text: '儿童福利工作以家庭为中心' }], 30, 10, width))).toEqual(['儿童福利工作', '以家庭为中心']);
  });

  it('starts a new line at a line break, and keeps an empty line for two', () => {
    expect(lineTexts(wrap([{ text: 'first\nsecond\n\nfourth' }], 1000, 10, width))).toEqual(['first', 'second', '', 'fourth']);
  });
});
