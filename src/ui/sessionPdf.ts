import { createSignal } from 'solid-js';
import type * as PdfModule from '../pdf/export';
import { saveFile } from './download';
import { pdfModule } from './pdfExport';

/**
 * A facilitator's PDF export with its status line: "Preparing the board PDF…", then
 * "Board PDF downloaded." or, if it fails, what is safe and what to do. The PDF module loads on
 * the first export, never with the page.
 */
export function createSessionPdf(names: { pdf: string; safe: string }, make: (pdf: typeof PdfModule) => Promise<PdfModule.ExportedPdf>) {
  const [status, setStatus] = createSignal('');
  const run = async () => {
    setStatus(`Preparing the ${names.pdf}…`);
    try {
      const file = await make(await pdfModule());
      saveFile(file.bytes, file.fileName, 'application/pdf');
      setStatus(`${names.pdf[0]!.toUpperCase()}${names.pdf.slice(1)} downloaded.`);
    } catch (error) {
      console.error(`The ${names.pdf} export failed`, error);
      setStatus(`The ${names.pdf} could not be made. ${names.safe} safe; please try again.`);
    }
  };
  return { status, run };
}
