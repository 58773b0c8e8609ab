import { jsPDF } from 'jspdf';
import type { Layout } from './layout';
import type { FontKey } from './scripts';

/** A TrueType font as jsPDF wants it: the file's bytes as a binary string. */
export type FontData = Partial<Record<FontKey, string>>;

/** jsPDF family and style for each of our fonts; CJK fonts have one weight, used for bold too. */
const JSPDF_FONT: Record<FontKey, [family: string, style: string]> = {
  sans: ['DejaVuSans', 'normal'],
  sansBold: ['DejaVuSans', 'bold'],
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
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  for (const [key, data] of Object.entries(fonts) as Array<[FontKey, string]>) {
    const [family, style] = JSPDF_FONT[key];
    doc.addFileToVFS(`${key}.ttf`, data);
    doc.addFont(`${key}.ttf`, family, style, undefined, 'Identity-H');
  }
  return doc;
}

/** Width of text in points, as the PDF will draw it. */
export function measureWith(doc: jsPDF) {
  return (text: string, font: FontKey, size: number) => {
    const [family, style] = JSPDF_FONT[font];
    doc.setFont(family, style);
    return (doc.getStringUnitWidth(text) * size);
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
