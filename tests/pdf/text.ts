import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfWord {
  page: number;
  text: string;
  x: number;
  /** Distance from the top of the page to the baseline. */
  y: number;
  width: number;
  height: number;
  pageWidth: number;
  pageHeight: number;
}

export interface PdfText {
  pages: number;
  /** Each page's text, items joined by spaces. */
  pageTexts: string[];
  /** All text, pages joined, whitespace collapsed. */
  all: string;
  words: PdfWord[];
  info: Record<string, unknown>;
}

/** Reads a PDF's text layer with pdf.js, as a reader's PDF viewer would. */
export async function readPdf(bytes: ArrayBuffer | Uint8Array): Promise<PdfText> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const doc = await getDocument({ data: data.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pageTexts: string[] = [];
  const words: PdfWord[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str);
      const [, , , , x, y] = item.transform as number[];
      words.push({
        page: n,
        text: item.str,
        x: x!,
        y: viewport.height - y!,
        width: item.width,
        height: item.height,
        pageWidth: viewport.width,
        pageHeight: viewport.height,
      });
    }
    pageTexts.push(parts.join(' '));
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return {
    pages: doc.numPages,
    pageTexts,
    all: pageTexts.join(' ').replace(/\s+/g, ' '),
    words,
    info: meta.info as Record<string, unknown>,
  };
}
