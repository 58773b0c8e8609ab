/**
 * The steps of an export, each marked (User Timing, "pdf:layout" …) as it ends, so the bench
 * and a browser's profiler can tell where an export's time goes. Marks cost next to nothing.
 */
export type PdfStep = 'module' | 'checked' | 'content' | 'fonts' | 'document' | 'layout' | 'drawn' | 'output';

export function markPdfStep(step: PdfStep): void {
  globalThis.performance?.mark?.(`pdf:${step}`);
}
