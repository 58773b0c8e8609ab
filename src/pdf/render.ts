import { jsPDF } from 'jspdf';
import { installFastDeflate } from './deflate';
import { addParsedFont } from './fontCache';
import { embedFontsOurselves } from './fontEmbed';
import type { Layout } from './layout';
import { cleanText, type FontKey } from './scripts';
import { markPdfStep } from './timing';
import { TextWriter } from './textWriter';
import type { ContentBlock } from './content';
import { throwHandlerErrors } from './events';
import { structureOf } from './structure';
import { Tagging } from './tagging';

/** The TrueType files of the fonts a document uses. */
export type FontData = Partial<Record<FontKey, Uint8Array>>;

/** jsPDF family and style for each of our fonts; CJK fonts have one weight, used for bold too. */
export const JSPDF_FONT: Record<FontKey, [family: string, style: string]> = {
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

/** A jsPDF document with our fonts registered, for measuring and then drawing. */
export function createDocument(paper: 'letter' | 'a4', fonts: FontData): jsPDF {
  installFastDeflate();
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  embedFontsOurselves(doc);
  for (const [key, file] of Object.entries(fonts) as Array<[FontKey, Uint8Array]>)
    addParsedFont(doc, file, `${key}.ttf`, ...JSPDF_FONT[key]);
  return doc;
}

/** Widths at 1 pt by font and text: the same words are measured again and again. */
const unitWidths = new Map<FontKey, Map<string, number>>();

/** Width of text in points, as the PDF will draw it. */
export function measureWith(doc: jsPDF) {
  return (text: string, font: FontKey, size: number) => {
    let widths = unitWidths.get(font);
    if (!widths) unitWidths.set(font, (widths = new Map<string, number>()));
    let unit = widths.get(text);
    if (unit === undefined) {
      const [family, style] = JSPDF_FONT[font];
      doc.setFont(family, style);
      unit = doc.getStringUnitWidth(text);
      widths.set(text, unit);
    }
    return unit * size;
  };
}

/**
 * Draws a finished layout of `blocks` as a tagged PDF; nothing is decided here. Font, size and
 * colours are set only when they change.
 */
export function drawLayout(doc: jsPDF, layout: Layout, blocks: ContentBlock[], meta: PdfMetadata): void {
  // Metadata is shown by PDF readers as is: no control characters, and one line.
  const plain = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim();
  const title = plain(meta.title);
  doc.setProperties({
    title,
    subject: plain(meta.subject),
    author: plain(meta.author),
    creator: meta.creator,
    keywords: 'CPM, Core Practice Model',
  });
  // The language goes in the catalog with the structure (jsPDF's setLanguage drops tags outside its list).
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  const tagging = new Tagging(doc, structureOf(blocks, layout), { title, language: meta.language });
  const text = new TextWriter(doc);
  layout.pages.forEach((page, index) => {
    if (index > 0) doc.addPage();
    text.newPage();
    const state = new Map<string, string | number>();
    /** Calls `apply` unless `key` already has `value` on this page. */
    const set = (key: string, value: string | number, apply: () => void) => {
      if (state.get(key) === value) return;
      state.set(key, value);
      apply();
    };
    page.items.forEach((item, at) => {
      tagging.mark(item, at);
      if (item.type === 'text') {
        text.draw(item, ...JSPDF_FONT[item.font]);
      } else if (item.type === 'rule') {
        set('draw', item.color, () => doc.setDrawColor(item.color));
        set('line', item.width, () => doc.setLineWidth(item.width));
        doc.line(item.x1, item.y1, item.x2, item.y2);
      } else {
        // Text sets the fill colour too, so boxes and text share one record of it.
        text.setFill(item.fill);
        doc.rect(item.x, item.y, item.w, item.h, 'F');
      }
    });
    tagging.endPage();
  });
  markPdfStep('drawn');
}

/** The drawn document as PDF bytes. */
export function pdfBytes(doc: jsPDF): ArrayBuffer {
  const bytes = doc.output('arraybuffer');
  throwHandlerErrors(doc);
  markPdfStep('output');
  return bytes;
}

/** Each page's operators, joined as jsPDF joins them for output. */
export function pageStreams(doc: jsPDF): string[] {
  return (doc.internal.pages as unknown as Array<string[] | undefined>).flatMap((page) => (page ? [page.join('\n')] : []));
}

/** jsPDF's record of each of our fonts in a document (what it drew with them), for embedding. */
export function fontRecords<T>(doc: jsPDF, fonts: FontData): T[] {
  const fontsOf = doc as unknown as { getFont(family: string, style: string): { metadata: T } };
  return (Object.keys(fonts) as FontKey[]).map((key) => fontsOf.getFont(...JSPDF_FONT[key]).metadata);
}
