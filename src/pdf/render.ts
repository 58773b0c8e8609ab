import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import type { Layout } from './layout';
import { cleanText, type FontKey } from './scripts';
import { markPdfStep } from './timing';

/** A TrueType font as jsPDF wants it: the file's bytes as a binary string. */
export type FontData = Partial<Record<FontKey, string>>;

/** jsPDF family and style for each of our fonts; CJK fonts have one weight, used for bold too. */
const JSPDF_FONT: Record<FontKey, [family: string, style: string]> = {
  sans: ['DejaVuSans', 'normal'],
  sansBold: ['DejaVuSans', 'bold'],
  sansItalic: ['DejaVuSans', 'italic'],
  sansBoldItalic: ['DejaVuSans', 'bolditalic'],
  cjk: ['NotoSansSC', 'normal'],
  hangul: ['NotoSansKR', 'normal'],
};

export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  creator: string;
  language: string;
}

/** The parts of jsPDF's parsed TrueType font that a document writes into or embeds (not in jsPDF's typings). */
interface ParsedFont {
  toUnicode: Record<number, number>;
  Unicode?: unknown;
  post: { raw: () => number[] };
  subset: { encode: (glyphs: number[], indexToLocFormat: number) => number[] };
}
type FontParser = { open: (file: Uint8Array) => ParsedFont };

/**
 * Makes a parsed font cheaper to embed, once: the glyph-name table (60 KB in DejaVu) becomes
 * its 32-byte header (format 3: no names, which a PDF's CID font never uses), and a subset of
 * the same glyphs is encoded once however many times it is exported.
 */
function slim(font: ParsedFont): ParsedFont {
  const post = font.post.raw().slice(0, 32);
  post.splice(0, 4, 0, 3, 0, 0);
  font.post.raw = () => post;
  const encode = font.subset.encode.bind(font.subset);
  const encoded = new Map<string, number[]>();
  font.subset.encode = (glyphs, indexToLocFormat) => {
    const key = `${indexToLocFormat}:${[...new Set(glyphs)].sort((a, b) => a - b).join(',')}`;
    let bytes = encoded.get(key);
    if (!bytes) {
      bytes = encode(glyphs, indexToLocFormat);
      encoded.clear();
      encoded.set(key, bytes);
    }
    return bytes;
  };
  return font;
}

/** Each font file parsed once per page load: jsPDF would parse it again for every document. */
const parsed = new Map<string, ParsedFont>();
/** What jsPDF's TrueType loader reads from its virtual file system once a font is parsed: just the magic number. */
const PARSED_STUB = '\u0000\u0001\u0000\u0000';

/** Registers a font, handing jsPDF the font parsed by an earlier document when there is one. */
function addFont(doc: jsPDF, key: FontKey, data: string) {
  const [family, style] = JSPDF_FONT[key];
  const parser = (jsPDF.API as unknown as { TTFFont: FontParser }).TTFFont;
  const open = parser.open;
  const cached = parsed.get(data);
  parser.open = (file) => {
    if (cached) {
      // Per-document state starts empty, so a file carries only its own glyphs' widths and names.
      cached.toUnicode = {};
      cached.Unicode = undefined;
      return cached;
    }
    const font = slim(open(file));
    parsed.set(data, font);
    return font;
  };
  try {
    doc.addFileToVFS(`${key}.ttf`, cached ? PARSED_STUB : data);
    doc.addFont(`${key}.ttf`, family, style, undefined, 'Identity-H');
  } finally {
    parser.open = open;
  }
}

type Filters = (data: string, filters: string[] | string) => { data: string; reverseChain: string };

/** Bytes of a binary string, and back, in slices: one call per byte is slow for a 100 KB font. */
function binaryToBytes(data: string): Uint8Array {
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
  return bytes;
}
function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Compressed font streams by content: a font subset exported again is not compressed again. */
const deflated = new Map<string, string>();
const DEFLATED_KEPT = 12;

/**
 * jsPDF's Flate filter builds its output one character at a time; this one does the same work
 * in slices, and keeps the last few large results.
 */
function installFastDeflate() {
  const api = jsPDF.API as unknown as { processDataByFilters: Filters; cpmFastDeflate?: boolean };
  if (api.cpmFastDeflate) return;
  const original = api.processDataByFilters;
  api.processDataByFilters = (data, filters) => {
    const chain = typeof filters === 'string' ? [filters] : filters;
    if (chain.length !== 1 || chain[0]!.replace('/', '') !== 'FlateEncode') return original(data, filters);
    let out = deflated.get(data);
    if (out === undefined) {
      out = bytesToBinary(zlibSync(binaryToBytes(data)));
      if (data.length > 4096) {
        if (deflated.size >= DEFLATED_KEPT) deflated.delete(deflated.keys().next().value!);
        deflated.set(data, out);
      }
    }
    return { data: out, reverseChain: '/FlateDecode' };
  };
  api.cpmFastDeflate = true;
}

/** A jsPDF document with our fonts registered, for measuring and then drawing. */
export function createDocument(paper: 'letter' | 'a4', fonts: FontData): jsPDF {
  installFastDeflate();
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  for (const [key, data] of Object.entries(fonts) as Array<[FontKey, string]>) addFont(doc, key, data);
  return doc;
}

/** Widths at 1 pt by font and text: the same words are measured again and again. */
const unitWidths = new Map<string, number>();

/** Width of text in points, as the PDF will draw it. */
export function measureWith(doc: jsPDF) {
  return (text: string, font: FontKey, size: number) => {
    const key = `${font}\u0000${text}`;
    let unit = unitWidths.get(key);
    if (unit === undefined) {
      const [family, style] = JSPDF_FONT[font];
      doc.setFont(family, style);
      unit = doc.getStringUnitWidth(text);
      unitWidths.set(key, unit);
    }
    return unit * size;
  };
}

/** Draws a finished layout; nothing is decided here. Font, size and colours are set only when they change. */
export function drawLayout(doc: jsPDF, layout: Layout, meta: PdfMetadata): ArrayBuffer {
  // Metadata is shown by PDF readers as is: no control characters, and one line.
  const plain = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim();
  doc.setProperties({
    title: plain(meta.title),
    subject: plain(meta.subject),
    author: plain(meta.author),
    creator: meta.creator,
    keywords: 'CPM, Core Practice Model',
  });
  doc.setLanguage(meta.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  layout.pages.forEach((page, index) => {
    if (index > 0) doc.addPage();
    const state = new Map<string, string | number>();
    /** Calls `apply` unless `key` already has `value` on this page. */
    const set = (key: string, value: string | number, apply: () => void) => {
      if (state.get(key) === value) return;
      state.set(key, value);
      apply();
    };
    for (const item of page.items) {
      if (item.type === 'text') {
        set('font', item.font, () => doc.setFont(...JSPDF_FONT[item.font]));
        set('size', item.size, () => doc.setFontSize(item.size));
        set('ink', item.color, () => doc.setTextColor(item.color));
        doc.text(item.text, item.x, item.y);
      } else if (item.type === 'rule') {
        set('draw', item.color, () => doc.setDrawColor(item.color));
        set('line', item.width, () => doc.setLineWidth(item.width));
        doc.line(item.x1, item.y1, item.x2, item.y2);
      } else {
        set('fill', item.fill, () => doc.setFillColor(item.fill));
        doc.rect(item.x, item.y, item.w, item.h, 'F');
      }
    }
  });
  markPdfStep('drawn');
  const bytes = doc.output('arraybuffer');
  markPdfStep('output');
  return bytes;
}
