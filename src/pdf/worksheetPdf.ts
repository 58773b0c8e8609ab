import { participantName, worksheetTitle } from '../worksheet/answers';
import type { Answers, Template } from '../worksheet/types';
import { footerText, worksheetContent, type ContentBlock, type Words } from './content';
import { layoutContent, type Layout, type Measure, type Paper } from './layout';
import type { jsPDF } from 'jspdf';
import { precompress } from './deflate';
import { precompressSubsets } from './fontEmbed';
import { createDocument, drawLayout, fontRecords, measureWith, pageStreams, pdfBytes, type FontData, type PdfMetadata } from './render';
import { markPdfStep } from './timing';
import { fontsNeeded, latinFace, replaceUndrawable, undrawable, wholeFontsNeeded, type FontKey } from './scripts';

export interface PdfOptions {
  paper: Paper;
  /** Draw characters no font has as a visible [?] instead of refusing to export. */
  replaceUndrawable: boolean;
}

export class UndrawableTextError extends Error {
  constructor(readonly characters: string[]) {
    super(`The PDF fonts cannot draw: ${characters.join(' ')}`);
    this.name = 'UndrawableTextError';
  }
}

const mapWords = (words: Words[], fn: (text: string) => string) => words.map((w) => ({ ...w, text: fn(w.text) }));

/** Every string in the content, passed through `fn`. */
function mapText(blocks: ContentBlock[], fn: (text: string) => string): ContentBlock[] {
  return blocks.map((block): ContentBlock => {
    switch (block.kind) {
      case 'title':
        return { ...block, text: fn(block.text), subtitle: fn(block.subtitle) };
      case 'cover':
        return { ...block, rows: block.rows.map((row) => ({ label: fn(row.label), value: fn(row.value) })) };
      case 'paragraph':
      case 'question':
      case 'label':
        return { ...block, words: mapWords(block.words, fn) };
      case 'callout':
        return { ...block, paragraphs: block.paragraphs.map((p) => mapWords(p, fn)) };
      case 'list':
        return { ...block, items: block.items.map((item) => mapWords(item, fn)) };
      case 'blanks':
        return { ...block, items: block.items.map((item) => ({ ...item, value: fn(item.value) })) };
      case 'table':
        return { ...block, caption: fn(block.caption), rows: block.rows.map(([a, b]): [string, string] => [fn(a), fn(b)]) };
      case 'lines':
        return block;
      default:
        return { ...block, text: fn(block.text) };
    }
  });
}

/** Every string of some content, for choosing fonts before any is loaded. */
export function contentTexts(blocks: ContentBlock[], footer: string): string[] {
  const texts: string[] = [footer];
  mapText(blocks, (text) => (texts.push(text), text));
  return texts;
}

/** The Latin faces the content's marks call for beyond regular and bold (the obliques). */
function facesUsed(blocks: ContentBlock[]): FontKey[] {
  const faces = new Set<FontKey>();
  const note = (words: Words[], bold = false) =>
    words.forEach((w) => w.italic && w.text.trim() && faces.add(latinFace(bold || w.bold === true, true)));
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'list') note(block.kind === 'list' ? block.items.flat() : block.words);
    else if (block.kind === 'question' || block.kind === 'label') note(block.words, true);
    else if (block.kind === 'callout') note(block.paragraphs.flat());
  }
  return [...faces];
}

/** The fonts a document needs: its scripts and its faces. */
export function fontsFor(blocks: ContentBlock[], footer: string): Set<FontKey> {
  return fontNeedsFor(blocks, footer).keys;
}

/**
 * The fonts a document needs (`keys`) and, of those, the Chinese and Korean fonts it needs
 * whole, not cut to common characters (`whole`): read from its texts in one go.
 */
export function fontNeedsFor(blocks: ContentBlock[], footer: string): { keys: Set<FontKey>; whole: Set<FontKey> } {
  const texts = contentTexts(blocks, footer);
  return { keys: fontsNeeded(texts, facesUsed(blocks)), whole: wholeFontsNeeded(texts) };
}

/** The fonts the worksheet PDF needs: its scripts, and the obliques for the template's italics. */
export function worksheetFonts(template: Template, answers: Answers): Set<FontKey> {
  return fontsFor(worksheetContent(template, answers), footerText(template, answers));
}

/** Lays out the worksheet with the given metrics. */
export function layoutWorksheet(template: Template, answers: Answers, paper: Paper, measure: Measure, replace = true): Layout {
  return layoutBlocks(worksheetContent(template, answers), footerText(template, answers), paper, measure, replace);
}

export function layoutBlocks(blocks: ContentBlock[], footer: string, paper: Paper, measure: Measure, replace = true): Layout {
  const clean = (text: string) => (replace ? replaceUndrawable(text) : text);
  return layoutContent(mapText(blocks, clean), { paper, measure, footer: clean(footer) });
}

/** Any content as a drawn document: laid out with the real font metrics, then drawn. */
function drawnDocument(blocks: ContentBlock[], footer: string, fonts: FontData, paper: Paper, meta: PdfMetadata): jsPDF {
  const doc = createDocument(paper, fonts);
  markPdfStep('document');
  const layout = layoutBlocks(blocks, footer, paper, measureWith(doc), true);
  markPdfStep('layout');
  drawLayout(doc, layout, blocks, meta);
  return doc;
}

/** Any content to PDF bytes. */
export function buildPdf(blocks: ContentBlock[], footer: string, fonts: FontData, paper: Paper, meta: PdfMetadata): ArrayBuffer {
  return pdfBytes(drawnDocument(blocks, footer, fonts, paper, meta));
}

/** Any content to PDF bytes, its large streams compressed natively (in the browser) before output. */
export async function exportPdf(
  blocks: ContentBlock[],
  footer: string,
  fonts: FontData,
  paper: Paper,
  meta: PdfMetadata,
): Promise<ArrayBuffer> {
  const doc = drawnDocument(blocks, footer, fonts, paper, meta);
  await Promise.all([precompress(pageStreams(doc)), precompressSubsets(fontRecords(doc, fonts))]);
  return pdfBytes(doc);
}

/** The worksheet's content, footer and metadata: built once per export. */
export function worksheetDocument(template: Template, answers: Answers) {
  const blocks = worksheetContent(template, answers);
  const footer = footerText(template, answers);
  const meta: PdfMetadata = {
    title: `${template.title} — ${worksheetTitle(answers)}`,
    subject: 'California Child Welfare Core Practice Model (CPM) worksheet',
    author: participantName(answers),
    creator: 'CPM Workshop',
    language: 'en-US',
  };
  return { blocks, footer, meta };
}

export function buildWorksheetPdf(template: Template, answers: Answers, fonts: FontData, options: PdfOptions): ArrayBuffer {
  const { blocks, footer, meta } = worksheetDocument(template, answers);
  if (!options.replaceUndrawable) {
    const missing = [...new Set(contentTexts(blocks, footer).flatMap(undrawable))];
    if (missing.length) throw new UndrawableTextError(missing);
  }
  return buildPdf(blocks, footer, fonts, options.paper, meta);
}
