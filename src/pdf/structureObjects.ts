import { isElement, type ContentKid, type OutlineEntry, type StructElem } from './structure';

/**
 * Writes the structure tree's objects (ISO 32000-1 §14.7): one dictionary per element, the
 * ParentTree that maps each page's MCIDs back to their elements, the StructTreeRoot, and the
 * outline of the sections. Kept small, as jsPDF writes no object streams: no /Type on
 * elements, the element's /Pg once and bare MCIDs for its page, an MCR only for content on
 * another page (a paragraph or cell split across pages).
 */

/** What writing objects needs of jsPDF: deferred object numbers (see xmp_metadata.js) and output. */
export interface ObjectWriter {
  newObjectDeferred(): number;
  newObjectDeferredBegin(id: number, output: boolean): void;
  write(line: string): void;
  /** The object number of page `index` (from 0). */
  pageObject(index: number): number;
  pageHeight: number;
}

export interface WrittenTree {
  root: number;
  outline?: number;
}

/** Drops elements with nothing in them (a list item's body on a writing line); table cells stay, empty or not. */
export function prune(elem: StructElem): boolean {
  elem.kids = elem.kids.filter((kid) => !isElement(kid) || prune(kid));
  return elem.kids.length > 0 || elem.type === 'TD' || elem.type === 'TH';
}

/** A PDF text string: printable ASCII as is (a third the size), anything else in UTF-16BE. */
export function textString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[()\\]/g, '\\$&')})`;
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `${hex}>`;
}

/** A PDF string of ASCII (a language tag): checked, so nothing needs escaping. */
export function asciiString(text: string): string {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(text)) throw new Error(`Not a language tag: ${text}`);
  return `(${text})`;
}

function objectIds(document: StructElem, out: ObjectWriter): Map<StructElem, number> {
  const ids = new Map<StructElem, number>();
  const walk = (elem: StructElem) => {
    ids.set(elem, out.newObjectDeferred());
    elem.kids.forEach((kid) => isElement(kid) && walk(kid));
  };
  walk(document);
  return ids;
}

function elementDict(elem: StructElem, parent: number, ids: Map<StructElem, number>, out: ObjectWriter): string {
  const page = (elem.kids.find((kid) => !isElement(kid)) as ContentKid | undefined)?.page;
  const kids = elem.kids.map((kid) => {
    if (isElement(kid)) return `${ids.get(kid)} 0 R`;
    return kid.page === page ? String(kid.mcid) : `<</Type /MCR /Pg ${out.pageObject(kid.page)} 0 R /MCID ${kid.mcid}>>`;
  });
  return (
    `<</S /${elem.type} /P ${parent} 0 R` +
    (page === undefined ? '' : ` /Pg ${out.pageObject(page)} 0 R`) +
    (kids.length > 1 ? ` /K [${kids.join(' ')}]` : kids.length ? ` /K ${kids[0]}` : '') +
    (elem.attributes ? ` /A ${elem.attributes}` : '') +
    (elem.lang ? ` /Lang ${asciiString(elem.lang)}` : '') +
    '>>'
  );
}

function writeObject(out: ObjectWriter, id: number, dict: string): void {
  out.newObjectDeferredBegin(id, true);
  out.write(dict);
  out.write('endobj');
}

/** The outline: one bookmark per section, opening at its heading. */
function writeOutline(entries: OutlineEntry[], out: ObjectWriter): number | undefined {
  if (!entries.length) return undefined;
  const root = out.newObjectDeferred();
  const ids = entries.map(() => out.newObjectDeferred());
  writeObject(out, root, `<</Type /Outlines /First ${ids[0]} 0 R /Last ${ids[ids.length - 1]} 0 R /Count ${ids.length}>>`);
  entries.forEach((entry, i) => {
    const links = (i > 0 ? ` /Prev ${ids[i - 1]} 0 R` : '') + (i < ids.length - 1 ? ` /Next ${ids[i + 1]} 0 R` : '');
    const top = Math.round(Math.min(out.pageHeight, out.pageHeight - entry.top + 6));
    const dest = `[${out.pageObject(entry.page)} 0 R /XYZ 0 ${top} null]`;
    writeObject(out, ids[i]!, `<</Title ${textString(entry.title)} /Parent ${root} 0 R${links} /Dest ${dest}>>`);
  });
  return root;
}

/**
 * Writes the tree, its ParentTree (`owners[page][mcid]` is the element that MCID belongs to)
 * and the outline. Returns the object numbers the catalog refers to.
 */
export function writeStructure(document: StructElem, owners: StructElem[][], outline: OutlineEntry[], out: ObjectWriter): WrittenTree {
  prune(document);
  const root = out.newObjectDeferred();
  const parentTree = out.newObjectDeferred();
  const ids = objectIds(document, out);
  const walk = (elem: StructElem, parent: number) => {
    writeObject(out, ids.get(elem)!, elementDict(elem, parent, ids, out));
    elem.kids.forEach((kid) => isElement(kid) && walk(kid, ids.get(elem)!));
  };
  walk(document, root);
  const nums = owners.map((page, i) => `${i} [${page.map((elem) => `${ids.get(elem)} 0 R`).join(' ')}]`);
  writeObject(out, parentTree, `<</Nums [${nums.join(' ')}]>>`);
  writeObject(
    out,
    root,
    `<</Type /StructTreeRoot /K [${ids.get(document)} 0 R] /ParentTree ${parentTree} 0 R /ParentTreeNextKey ${owners.length}>>`,
  );
  return { root, outline: writeOutline(outline, out) };
}
