import type { jsPDF } from 'jspdf';
import { subscribeGuarded } from './events';
import type { PageItem } from './page';
import { isElement, type Artifact, type Slot, type StructElem, type Structure } from './structure';
import { asciiString, writeStructure, type ObjectWriter, type WrittenTree } from './structureObjects';
import { xmpPacket } from './xmp';

/**
 * Makes a drawn document a tagged PDF, on jsPDF, which has no tagging of its own: while the
 * layout is drawn, each item is wrapped in marked content (BDC … EMC) with an MCID of its
 * element, or as an artifact; when jsPDF writes the file, its events add each page's
 * /StructParents, the tree's objects (before the catalog: jsPDF's trailer takes the last
 * object as the catalog) and the catalog's entries. PDF 1.7, with XMP naming PDF/UA-1.
 */

const ARTIFACT: Record<Artifact, string> = {
  footer: '/Artifact <</Type /Pagination /Attached [/Bottom]>> BDC',
  pagination: '/Artifact <</Type /Pagination>> BDC',
  layout: '/Artifact <</Type /Layout>> BDC',
};

/** What tagging uses of jsPDF beyond its typings (jsPDF 4.2.1, pinned). */
interface Internals {
  internal: {
    write(line: string): void;
    newObjectDeferred(): number;
    newObjectDeferredBegin(id: number, output: boolean): void;
    getPageInfo(page: number): { objId: number };
    pageSize: { getHeight(): number };
  };
  __private__: { setPdfVersion(version: string): void };
}

export interface TaggingOptions {
  title: string;
  language: string;
}

/** Marks the content of one document as it is drawn, page after page. */
export class Tagging {
  private open: Slot | undefined;
  private page = 0;
  /** owners[page][mcid]: the element each marked-content sequence belongs to (the ParentTree). */
  private readonly owners: StructElem[][] = [[]];
  private readonly raw: Internals;

  constructor(
    doc: jsPDF,
    private readonly structure: Structure,
    private readonly options: TaggingOptions,
  ) {
    this.raw = doc as unknown as Internals;
    this.raw.__private__.setPdfVersion('1.7');
    doc.addMetadata(xmpPacket(options.title, options.language), true);
    let tree: WrittenTree | undefined;
    subscribeGuarded(doc, 'putPage', ({ pageNumber }: { pageNumber: number }) =>
      this.raw.internal.write(`/StructParents ${pageNumber - 1}\n/Tabs /S`),
    );
    subscribeGuarded(doc, 'postPutResources', () => (tree = this.writeTree()));
    subscribeGuarded(doc, 'putCatalog', () => this.writeCatalog(tree));
  }

  /** Opens the marked content of the page's item `index` (drawn next), unless the open sequence is its own. */
  mark(item: PageItem, index: number): void {
    const slot = this.structure.slots[this.page]![index]!;
    const target = isElement(slot) ? this.owner(slot, item) : slot;
    if (target === this.open) return;
    const write = (line: string) => this.raw.internal.write(line);
    if (this.open) write('EMC');
    this.open = target;
    if (!isElement(target)) return write(ARTIFACT[target]);
    const owners = this.owners[this.page]!;
    const mcid = owners.push(target) - 1;
    target.kids.push({ page: this.page, mcid });
    write(`/${target.type} <</MCID ${mcid}>> BDC`);
  }

  /** Closes the page's last sequence: marked content never crosses pages. */
  endPage(): void {
    if (this.open) this.raw.internal.write('EMC');
    this.open = undefined;
    this.page++;
    this.owners.push([]);
  }

  /** The element a run's content goes to: its own, or a span of its language when that is not the document's. */
  private owner(elem: StructElem, item: PageItem): StructElem {
    const lang = item.type === 'text' ? item.lang : undefined;
    if (!lang || this.options.language.toLowerCase().startsWith(lang)) return elem;
    const last = elem.kids[elem.kids.length - 1];
    if (last && isElement(last) && last.type === 'Span' && last.lang === lang) return last;
    const span: StructElem = { type: 'Span', kids: [], lang };
    elem.kids.push(span);
    return span;
  }

  private writeTree(): WrittenTree {
    const internal = this.raw.internal;
    const out: ObjectWriter = {
      newObjectDeferred: () => internal.newObjectDeferred(),
      newObjectDeferredBegin: (id, output) => internal.newObjectDeferredBegin(id, output),
      write: (line) => internal.write(line),
      pageObject: (index) => internal.getPageInfo(index + 1).objId,
      pageHeight: internal.pageSize.getHeight(),
    };
    return writeStructure(this.structure.document, this.owners.slice(0, this.page), this.structure.outline, out);
  }

  /** The catalog's entries: written inside the catalog, so no object may be created here. */
  private writeCatalog(tree: WrittenTree | undefined): void {
    if (!tree) throw new Error('The structure tree was not written before the catalog');
    const write = (line: string) => this.raw.internal.write(line);
    write(`/StructTreeRoot ${tree.root} 0 R\n/MarkInfo <</Marked true>>\n/Lang ${asciiString(this.options.language)}`);
    write('/ViewerPreferences <</DisplayDocTitle true>>');
    if (tree.outline) write(`/Outlines ${tree.outline} 0 R`);
  }
}
