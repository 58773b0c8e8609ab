import { participantName, worksheetTitle } from '../worksheet/answers';
import type { Answers, Template } from '../worksheet/types';
import { footerText, worksheetContent, type ContentBlock } from './content';
import { layoutContent, type Layout, type Measure, type Paper } from './layout';
import { createDocument, drawLayout, measureWith, type FontData, type PdfMetadata } from './render';
import { replaceUndrawable, undrawable } from './scripts';

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

/** Every string in the content, passed through `fn`. */
function mapText(blocks: ContentBlock[], fn: (text: string) => string): ContentBlock[] {
  return blocks.map((block): ContentBlock => {
    switch (block.kind) {
      case 'title':
        return { ...block, text: fn(block.text), subtitle: fn(block.subtitle) };
      case 'cover':
        return { ...block, rows: block.rows.map((row) => ({ label: fn(row.label), value: fn(row.value) })) };
      case 'paragraph':
        return { ...block, words: block.words.map((w) => ({ ...w, text: fn(w.text) })) };
      case 'blank':
        return { ...block, value: fn(block.value) };
      case 'table':
        return { ...block, caption: fn(block.caption), rows: block.rows.map(([a, b]): [string, string] => [fn(a), fn(b)]) };
      case 'lines':
        return block;
      default:
        return { ...block, text: fn(block.text) };
    }
  });
}

/** All the text the worksheet PDF will show, for choosing fonts before any is loaded. */
export function pdfTexts(template: Template, answers: Answers): string[] {
  return contentTexts(worksheetContent(template, answers), footerText(template, answers));
}

/** Lays out the worksheet with the given metrics. */
export function layoutWorksheet(template: Template, answers: Answers, paper: Paper, measure: Measure, replace = true): Layout {
  return layoutBlocks(worksheetContent(template, answers), footerText(template, answers), paper, measure, replace);
}

function layoutBlocks(blocks: ContentBlock[], footer: string, paper: Paper, measure: Measure, replace: boolean): Layout {
  const clean = (text: string) => (replace ? replaceUndrawable(text) : text);
  return layoutContent(mapText(blocks, clean), { paper, measure, footer: clean(footer) });
}

/** Any content to PDF bytes: lay out with the real font metrics, then draw. */
export function buildPdf(blocks: ContentBlock[], footer: string, fonts: FontData, paper: Paper, meta: PdfMetadata): ArrayBuffer {
  const doc = createDocument(paper, fonts);
  return drawLayout(doc, layoutBlocks(blocks, footer, paper, measureWith(doc), true), meta);
}

export function buildWorksheetPdf(template: Template, answers: Answers, fonts: FontData, options: PdfOptions): ArrayBuffer {
  if (!options.replaceUndrawable) {
    const missing = [...new Set(pdfTexts(template, answers).flatMap(undrawable))];
    if (missing.length) throw new UndrawableTextError(missing);
  }
  return buildPdf(worksheetContent(template, answers), footerText(template, answers), fonts, options.paper, {
    title: `${template.title} — ${worksheetTitle(answers)}`,
    subject: 'California Child Welfare Core Practice Model (CPM) worksheet',
    author: participantName(answers),
    creator: 'CPM Workshop',
    language: 'en-US',
  });
}

/** Every string of some content, for choosing fonts before any is loaded. */
export function contentTexts(blocks: ContentBlock[], footer: string): string[] {
  const texts: string[] = [footer];
  mapText(blocks, (text) => (texts.push(text), text));
  return texts;
}
