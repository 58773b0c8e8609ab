import { jsPDF } from 'jspdf';

/**
 * jsPDF parses a TrueType file for every document that adds it (addFont → TTFFont.open), and
 * wants the file as a binary string. This adapter hands jsPDF the file's bytes and parses each
 * file once per page load; every document gets its own view of the parsed font.
 */

/** The parts of jsPDF's parsed TrueType font that a document writes into or embeds (not in jsPDF's typings). */
export interface ParsedFont {
  toUnicode: Record<number, number>;
  post: { raw: () => number[] };
  subset: { encode: (glyphs: number[], indexToLocFormat: number) => number[] };
}
type FontParser = { open: (file: Uint8Array) => ParsedFont };

/** The glyphs a subset holds, once each and in order: jsPDF passes one per character drawn. */
const glyphSet = (glyphs: number[]) => [...new Set(glyphs)].sort((a, b) => a - b);

/**
 * Makes a parsed font cheaper to embed, once: the glyph-name table becomes its 32-byte header
 * (format 3: no names, which a PDF's CID font never uses), the subset is encoded from each
 * glyph once (jsPDF reads a glyph again for every character drawn with it), and the last
 * subset is kept, so the same glyphs exported again are not encoded again.
 */
function slim(font: ParsedFont): ParsedFont {
  const post = font.post.raw().slice(0, 32);
  post.splice(0, 4, 0, 3, 0, 0);
  font.post.raw = () => post;
  const encode = font.subset.encode.bind(font.subset);
  let last: { key: string; bytes: number[] } | undefined;
  font.subset.encode = (glyphs, indexToLocFormat) => {
    const unique = glyphSet(glyphs);
    const key = `${indexToLocFormat}:${unique.join(',')}`;
    if (last?.key !== key) last = { key, bytes: encode(unique, indexToLocFormat) };
    return last.bytes;
  };
  return font;
}

const parsed = new WeakMap<Uint8Array, ParsedFont>();
/** What jsPDF's loader finds in its virtual file system: the TrueType magic number, so it decodes nothing. */
const TRUETYPE_STUB = '\u0000\u0001\u0000\u0000';

/**
 * One document's view of a parsed font: the tables are shared, while what jsPDF records per
 * document (the characters and glyphs drawn, their widths) lands on the view. jsPDF asks
 * hasOwnProperty('cmap') before drawing with a font, so the view has the cmap as its own.
 */
function documentView(font: ParsedFont & { cmap?: unknown }): ParsedFont {
  const view = Object.create(font, { cmap: { value: font.cmap, enumerable: true } }) as ParsedFont;
  view.toUnicode = {};
  return view;
}

/** The parsed font of a file, parsed the first time it is asked for. */
function parsedOnce(file: Uint8Array, open: FontParser['open']): ParsedFont {
  let font = parsed.get(file);
  if (!font) parsed.set(file, (font = slim(open(file))));
  return font;
}

/** Registers a font file with a document; the file is parsed once per page load, whatever the number of documents. */
export function addParsedFont(doc: jsPDF, file: Uint8Array, name: string, family: string, style: string): void {
  const parser = (jsPDF.API as unknown as { TTFFont: FontParser }).TTFFont;
  const open = parser.open;
  parser.open = () => documentView(parsedOnce(file, open));
  try {
    doc.addFileToVFS(name, TRUETYPE_STUB);
    doc.addFont(name, family, style, undefined, 'Identity-H');
  } finally {
    parser.open = open;
  }
}
