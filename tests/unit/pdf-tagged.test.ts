import { beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../src/pdf/layout';
import { exportBytes, exportDocuments, type ExportDocument } from '../pdf/exports';
import { pdfinfo, popplerElements, popplerText, popplerTree, type PopplerElement } from '../pdf/poppler';
import { readingOrder } from '../pdf/reading';
import { squash } from '../pdf/samples';
import { elementsInOrder, readTagged, treeText, type StructNode, type TaggedPdf } from '../pdf/tagged';

/**
 * Every export is a tagged PDF (issue 27): read back with pdf.js, as a screen reader gets it,
 * and with poppler. Each check runs on each export, on Letter and on A4.
 */

const SLOW = 120_000;
const PAPERS: Paper[] = ['letter', 'a4'];

/** The structure types of PDF 1.7 (ISO 32000-1 §14.8.4) that the exports use or could. */
const STANDARD = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby Warichu Figure Formula Form'.split(
    ' ',
  ),
);

interface Case {
  doc: ExportDocument;
  paper: Paper;
  bytes: ArrayBuffer;
  pdf: TaggedPdf;
  poppler: PopplerElement;
  structText: string;
  warnings: string;
}

const cases: Case[] = [];

beforeAll(async () => {
  for (const doc of exportDocuments())
    for (const paper of PAPERS) {
      const bytes = exportBytes(doc, paper);
      const struct = pdfinfo(bytes, '-struct');
      const structText = pdfinfo(bytes, '-struct-text');
      cases.push({
        doc,
        paper,
        bytes,
        pdf: await readTagged(bytes),
        poppler: popplerTree(struct.stdout),
        structText: structText.stdout,
        warnings: struct.stderr + structText.stderr,
      });
    }
}, SLOW);

const each = (check: (c: Case) => void) => () => {
  expect(cases.length).toBe(10);
  for (const c of cases) {
    try {
      check(c);
    } catch (error) {
      throw new Error(`${c.doc.name}, ${c.paper}: ${(error as Error).message}`, { cause: error });
    }
  }
};

/** The kinds of an element's children other than those its type allows (none, in a well-formed tree). */
const kindsOutside = (element: PopplerElement, ...allowed: string[]) =>
  element.children.map((child) => child.type).filter((type) => !allowed.includes(type));

const containsId = (node: StructNode, id: string): boolean => node.id === id || (node.children ?? []).some((c) => containsId(c, id));

/** The text of a node of pdf.js's tree, from its page's marked content. */
function nodeText(pdf: TaggedPdf, node: StructNode): string {
  const page = pdf.pages.find((p) => [...p.treeIds].some((id) => containsId(node, id)));
  const parts: string[] = [];
  const walk = (n: StructNode) => {
    if (n.type === 'content' && n.id) parts.push(page?.textById.get(n.id) ?? '');
    n.children?.forEach(walk);
  };
  walk(node);
  return parts.join('');
}

