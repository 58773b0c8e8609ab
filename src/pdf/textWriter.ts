import type { jsPDF } from 'jspdf';

/**
 * Writes laid-out text runs straight into the page as PDF text operators. jsPDF's text() runs
 * every call through option parsing, Arabic shaping and bidi reordering, none of which our
 * runs need (each is one font, left to right, already placed); here a run is its glyph ids in
 * hex, as jsPDF writes for an Identity-H font, and the font records the glyphs, characters
 * and widths it used, exactly as jsPDF's own encoder does, so jsPDF embeds the subset.
 *
 * jsPDF embeds only fonts that text() has used, so the first run of each font goes through
 * text(); the output is the same either way.
 */

/** jsPDF's parsed TrueType font, as far as drawing with it touches it (not in jsPDF's typings). */
interface DrawingFont {
  id: string;
  metadata: {
    characterToGlyph(code: number): number;
    widthOfGlyph(glyph: number): number;
    glyIdsUsed: number[];
    toUnicode: Record<number, number>;
    Unicode: { widths: Array<number | number[]> };
  };
}

export interface TextRun {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  color: string;
  width: number;
  /** A line's last run where the line broke at a space: see `trailingSpace`. */
  spaceAfter?: boolean;
}

/** A character the font lacks: left out beyond Latin-1, and the end of the run below it (as jsPDF does). */
const SKIP = '';
const STOP = null;

/**
 * Glyph ids in hex, and the bookkeeping jsPDF's pdfEscape16 does (glyphs used, their widths,
 * glyph → character), done once per character of a document instead of once per occurrence.
 */
class FontEncoder {
  private readonly widthsKnown = new Set<number>();
  private readonly hexOf = new Map<number, string | typeof STOP>();

  constructor(readonly font: DrawingFont) {
    for (let i = 0; i < font.metadata.Unicode.widths.length; i += 2) this.widthsKnown.add(font.metadata.Unicode.widths[i] as number);
  }

  private record(code: number): string | typeof STOP {
    const meta = this.font.metadata;
    const glyph = meta.characterToGlyph(code);
    if (!glyph) return code >= 256 ? SKIP : STOP;
    if (!this.widthsKnown.has(glyph)) {
      this.widthsKnown.add(glyph);
      meta.glyIdsUsed.push(glyph);
      meta.Unicode.widths.push(glyph, [parseInt(String(meta.widthOfGlyph(glyph)), 10)]);
    }
    meta.toUnicode[glyph] = code;
    return glyph.toString(16).padStart(4, '0');
  }

  /** The run as glyph ids (layout has already replaced whatever no font draws). */
  hex(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let hex = this.hexOf.get(code);
      if (hex === undefined) this.hexOf.set(code, (hex = this.record(code)));
      if (hex === STOP) break;
      out += hex;
    }
    return out;
  }
}

/** PDF number: three decimals are far below a printer's dot. */
const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** "#1d4e5f" as a PDF fill colour, to three decimals like jsPDF's text colour. */
function fillOperator(hex: string): string {
  const channel = (at: number) => num(parseInt(hex.slice(at, at + 2), 16) / 255);
  return `${channel(1)} ${channel(3)} ${channel(5)} rg`;
}

/** What the writer uses of jsPDF beyond its typings. */
interface DocInternals {
  getFont(family: string, style: string): DrawingFont;
  internal: { write(operators: string): void };
}

export class TextWriter {
  private readonly encoders = new Map<string, FontEncoder>();
  private fill: string | undefined;
  private readonly raw: DocInternals;

  constructor(private readonly doc: jsPDF) {
    this.raw = doc as unknown as DocInternals;
  }

  /** A new page starts with jsPDF's default colours. */
  newPage(): void {
    this.fill = undefined;
  }

  /** Sets the fill colour (text and boxes) unless it is already set on this page. */
  setFill(color: string): void {
    if (this.fill === color) return;
    this.fill = color;
    this.raw.internal.write(fillOperator(color));
  }

  /** Draws one run in the given jsPDF font (family and style). */
  draw(run: TextRun, family: string, style: string): void {
    const font = this.raw.getFont(family, style);
    let encoder = this.encoders.get(font.id);
    if (!encoder) {
      this.doc.setFont(family, style);
      this.doc.setFontSize(run.size);
      this.doc.setTextColor(run.color);
      this.doc.text(run.text, run.x, run.y);
      this.fill = run.color;
      this.encoders.set(font.id, (encoder = new FontEncoder(font)));
      if (run.spaceAfter)
        this.raw.internal.write(`BT\n${num(run.x + run.width)} ${num(this.baseline(run))} Td\n${this.trailingSpace(font, encoder)}\nET`);
      return;
    }
    this.setFill(run.color);
    const space = run.spaceAfter ? `\n${this.trailingSpace(font, encoder)}` : '';
    this.raw.internal.write(
      `BT\n/${font.id} ${num(run.size)} Tf\n${num(run.x)} ${num(this.baseline(run))} Td\n<${encoder.hex(run.text)}> Tj${space}\nET`,
    );
  }

  /** The baseline in PDF coordinates (from the foot of the page). */
  private baseline(run: TextRun): number {
    return this.doc.internal.pageSize.getHeight() - run.y;
  }

  /**
   * The space a wrapped line ends with, so words at a line's end and the next line's start are
   * read and copied apart. Set at 1 pt: it takes no room a reader could see (a third of a point)
   * and leaves each line's text inside its measured width.
   */
  private trailingSpace(font: DrawingFont, encoder: FontEncoder): string {
    return `/${font.id} 1 Tf\n<${encoder.hex(' ')}> Tj`;
  }
}
