import { jsPDF } from 'jspdf';
import { canDeflateNatively, deflateNatively, deflateNow } from './deflate';
import { eventsOf, subscribeGuarded } from './events';

/**
 * Embeds our Identity-H fonts in place of jsPDF's own embedder, which turns every font subset
 * into a string one byte at a time and compresses it again for every document. This one writes
 * the same objects (the subset as FontFile2, its ToUnicode map, the descriptor, the CID font
 * and the Type0 font), with each distinct subset compressed once, natively when there is time
 * before output (`precompressSubsets`).
 */

interface FontMetadata {
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  Unicode: { widths: unknown[] };
  subset: { encode(glyphs: number[], indexToLocFormat: number): number[] };
  bbox: number[];
  flags: number;
  name: { postscriptName: string };
  post: { italicAngle: number };
  stemV: number;
  italicAngle: number;
  ascender: number;
  decender: number;
  capHeight: number;
}
interface EmbeddedFont {
  fontName: string;
  encoding: string;
  objectNumber?: number;
  isAlreadyPutted?: boolean;
  metadata: FontMetadata;
}
interface StreamOptions {
  data: string;
  objectId: number;
  addLength1?: boolean;
  filters?: string[];
  alreadyAppliedFilters?: string[];
  additionalKeyValues?: Array<{ key: string; value: number | string }>;
}
/** What jsPDF hands a putFont handler: its own functions, called unbound. */
interface PutFont {
  font: EmbeddedFont;
  out: (this: void, line: string) => void;
  newObject: (this: void) => number;
  putStream: (this: void, options: StreamOptions) => void;
}
type Handler = (event: PutFont) => void;
interface Api {
  events: Array<[string, unknown]>;
  TTFFont: { prototype: object };
  PDFObject: { convert(value: unknown): string };
}

const api = jsPDF.API as unknown as Api;
const isParsedFont = (font: EmbeddedFont) => font.metadata instanceof (api.TTFFont as unknown as new () => object);

/**
 * jsPDF's Identity-H embedder, found once by what it does: of the putFont handlers, the one
 * that asks an Identity-H font for its subset. Undefined if jsPDF no longer has one.
 */
let jspdfEmbedder: unknown;
function findJspdfEmbedder(): unknown {
  const asked = new Error('asked for the subset');
  const metadata = Object.assign(Object.create(api.TTFFont.prototype) as object, {
    glyIdsUsed: [0],
    Unicode: { widths: [] },
    subset: {
      encode: () => {
        throw asked;
      },
    },
  });
  const probe = { font: { metadata, encoding: 'Identity-H', fontName: 'Probe' }, out() {}, newObject: () => 0, putStream() {} };
  for (const [topic, handler] of api.events) {
    if (topic !== 'putFont' || typeof handler !== 'function') continue;
    try {
      (handler as Handler)(probe as unknown as PutFont);
    } catch (error) {
      if (error === asked) return handler;
    }
  }
  return undefined;
}

/** Each distinct subset (the array our font cache returns for a set of glyphs), compressed. */
const compressed = new WeakMap<number[], string>();

const subsetOf = (meta: FontMetadata) => meta.subset.encode(meta.glyIdsUsed, 1);

function compressedSubset(bytes: number[]): string {
  let data = compressed.get(bytes);
  if (data === undefined) compressed.set(bytes, (data = deflateNow(Uint8Array.from(bytes))));
  return data;
}

/** Compresses, natively and all at once, the subsets of the fonts a drawn document will embed. */
export async function precompressSubsets(fonts: FontMetadata[]): Promise<void> {
  if (!canDeflateNatively()) return;
  const todo = fonts.filter((meta) => meta.glyIdsUsed.length > 1).map(subsetOf);
  const fresh = [...new Set(todo)].filter((bytes) => !compressed.has(bytes));
  const done = await Promise.all(fresh.map((bytes) => deflateNatively(Uint8Array.from(bytes))));
  fresh.forEach((bytes, i) => compressed.set(bytes, done[i]!));
}

/** The ToUnicode CMap of glyph → character, in blocks of 100 as jsPDF writes it. */
function toUnicodeCMap(map: Record<number, number>): string {
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  const entries = Object.keys(map)
    .map(Number)
    .sort((a, b) => a - b)
    .map((glyph) => `<${hex(glyph)}><${hex(map[glyph]!)}>`);
  let blocks = '';
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks += `\n${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`;
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n' +
    `/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><ffff>\nendcodespacerange${blocks}\n` +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend'
  );
}

