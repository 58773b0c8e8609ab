import type { ContentBlock } from './content';
import type { Layout, PageItem, TextItem } from './layout';

/**
 * The logical structure of a tagged PDF, pure: from the blocks (what the document says) and
 * the layout (where each item went), the tree a screen reader walks and, for every item drawn,
 * the element it belongs to or the kind of artifact it is. The tree follows the blocks, so
 * its order is the reading order whatever order the layout drew in (a list's number is drawn
 * after its item, a callout's box before its text).
 *
 * The title is the one H1; each section a Sect with its H2; questions H3; read-only text,
 * labels and answers P; numbered lists, blanks and bullets L › LI › Lbl + LBody; the cover and
 * the crosswalks Table › TR › TH (with its Scope) + TD. Footers, what a continued table draws
 * again, rules, boxes and writing lines are artifacts.
 */

export type StructType =
  'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'Caption' | 'TR' | 'TH' | 'TD' | 'Span';

/** A marked-content sequence: its MCID on a page (pages count from 0). */
export interface ContentKid {
  page: number;
  mcid: number;
}

export interface StructElem {
  type: StructType;
  kids: Array<StructElem | ContentKid>;
  /** Attributes as a PDF dictionary, e.g. <</O /Table /Scope /Row>>. */
  attributes?: string;
  /** Language of a span in another script (BCP 47). */
  lang?: string;
}

/**
 * Artifacts: the running footer ('footer'), what a continued table repeats ('pagination'), and
 * rules, boxes and writing lines ('layout'). The handout's writing lines are artifacts, not
 * non-interactive PrintField form elements (ISO 14289-1 §7.14): they carry no text of their
 * own, the question or label before each already says what to write, a screen reader would
 * announce a "text field" nobody can fill in this file (the app is the accessible way to fill
 * the worksheet in), and poppler rejects PrintField's Role on a Form element.
 */
export type Artifact = 'footer' | 'pagination' | 'layout';
export type Slot = StructElem | Artifact;

/** A bookmark: a section's heading, where it is drawn (top of its first line, from the page's top). */
export interface OutlineEntry {
  title: string;
  page: number;
  top: number;
}

export interface Structure {
  document: StructElem;
  /** Each page's items' slots, index for index. */
  slots: Slot[][];
  outline: OutlineEntry[];
}

export const isElement = (slot: Slot | ContentKid): slot is StructElem => typeof slot === 'object' && 'type' in slot;

function element(type: StructType, parent?: StructElem, attributes?: string): StructElem {
  const created: StructElem = attributes ? { type, kids: [], attributes } : { type, kids: [] };
  parent?.kids.push(created);
  return created;
}

/** Which element of a block an item of it belongs to. */
type Leaf = (item: TextItem) => StructElem | undefined;

const ROW_HEADER = '<</O /Table /Scope /Row>>';
const COLUMN_HEADER = '<</O /Table /Scope /Column>>';
const NUMBERED = '<</O /List /ListNumbering /Decimal>>';
const BULLETED = '<</O /List /ListNumbering /Disc>>';

interface ListItem {
  label: StructElem;
  body: StructElem;
}

/** A list item: its label (number or bullet) before its body, whatever order they are drawn in. */
function listItem(list: StructElem): ListItem {
  const item = element('LI', list);
  return { label: element('Lbl', item), body: element('LBody', item) };
}

function listLeaf(parent: StructElem, count: number): Leaf {
  const list = element('L', parent, NUMBERED);
  const items = Array.from({ length: count }, () => listItem(list));
  return (item) => (item.role === 'number' ? items[item.part]?.label : items[item.part]?.body);
}

/** Rows of a row header and a data cell; a table's first row is its two column headers, after its caption. */
function tableLeaf(parent: StructElem, rows: number, header: boolean): Leaf {
  const table = element('Table', parent);
  const caption = header ? element('Caption', table) : undefined;
  const head = header ? element('TR', table) : undefined;
  const heads = head ? [element('TH', head, COLUMN_HEADER), element('TH', head, COLUMN_HEADER)] : [];
  const body = Array.from({ length: rows }, () => {
    const row = element('TR', table);
    return [element('TH', row, ROW_HEADER), element('TD', row)];
  });
  if (!header) return (item) => body[item.part]?.[item.role === 'label' ? 0 : 1];
  return (item) => {
    const column = item.tag === 'rowhead' ? 0 : 1;
    if (item.part === 0) return item.role === 'caption' ? caption : heads[column];
    return body[item.part - 1]?.[column];
  };
}

const single = (type: StructType, parent: StructElem): Leaf => {
  const created = element(type, parent);
  return () => created;
};

/** Builds the elements of each block under its section; consecutive bullets share one list. */
function blockLeaves(blocks: ContentBlock[], document: StructElem): Leaf[] {
  let parent = document;
  let bullets: StructElem | undefined;
  return blocks.map((block): Leaf => {
    if (block.kind !== 'paragraph' || !block.bullet) bullets = undefined;
    switch (block.kind) {
      case 'title': {
        const [heading, subtitle] = [element('H1', parent), element('P', parent)];
        return (item) => (item.part === 0 ? heading : subtitle);
      }
      case 'section':
        parent = element('Sect', document);
        return single('H2', parent);
      case 'question':
        return single('H3', parent);
      case 'paragraph': {
        if (!block.bullet) return single('P', parent);
        const entry = listItem((bullets ??= element('L', parent, BULLETED)));
        return (item) => (item.role === 'number' ? entry.label : entry.body);
      }
      case 'callout': {
        const box = element('Div', parent);
        const paragraphs = block.paragraphs.map(() => element('P', box));
        return (item) => paragraphs[item.part];
      }
      case 'list':
      case 'blanks':
        return listLeaf(parent, block.items.length);
      case 'cover':
        return tableLeaf(parent, block.rows.length, false);
      case 'table':
        return tableLeaf(parent, block.rows.length, true);
      case 'lines':
        return () => undefined;
      default:
        return single('P', parent);
    }
  });
}

function slotOf(item: PageItem, leaves: Leaf[]): Slot {
  if (item.role === 'footer') return 'footer';
  if (item.tag === 'repeat') return 'pagination';
  if (item.type !== 'text') return 'layout';
  const leaf = leaves[item.block]?.(item);
  if (!leaf) throw new Error(`The PDF structure has no place for the ${item.role} "${item.text}" of block ${item.block}`);
  return leaf;
}

/** The tree of a laid-out document, and where each item drawn goes in it. */
export function structureOf(blocks: ContentBlock[], layout: Layout): Structure {
  const document = element('Document');
  const leaves = blockLeaves(blocks, document);
  const outline = new Map<StructElem, OutlineEntry>();
  const slots = layout.pages.map((page, index) =>
    page.items.map((item) => {
      const slot = slotOf(item, leaves);
      if (isElement(slot) && slot.type === 'H2' && item.type === 'text') {
        const entry = outline.get(slot) ?? { title: '', page: index, top: item.y - item.size };
        entry.title += item.text + (item.spaceAfter ? ' ' : '');
        outline.set(slot, entry);
      }
      return slot;
    }),
  );
  return { document, slots, outline: [...outline.values()].map((entry) => ({ ...entry, title: entry.title.trim() })) };
}
