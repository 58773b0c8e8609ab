// The bench's floor: plain jsPDF with its built-in Helvetica drawing the same text lines, rules
// and boxes as an export, at the same places. Built by scripts/bench.mjs into the served app, so
// it runs in the same page.
import { jsPDF } from 'jspdf';

/**
 * Draws `pages` (arrays of { text, x, y, size }, y from the top) and the strokes (PDF user space,
 * the first page's only: jsPDF writes one stream per page) on every page; returns the PDF's size.
 */
export function drawFloor(pages, paper, strokes) {
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true });
  const height = doc.internal.pageSize.getHeight();
  const perPage = Math.ceil(strokes.lines.length / pages.length);
  const boxesPerPage = Math.ceil(strokes.boxes.length / pages.length);
  doc.setFont('helvetica', 'normal');
  pages.forEach((runs, index) => {
    if (index > 0) doc.addPage();
    for (const run of runs) {
      doc.setFontSize(run.size);
      doc.text(run.text, run.x, run.y);
    }
    for (const [x1, y1, x2, y2] of strokes.lines.slice(index * perPage, (index + 1) * perPage)) doc.line(x1, height - y1, x2, height - y2);
    for (const [x, y, w, h] of strokes.boxes.slice(index * boxesPerPage, (index + 1) * boxesPerPage))
      doc.rect(x, height - y - h, w, h, 'F');
  });
  const blob = new Blob([doc.output('arraybuffer')], { type: 'application/pdf' });
  URL.revokeObjectURL(URL.createObjectURL(blob));
  return blob.size;
}