/**
 * The subset's tag (ISO 32000-1 §9.6.4): six capital letters, here a hash of the glyphs it
 * holds, so the same subset is always named the same and another subset almost never is.
 */
export function subsetTag(glyphs: number[]): string {
  let hash = 0x811c9dc5;
  for (const glyph of [...new Set(glyphs)].sort((a, b) => a - b)) hash = Math.imul(hash ^ glyph, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, hash = Math.floor(hash / 26)) tag += String.fromCharCode(65 + (hash % 26));
  return tag;
}

/**
 * How the descriptor describes the face: its own PostScript name ("DejaVuSans-BoldOblique",
 * so bold and italic survive a copy into a word processor) behind its subset tag, and its
 * italic angle and Italic flag read from the font's post table (jsPDF reads a field the table
 * does not have, and writes 0 for the obliques).
 */
function faceOf(meta: FontMetadata) {
  const name = `${subsetTag(meta.glyIdsUsed)}+${meta.name.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
  const italicAngle = Math.round((meta.post.italicAngle / 65536) * 100) / 100;
  const ITALIC = 1 << 6;
  const flags = italicAngle ? meta.flags | ITALIC : meta.flags & ~ITALIC;
  return { name, italicAngle, flags };
}

/** Writes one Identity-H font's objects, as jsPDF's embedder does, each face named for itself. */
function embed({ font, out, newObject, putStream }: PutFont): void {
  if (!isParsedFont(font) || font.encoding !== 'Identity-H') return;
  const meta = font.metadata;
  const bytes = subsetOf(meta);
  const file = newObject();
  putStream({
    data: compressedSubset(bytes),
    objectId: file,
    filters: [],
    alreadyAppliedFilters: ['/FlateDecode'],
    additionalKeyValues: [{ key: 'Length1', value: bytes.length }],
  });
  out('endobj');
  const cmap = newObject();
  putStream({ data: toUnicodeCMap(meta.toUnicode), addLength1: true, objectId: cmap });
  out('endobj');
  const { name, italicAngle, flags } = faceOf(meta);
  const descriptor = newObject();
  out(
    `<<\n/Type /FontDescriptor\n/FontName /${name}\n/FontFile2 ${file} 0 R\n/FontBBox ${api.PDFObject.convert(meta.bbox)}\n/Flags ${flags}\n` +
      `/StemV ${meta.stemV}\n/ItalicAngle ${italicAngle}\n/Ascent ${meta.ascender}\n/Descent ${meta.decender}\n/CapHeight ${meta.capHeight}\n>>\nendobj`,
  );
  const descendant = newObject();
  out(
    `<<\n/Type /Font\n/BaseFont /${name}\n/FontDescriptor ${descriptor} 0 R\n/W ${api.PDFObject.convert(meta.Unicode.widths)}\n/CIDToGIDMap /Identity\n` +
      `/DW 1000\n/Subtype /CIDFontType2\n/CIDSystemInfo\n<<\n/Supplement 0\n/Registry (Adobe)\n/Ordering (Identity-H)\n>>\n>>\nendobj`,
  );
  font.objectNumber = newObject();
  out(
    `<<\n/Type /Font\n/Subtype /Type0\n/ToUnicode ${cmap} 0 R\n/BaseFont /${name}\n/Encoding /Identity-H\n/DescendantFonts [${descendant} 0 R]\n>>\nendobj`,
  );
  font.isAlreadyPutted = true;
}

/** Has this document embed Identity-H fonts with `embed` instead of jsPDF's embedder (when it can find it). */
export function embedFontsOurselves(doc: jsPDF): void {
  jspdfEmbedder ??= findJspdfEmbedder() ?? null;
  if (!jspdfEmbedder) return;
  const events = eventsOf(doc);
  const handlers = events.getTopics().putFont ?? {};
  const tokens = Object.keys(handlers).filter((token) => handlers[token]![0] === jspdfEmbedder);
  if (tokens.length !== 1) return;
  events.unsubscribe(tokens[0]!);
  subscribeGuarded(doc, 'putFont', embed);
}