describe('every export is a tagged PDF', () => {
  it(
    'is PDF 1.7, marked, titled in its XMP metadata and identified as PDF/UA-1, in its language, showing its title',
    each(({ pdf, doc }) => {
      expect(pdf.version).toBe('1.7');
      expect(pdf.markInfo?.Marked).toBe(true);
      expect(pdf.markInfo?.Suspects).not.toBe(true);
      expect(pdf.displayDocTitle).toBe(true);
      expect(pdf.language).toBe(doc.meta.language);
      expect(pdf.title).toBeTruthy();
      expect(pdf.xmp?.title).toBe(pdf.title);
      expect([pdf.xmp?.language].flat()).toEqual([doc.meta.language]);
      expect(pdf.xmp?.pdfuaPart).toBe('1');
    }),
    SLOW,
  );

  it(
    "has a structure tree on every page whose marked content is exactly the page's content (ParentTree and StructParents hold)",
    each(({ pdf }) => {
      pdf.pages.forEach((page, i) => {
        expect(page.tree, `page ${i + 1}`).not.toBeNull();
        expect(page.contentIds.size, `page ${i + 1}`).toBeGreaterThan(0);
        expect([...page.treeIds].sort(), `page ${i + 1}`).toEqual([...page.contentIds].sort());
      });
    }),
    SLOW,
  );

  it(
    'paints nothing outside marked content, and never nests an artifact and tagged content',
    each(({ pdf }) => {
      pdf.pages.forEach((page, i) => {
        expect({ page: i + 1, untagged: page.untaggedPaint, nested: page.nested }).toEqual({ page: i + 1, untagged: 0, nested: 0 });
        expect(page.taggedPaint, `page ${i + 1}`).toBeGreaterThan(0);
        expect(page.artifactPaint, `page ${i + 1}: the footer`).toBeGreaterThan(0);
      });
    }),
    SLOW,
  );

  it(
    'uses standard structure types only; its headings start at one H1 and never skip a level',
    each(({ pdf }) => {
      const roles = elementsInOrder(pdf).map((node) => node.role!);
      expect(roles.filter((role) => !STANDARD.has(role))).toEqual([]);
      const headings = roles.filter((role) => /^H\d$/.test(role)).map((role) => Number(role.slice(1)));
      expect(headings[0]).toBe(1);
      expect(headings.filter((level) => level === 1)).toHaveLength(1);
      const jumps = headings.flatMap((level, i) => (i > 0 && level > headings[i - 1]! + 1 ? [`H${headings[i - 1]} → H${level}`] : []));
      expect(jumps).toEqual([]);
      expect(headings.filter((level) => level === 2).length).toBeGreaterThan(0);
    }),
    SLOW,
  );

  it(
    'reads, in tree order, what the document says in order: no footer, no "(continued)", a space wherever a line wrapped',
    each(({ pdf, doc, structText }) => {
      // pdf.js drops a line's last space (it tells lines apart by position), so its order is compared without spaces;
      // poppler reads the characters as they are, spaces included.
      const text = treeText(pdf);
      expect(squash(text)).toBe(squash(readingOrder(doc.blocks)));
      expect(popplerText(structText)).toBe(readingOrder(doc.blocks));
      expect(text).not.toMatch(/Page \d+ of \d+|\(continued\)/);
      expect(structText).not.toMatch(/Page \d+ of \d+|\(continued\)/);
      // The footer is there, drawn as an artifact.
      expect(pdf.pages[0]!.textById.get('')).toContain(`Page 1 of ${pdf.pages.length}`);
    }),
    SLOW,
  );

  it(
    'is read by poppler (pdfinfo -struct) without a warning',
    each(({ warnings, poppler }) => {
      expect(warnings).toBe('');
      expect(poppler.children.map((e) => e.type)).toEqual(['Document']);
    }),
    SLOW,
  );

  it(
    'has tables of rows of header and data cells, the same number in every row, each header cell with its scope',
    each(({ poppler }) => {
      const all = popplerElements(poppler);
      const tables = all.filter((e) => e.type === 'Table');
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(kindsOutside(table, 'TR', 'Caption')).toEqual([]);
        const rows = table.children.filter((e) => e.type === 'TR');
        for (const row of rows) expect(kindsOutside(row, 'TH', 'TD')).toEqual([]);
        expect(new Set(rows.map((row) => row.children.length)).size).toBe(1);
      }
      for (const th of all.filter((e) => e.type === 'TH')) expect(th.attributes.join(' ')).toMatch(/\/Scope \/(Row|Column)/);
    }),
    SLOW,
  );

  it(
    'has lists of items, each its label (the number or bullet) before its body',
    each(({ poppler }) => {
      const all = popplerElements(poppler);
      const lists = all.filter((e) => e.type === 'L');
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) {
        expect(kindsOutside(list, 'LI')).toEqual([]);
        for (const item of list.children) {
          expect(kindsOutside(item, 'Lbl', 'LBody')).toEqual([]);
          expect(item.children[0]?.type).toBe('Lbl');
        }
      }
    }),
    SLOW,
  );

  it(
    'has a bookmark for every section, in order, on the page of its heading',
    each(({ pdf, doc }) => {
      const sections = doc.blocks.flatMap((block) => (block.kind === 'section' ? [block.text] : []));
      expect(pdf.outline.map((item) => item.title)).toEqual(sections);
      const headings = pdf.pages.map((page) => {
        const h2: string[] = [];
        const walk = (node: StructNode) => (node.role === 'H2' ? h2.push(nodeText(pdf, node)) : node.children?.forEach(walk));
        if (page.tree) walk(page.tree);
        return h2.map(squash);
      });
      for (const item of pdf.outline) expect(headings[item.page - 1], item.title).toContain(squash(item.title));
    }),
    SLOW,
  );

  it(
    'names each embedded face for itself with a subset tag, its descriptor flags and italic angle as the face is',
    each(({ bytes }) => {
      const text = Buffer.from(bytes).toString('latin1');
      const descriptors = [
        ...text.matchAll(/\/Type \/FontDescriptor\n\/FontName \/(\S+)[\s\S]*?\/Flags (\d+)[\s\S]*?\/ItalicAngle (-?[\d.]+)/g),
      ];
      expect(descriptors.length).toBeGreaterThan(1);
      const names = descriptors.map(([, name]) => name!);
      expect(new Set(names.map((name) => name.slice(7))).size).toBe(names.length);
      for (const [, name, flags, angle] of descriptors) {
        expect(name).toMatch(/^[A-Z]{6}\+(DejaVuSans(-Bold|-Oblique|-BoldOblique)?|NotoSansSC-Regular|NotoSansKR-Regular)$/);
        const oblique = name!.includes('Oblique');
        expect({ name, italic: (Number(flags) & 64) !== 0, slanted: Number(angle) < 0 }).toEqual({
          name,
          italic: oblique,
          slanted: oblique,
        });
        expect(text, name).toContain(`/BaseFont /${name}`);
      }
    }),
    SLOW,
  );
});

