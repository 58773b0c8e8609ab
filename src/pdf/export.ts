import { participantName, blankAnswers } from '../worksheet/answers';
import { typedTexts } from '../worksheet/fields';
import { TEMPLATE } from '../worksheet/template';
import type { Answers } from '../worksheet/types';
import { pdfFileName } from '../worksheet/filename';
import { loadFonts } from './fontFiles';
import type { Paper } from './layout';
import { undrawable } from './scripts';
import type { FacilitationSession } from '../facilitate/session';
import { boardDocument, synthesisDocument, type SessionDocument } from './sessionPdf';
import type { ExerciseSynthesis } from '../synthesis/synthesize';
import { exportPdf, fontNeedsFor, worksheetDocument } from './worksheetPdf';
import type { ContentBlock } from './content';
import { markPdfStep } from './timing';

/** The browser side of export: the only module the app imports (lazily) to make a PDF. */

export interface UndrawableField {
  label: string;
  characters: string[];
}

/** Fields holding characters no embedded font can draw, to tell the user before exporting. */
export function undrawableFields(answers: Answers): UndrawableField[] {
  return typedTexts(TEMPLATE, answers)
    .map(({ label, text }) => ({ label, characters: undrawable(text) }))
    .filter((field) => field.characters.length > 0);
}

export interface ExportRequest {
  answers: Answers;
  paper: Paper;
  /** The handout with every answer empty. */
  blank: boolean;
}

export interface ExportedPdf {
  fileName: string;
  bytes: ArrayBuffer;
}

/** The fonts a document's texts need, each from its common cut where that draws them all. */
function loadFontsFor(blocks: ContentBlock[], footer: string) {
  const { keys, whole } = fontNeedsFor(blocks, footer);
  return loadFonts(keys, whole);
}

export async function exportWorksheetPdf(request: ExportRequest): Promise<ExportedPdf> {
  const answers = request.blank ? blankAnswers(TEMPLATE) : request.answers;
  // The content is built once and serves font choice, layout and drawing.
  const { blocks, footer, meta } = worksheetDocument(TEMPLATE, answers);
  markPdfStep('content');
  const fonts = await loadFontsFor(blocks, footer);
  markPdfStep('fonts');
  const bytes = await exportPdf(blocks, footer, fonts, request.paper, meta);
  const fileName = request.blank
    ? pdfFileName('blank', '', 'handout')
    : pdfFileName(participantName(answers), answers.text['cover.date'] ?? '');
  return { fileName, bytes };
}

async function exportSessionPdf(session: FacilitationSession, paper: Paper, doc: SessionDocument): Promise<ExportedPdf> {
  const fonts = await loadFontsFor(doc.blocks, doc.footer);
  const bytes = await exportPdf(doc.blocks, doc.footer, fonts, paper, doc.meta);
  return { fileName: pdfFileName(session.name, session.date, doc.kind), bytes };
}

/** The room board of a facilitation session. */
export function exportBoardPdf(session: FacilitationSession, paper: Paper): Promise<ExportedPdf> {
  return exportSessionPdf(session, paper, boardDocument(session));
}

/** The room's answers of a facilitation session: what participants shared, grouped and counted. */
export function exportSynthesisPdf(
  session: FacilitationSession,
  synthesis: ExerciseSynthesis[],
  contributions: number,
  paper: Paper,
): Promise<ExportedPdf> {
  return exportSessionPdf(session, paper, synthesisDocument(session, synthesis, contributions));
}
