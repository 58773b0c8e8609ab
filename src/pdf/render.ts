import { jsPDF } from 'jspdf';
import type { Layout } from './layout';
import type { FontKey } from './scripts';

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

/** The parts of jsPDF's parsed TrueType font that a document writes into (not in jsPDF's typings). */
interface ParsedFont {
  toUnicode: Record<number, number>;
  Unicode?: unknown;
}
type FontParser = { open: (file: Uint8Array) => ParsedFont };

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
    const font = open(file);
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

/** A jsPDF document with our fonts registered, for measuring and then drawing. */
export function createDocument(paper: 'letter' | 'a4', fonts: FontData): jsPDF {
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

/** Draws a finished layout; nothing is decided here. */
export function drawLayout(doc: jsPDF, layout: Layout, meta: PdfMetadata): ArrayBuffer {
  doc.setProperties({ title: meta.title, subject: meta.subject, author: meta.author, creator: meta.creator, keywords: 'CPM, Core Practice Model' });
  doc.setLanguage(meta.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  layout.pages.forEach((page, index) => {
    if (index > 0) doc.addPage();
    for (const item of page.items) {
      if (item.type === 'text') {
        const [family, style] = JSPDF_FONT[item.font];
        doc.setFont(family, style);
        doc.setFontSize(item.size);
        doc.setTextColor(item.color);
        doc.text(item.text, item.x, item.y);
      } else if (item.type === 'rule') {
        doc.setDrawColor(item.color);
        doc.setLineWidth(item.width);
        doc.line(item.x1, item.y1, item.x2, item.y2);
      } else {
        doc.setFillColor(item.fill);
        doc.rect(item.x, item.y, item.w, item.h, 'F');
      }
    }
  });
  return doc.output('arraybuffer');
}