describe('the filled worksheet', () => {
  const filled = () => cases.filter((c) => c.doc.name === 'filled worksheet');

  it('marks the language of answers in another script', () => {
    for (const { pdf } of filled()) {
      const spans = elementsInOrder(pdf)
        .filter((node) => node.lang)
        .map((node) => ({ lang: node.lang, text: nodeText(pdf, node) }));
      for (const [lang, words] of [
        ['zh', '儿童福利'],
        ['ko', '아동 복지'],
        ['ru', 'Добро пожаловать'],
        ['vi', 'Nguyễn Thị'],
        ['hy', 'Բարի գալուստ'],
      ])
        expect(
          spans.some((span) => span.lang === lang && span.text.includes(words!)),
          `${lang}: ${words}`,
        ).toBe(true);
      expect(spans.filter((span) => /[A-Za-z]{3}/.test(span.text) && span.lang !== 'vi')).toEqual([]);
    }
  });
});

describe('a crosswalk row that splits across pages', () => {
  it('is one data cell with its content on two pages, its repeated label and "(continued)" drawn as artifacts', () => {
    for (const { pdf, doc, structText } of cases.filter((c) => c.doc.name.includes('split'))) {
      const table = doc.blocks.find((block) => block.kind === 'table')!;
      const long = table.kind === 'table' ? table.rows.find(([label]) => label.startsWith('Inquiry'))![1] : '';
      const pagesWithIt = pdf.pages.filter((page) =>
        [...page.textById].some(([id, text]) => id && text.length > 40 && squash(long).includes(squash(text))),
      );
      expect(pagesWithIt.length).toBeGreaterThan(1);
      // poppler reads the whole tree: one TD holds all of it.
      const lines = structText.split('\n').map((line) => line.trim());
      const stringsAfter = (i: number) => {
        const end = lines.findIndex((line, j) => j > i && !line.startsWith('"'));
        return lines.slice(i + 1, end === -1 ? undefined : end);
      };
      const cells = lines.flatMap((line, i) => (line === 'TD' ? [stringsAfter(i)] : []));
      const split = cells.find((strings) => squash(strings.map((s) => s.slice(1, -1)).join('')).includes(squash(long)));
      expect(split?.length, 'one TD holding all of the long cell, in a string per page').toBeGreaterThan(1);
      const artifacts = pdf.pages.map((page) => page.textById.get('') ?? '').join(' ');
      expect(artifacts).toContain('(continued)');
    }
  });
});
