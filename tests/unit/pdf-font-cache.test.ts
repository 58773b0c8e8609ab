import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf, exportPdf, worksheetDocument, worksheetFonts } from '../../src/pdf/worksheetPdf';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { nodeFonts } from '../pdf/fonts';
import { readPdf } from '../pdf/text';

const SLOW = 60_000;

const CYRILLIC = 'Добро пожаловать';
const VIETNAMESE = 'Nguyễn Thị Minh Khai';

interface ParsedTrueType {
  characterToGlyph(code: number): number;
  glyf: { glyphFor(glyph: number): unknown };
}
const parser = (jsPDF.API as unknown as { TTFFont: { open(file: Uint8Array): ParsedTrueType } }).TTFFont;

/** Every compressed stream of a PDF with its dictionary, inflated (the XMP metadata is left plain, for tools that read it). */
function streams(bytes: ArrayBuffer): Array<{ dict: string; data: Buffer }> {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('latin1');
  return [...text.matchAll(/<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g)]
    .filter((match) => match[1]!.includes('/FlateDecode'))
    .map((match) => {
      const start = match.index + match[0].length;
      return { dict: match[1]!, data: inflateSync(buffer.subarray(start, text.indexOf('endstream', start))) };
    });
}

/** The embedded font files (FontFile2: TrueType, with their length before compression). */
const fontFiles = (bytes: ArrayBuffer) =>
  streams(bytes)
    .filter((stream) => /\/Length1 /.test(stream.dict) && stream.data.readUInt32BE(0) === 0x10000)
    .map((stream) => stream.data);

/** Whether some embedded font has an outline for each letter of `text`. */
function drawsLetters(bytes: ArrayBuffer, text: string): boolean {
  const fonts = fontFiles(bytes).map((file) => parser.open(new Uint8Array(file)));
  return [...text.replace(/\s/g, '')].every((char) =>
    fonts.some((font) => {
      const glyph = font.characterToGlyph(char.charCodeAt(0));
      return glyph !== 0 && font.glyf.glyphFor(glyph) !== null;
    }),
  );
}

function answersWith(text: string): Answers {
  const answers = emptyAnswers(TEMPLATE);
  answers.text['cover.name'] = 'Ana Ruiz';
  answers.text['benefits.families'] = text;
  return answers;
}

function build<T>(answers: Answers, make: (...args: Parameters<typeof buildPdf>) => T): T {
  const { blocks, footer, meta } = worksheetDocument(TEMPLATE, answers);
  return make(blocks, footer, nodeFonts(worksheetFonts(TEMPLATE, answers)), 'letter', meta);
}

describe('fonts across documents', () => {
  const open = parser.open.bind(parser);
  let parses = 0;
  let latin: ArrayBuffer;
  let cyrillic: ArrayBuffer;
  let latinAgain: ArrayBuffer;

  beforeAll(() => {
    parser.open = (file) => (parses++, open(file));
    latin = build(answersWith('Families feel heard.'), buildPdf);
    cyrillic = build(answersWith(`${CYRILLIC}, ${VIETNAMESE}`), buildPdf);
    latinAgain = build(answersWith('Families feel heard.'), buildPdf);
  });
  afterAll(() => {
    parser.open = open;
  });

  it('parses each font file once, however many documents use it', () => {
    expect(worksheetFonts(TEMPLATE, answersWith(CYRILLIC)).size).toBe(4);
    expect(parses).toBe(4);
  });

  it(
    'embeds in each document the glyphs it draws, and only those',
    async () => {
      expect(drawsLetters(cyrillic, CYRILLIC + VIETNAMESE)).toBe(true);
      expect(drawsLetters(latin, 'Families feel heard')).toBe(true);
      expect(drawsLetters(latin, 'ДбрпжлвНễịạ')).toBe(false);
      expect(drawsLetters(latinAgain, 'Дбрпжлв')).toBe(false);
      expect((await readPdf(cyrillic)).all).toContain(`${CYRILLIC}, ${VIETNAMESE}`);
      expect((await readPdf(latinAgain)).all).toContain('Families feel heard.');
    },
    SLOW,
  );

  it('embeds each face once, and a document built again embeds the same fonts', () => {
    const first = fontFiles(latin);
    expect(first).toHaveLength(4);
    expect(fontFiles(latinAgain).map((file, i) => file.equals(first[i]!))).toEqual([true, true, true, true]);
  });
});

describe('export compressed before output', () => {
  it(
    'reads the same as a document compressed as it is written, in every script',
    async () => {
      const answers = answersWith(`${CYRILLIC}, ${VIETNAMESE}, 儿童福利, 아동 복지`);
      const exported = await build(answers, exportPdf);
      const [early, late] = await Promise.all([readPdf(exported), readPdf(build(answers, buildPdf))]);
      expect(early.pageTexts).toEqual(late.pageTexts);
      expect(early.all).toContain('儿童福利');
      expect(drawsLetters(exported, `${CYRILLIC}${VIETNAMESE}儿童福利아동복지`)).toBe(true);
    },
    SLOW,
  );
});
