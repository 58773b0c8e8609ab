import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * poppler's pdfinfo, the reader behind Evince and Okular, on a PDF's bytes. A second reader
 * beside pdf.js: it walks the whole structure tree (empty cells included) and prints the
 * attributes (Scope, ListNumbering) that pdf.js does not expose. Missing pdfinfo fails loudly.
 */

export interface PdfinfoRun {
  stdout: string;
  stderr: string;
}

const PDFINFO = '/usr/bin/pdfinfo';

export function pdfinfo(bytes: ArrayBuffer, ...args: string[]): PdfinfoRun {
  const dir = mkdtempSync(join(tmpdir(), 'cpm-pdfinfo-'));
  try {
    const file = join(dir, 'export.pdf');
    writeFileSync(file, Buffer.from(bytes));
    const run = spawnSync(PDFINFO, [...args, file], { encoding: 'utf8' });
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${PDFINFO} is missing: apt-get install poppler-utils`);
    if (run.status !== 0) throw new Error(`pdfinfo ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
    return { stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An element of the tree `pdfinfo -struct` prints: its type, its attributes' text and its children. */
export interface PopplerElement {
  type: string;
  attributes: string[];
  children: PopplerElement[];
  /** Whether any content (a marked-content reference) hangs below it. */
  content: boolean;
}

/**
 * Parses `pdfinfo -struct`: one line per element, indented two spaces per level, its type
 * first ("TH (block)"), then its attributes on deeper lines ("/Scope /Row"), and "Content"
 * lines for marked content.
 */
export function popplerTree(stdout: string): PopplerElement {
  const root: PopplerElement = { type: 'Root', attributes: [], children: [], content: false };
  const stack: Array<{ depth: number; element: PopplerElement }> = [{ depth: -1, element: root }];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const depth = line.length - line.trimStart().length;
    const text = line.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]!.element;
    if (text.startsWith('/')) parent.attributes.push(text);
    else if (/^(Content|Object|")/.test(text)) parent.content = true;
    else {
      const element: PopplerElement = { type: text.split(/[\s(:]/)[0]!, attributes: [], children: [], content: false };
      parent.children.push(element);
      stack.push({ depth, element });
    }
  }
  return root;
}

/** Every element of a poppler tree, depth first. */
export function popplerElements(root: PopplerElement): PopplerElement[] {
  return [root, ...root.children.flatMap(popplerElements)];
}

/** The text `pdfinfo -struct-text` prints, each element's string in tree order, whitespace collapsed. */
export function popplerText(stdout: string): string {
  const strings = stdout.split('\n').flatMap((line) => {
    const text = line.trim();
    return text.startsWith('"') && text.endsWith('"') ? [text.slice(1, -1)] : [];
  });
  return strings.join(' ').replace(/\s+/g, ' ').trim();
}
