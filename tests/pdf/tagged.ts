import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's logical structure as pdf.js reads it (what a screen reader or a browser's PDF viewer
 * gets), beside what its pages' content streams actually paint, for the tagged-PDF checks.
 */

/** A node of pdf.js's structure tree of one page: an element, or a marked-content reference. */
export interface StructNode {
  role?: string;
  lang?: string;
  type?: 'content' | 'object' | 'annotation';
  id?: string;
  children?: StructNode[];
}

export interface TaggedPage {
  /** pdf.js's structure tree of the page (null: the page has none). */
  tree: StructNode | null;
  /** MCIDs ("p3R_mc0") of the marked-content sequences in the page's content. */
  contentIds: Set<string>;
  /** MCIDs the tree refers to on this page. */
  treeIds: Set<string>;
  /** Each marked-content sequence's text, by MCID, as drawn (no spaces added). */
  textById: Map<string, string>;
  /** Painting operators outside any marked content, and artifacts inside tagged content (or the reverse). */
  untaggedPaint: number;
  nested: number;
  taggedPaint: number;
  artifactPaint: number;
}

export interface TaggedPdf {
  pages: TaggedPage[];
  version: string;
  language: unknown;
  title: unknown;
  xmp: { title: unknown; language: unknown; pdfuaPart: unknown } | null;
  markInfo: Record<string, unknown> | null;
  displayDocTitle: unknown;
  outline: Array<{ title: string; page: number }>;
}

const PATH_PAINT = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
const PAINT = new Set([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
  OPS.shadingFill,
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintFormXObjectBegin,
]);

/** Whether an operator paints: text, images, and paths that are filled or stroked (pdf.js folds the paint into constructPath). */
function paints(fn: number, args: unknown): boolean {
  if (PAINT.has(fn) || PATH_PAINT.has(fn)) return true;
  return fn === OPS.constructPath && Array.isArray(args) && PATH_PAINT.has(args[0] as number);
}

type OperatorCounts = Pick<TaggedPage, 'untaggedPaint' | 'nested' | 'taggedPaint' | 'artifactPaint'>;

/** Walks a page's operators with a stack of marked content: what paints where. */
function countOperators(fnArray: number[], argsArray: unknown[]): OperatorCounts {
  const counts: OperatorCounts = { untaggedPaint: 0, nested: 0, taggedPaint: 0, artifactPaint: 0 };
  const stack: Array<'artifact' | 'tagged' | 'other'> = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) {
      const kind = args?.[0] === 'Artifact' ? 'artifact' : Number.isInteger(args?.[1]) ? 'tagged' : 'other';
      if (stack.some((k) => k !== 'other') && kind !== 'other') counts.nested++;
      stack.push(kind);
    } else if (fn === OPS.endMarkedContent) stack.pop();
    else if (paints(fn, args)) {
      if (stack.includes('artifact')) counts.artifactPaint++;
      else if (stack.includes('tagged')) counts.taggedPaint++;
      else counts.untaggedPaint++;
    }
  });
  return counts;
}

/** The MCIDs a page's tree refers to. */
export function contentIdsOf(node: StructNode | null, into = new Set<string>()): Set<string> {
  if (!node) return into;
  if (node.type === 'content' && node.id) into.add(node.id);
  for (const child of node.children ?? []) contentIdsOf(child, into);
  return into;
}

interface TextItem {
  type?: string;
  id?: string | null;
  str?: string;
}

/** Each marked-content sequence's text, by id; text outside any sequence under ''. */
function textByMcid(items: TextItem[]): Map<string, string> {
  const texts = new Map<string, string>();
  const stack: Array<string | null> = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(item.id ?? null);
    else if (item.type === 'endMarkedContent') stack.pop();
    else if (typeof item.str === 'string') {
      const id = [...stack].reverse().find((s) => s) ?? '';
      texts.set(id, (texts.get(id) ?? '') + item.str);
    }
  }
  return texts;
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function readPage(doc: PdfDocument, n: number): Promise<TaggedPage> {
  const page = await doc.getPage(n);
  const tree = (await page.getStructTree()) as StructNode | null;
  const content = await page.getTextContent({ includeMarkedContent: true });
  const items = content.items as TextItem[];
  const contentIds = new Set(items.flatMap((i) => (i.type === 'beginMarkedContentProps' && i.id ? [i.id] : [])));
  const ops = await page.getOperatorList();
  return {
    tree,
    contentIds,
    treeIds: contentIdsOf(tree),
    textById: textByMcid(items),
    ...countOperators(ops.fnArray, ops.argsArray),
  };
}

interface OutlineItem {
  title: string;
  dest: unknown;
  items: OutlineItem[];
}

async function outlineOf(doc: PdfDocument): Promise<TaggedPdf['outline']> {
  const items = ((await doc.getOutline()) ?? []) as OutlineItem[];
  return Promise.all(
    items.map(async (item) => {
      const dest = (Array.isArray(item.dest) ? item.dest : await doc.getDestination(String(item.dest))) ?? [];
      const page = dest[0] ? (await doc.getPageIndex(dest[0] as { num: number; gen: number })) + 1 : 0;
      return { title: item.title, page };
    }),
  );
}

/** Reads a PDF's structure, marked content, metadata and outline with pdf.js. */
export async function readTagged(bytes: ArrayBuffer): Promise<TaggedPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes).slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: TaggedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    const { info, metadata } = await doc.getMetadata();
    const meta = info as Record<string, unknown>;
    const xmp = metadata
      ? { title: metadata.get('dc:title'), language: metadata.get('dc:language'), pdfuaPart: metadata.get('pdfuaid:part') }
      : null;
    const preferences = (await doc.getViewerPreferences()) as Record<string, unknown> | null;
    return {
      pages,
      version: String(meta.PDFFormatVersion),
      language: meta.Language,
      title: meta.Title,
      xmp,
      markInfo: (await doc.getMarkInfo()) as Record<string, unknown> | null,
      displayDocTitle: preferences?.DisplayDocTitle,
      outline: await outlineOf(doc),
    };
  } finally {
    await doc.destroy();
  }
}

/** The structure elements of all pages in reading order (each page's tree in turn), with their depth. */
export function elementsInOrder(pdf: TaggedPdf): StructNode[] {
  const out: StructNode[] = [];
  const walk = (node: StructNode) => {
    if (node.role && node.role !== 'Root') out.push(node);
    node.children?.forEach(walk);
  };
  pdf.pages.forEach((page) => page.tree && walk(page.tree));
  return out;
}

/**
 * The text a screen reader reads, in the tree's order: each element's content, in turn, a
 * space between elements and none within them (so a line's end needs its own space).
 */
export function treeText(pdf: TaggedPdf): string {
  const parts: string[] = [];
  const walk = (node: StructNode, page: TaggedPage) => {
    if (node.type === 'content' && node.id) parts.push(page.textById.get(node.id) ?? '');
    else if (node.children) {
      parts.push(' ');
      node.children.forEach((child) => walk(child, page));
      parts.push(' ');
    }
  };
  pdf.pages.forEach((page) => page.tree && walk(page.tree, page));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
