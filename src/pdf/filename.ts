// The file name belongs to the worksheet (backups use it too); the PDF export keeps importing it from here.
export { pdfFileName } from '../worksheet/filename';
