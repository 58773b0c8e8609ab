import type { PaperPreference } from '../services';
import type { Answers } from '../worksheet/types';
import type { ConfirmRequest } from './ConfirmDialog';
import { saveFile } from './download';
import type { FontKey } from '../pdf/scripts';
import { markPdfStep } from '../pdf/timing';
import type * as PdfExport from '../pdf/export';

/** The Latin faces every worksheet PDF draws (the template has bold and italics). */
const WORKSHEET_FACES: FontKey[] = ['sans', 'sansBold', 'sansItalic', 'sansBoldItalic'];

/** Starts fetching the worksheet's fonts while the PDF module loads; export itself reports a failure. */
function preloadFonts(): Promise<unknown> {
  return import('../pdf/fontFiles').then((fonts) => fonts.loadFonts(WORKSHEET_FACES)).catch(() => undefined);
}

type PdfModule = typeof PdfExport;
let loadedPdf: PdfModule | undefined;

/**
 * The PDF module, loaded with the Latin fonts at the first export of any PDF. Later exports use
 * it at once: import() of a loaded module still waits for a task, and the page repaints meanwhile.
 */
export async function pdfModule(): Promise<PdfModule> {
  if (loadedPdf) return loadedPdf;
  const [pdf] = await Promise.all([import('../pdf/export'), preloadFonts()]);
  loadedPdf = pdf;
  return pdf;
}

/**
 * Makes and downloads a PDF. The PDF module (jsPDF and the fonts) loads here, on the first
 * export, never with the page.
 */
export async function downloadWorksheetPdf(options: {
  answers: Answers;
  paper: PaperPreference;
  blank?: boolean;
  confirm: (request: ConfirmRequest) => Promise<boolean>;
}): Promise<'saved' | 'cancelled'> {
  const pdf = await pdfModule();
  markPdfStep('module');
  if (!options.blank) {
    const fields = pdf.undrawableFields(options.answers);
    if (fields.length) {
      const ok = await options.confirm({
        title: 'Some characters can’t be printed',
        body: 'The PDF has no font for these characters. If you export anyway, each one is printed as [?]. Your worksheet itself is not changed.',
        details: fields.map((field) => `${field.label}: ${field.characters.map(describeCharacter).join(', ')}`),
        action: 'Export with [?]',
        tone: 'primary',
      });
      if (!ok) return 'cancelled';
    }
  }
  markPdfStep('checked');
  const file = await pdf.exportWorksheetPdf({ answers: options.answers, paper: options.paper, blank: options.blank ?? false });
  saveFile(file.bytes, file.fileName, 'application/pdf');
  return 'saved';
}

/** "🙂 (U+1F642)": the code point helps when the character itself does not show on screen either. */
function describeCharacter(cluster: string): string {
  const codes = [...cluster].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `${cluster} (${codes.join(' ')})`;
}
