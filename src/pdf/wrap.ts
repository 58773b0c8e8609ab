import type { Words } from './content';

/**
 * Line breaking, pure: styled words in, lines out. Breaks only between words; CJK text breaks
 * between characters; a word wider than the line breaks between letters. Quotes, brackets and
 * ellipses stay with the word they belong to.
 */

export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface Line {
  segments: Segment[];
  width: number;
  /** The line broke where a space or a line break was: text read aloud or copied needs a space after it. */
  spaced?: boolean;
}

/** Width of a run of text in one style at a size. */
export type TextWidth = (text: string, bold: boolean, italic: boolean, size: number) => number;

/** A word: the segments between two break opportunities (a glued space may be inside). */
interface Word {
  segments: Segment[];
  /** A space came before it in the source, so one is drawn between it and the previous word. */
  spaced: boolean;
  /** How many line breaks come before it. */
  breaks: number;
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation that belongs to the word before it, even with a space between ("word . . ."). */
const CLOSING = /^[.,;:!?…)\]}”’»›"']+$/u;
/** Punctuation that belongs to the word after it (“ ( ‘). */
const OPENING = /^[“‘«‹([{"']+$/u;

const sameStyle = (a: Segment, b: Segment) => a.bold === b.bold && a.italic === b.italic;

function appendSegment(segments: Segment[], segment: Segment) {
  const last = segments[segments.length - 1];
  if (last && sameStyle(last, segment)) last.text += segment.text;
  else segments.push({ ...segment });
}

const wordText = (word: Word) => word.segments.map((s) => s.text).join('');

/** Splits styled text into words; pieces of a word in different styles stay one word. */
export function toWords(runs: Words[]): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  let pendingSpace = false;
  let pendingBreaks = 0;
  for (const run of runs) {
    const style = { bold: run.bold === true, italic: run.italic === true };
    // A non-breaking space joins its words (". . ." in the handout), so lines break only at spaces.
    for (const part of run.text.split(/(\n| +)/)) {
      if (!part) continue;
      if (part === '\n') {
        pendingBreaks++;
        current = undefined;
        continue;
      }
      if (/^ +$/.test(part)) {
        pendingSpace = true;
        current = undefined;
        continue;
      }
      for (const piece of cjkPieces(part)) {
        if (current && !pendingSpace && !pendingBreaks && !piece.cjk && !CJK_CHAR.test(wordText(current))) {
          appendSegment(current.segments, { text: piece.text, ...style });
          continue;
        }
        current = { segments: [{ text: piece.text, ...style }], spaced: pendingSpace && !pendingBreaks, breaks: pendingBreaks };
        words.push(current);
        pendingSpace = false;
        pendingBreaks = 0;
        if (piece.cjk) current = undefined;
      }
    }
  }
  return glue(words);
}

/** Text split so that each CJK character is its own piece. */
function cjkPieces(text: string): Array<{ text: string; cjk: boolean }> {
  if (!CJK_CHAR.test(text)) return [{ text, cjk: false }];
  const pieces: Array<{ text: string; cjk: boolean }> = [];
  let word = '';
  for (const char of text) {
    if (!CJK_CHAR.test(char)) {
      word += char;
      continue;
    }
    if (word) pieces.push({ text: word, cjk: false });
    word = '';
    pieces.push({ text: char, cjk: true });
  }
  if (word) pieces.push({ text: word, cjk: false });
  return pieces;
}

/** Joins lone closing punctuation to the word before and opening punctuation to the word after. */
function glue(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const previous = out[out.length - 1];
    const text = wordText(word);
    if (previous && !word.breaks && CLOSING.test(text)) {
      join(previous, word);
      continue;
    }
    const next = words[i + 1];
    if (next && !next.breaks && (OPENING.test(text) || (!previous && CLOSING.test(text)))) {
      // "“ intervention", or ". . . And" at a paragraph's start: the mark goes with the next word.
      join(word, next);
      i++;
      out.push(word);
      continue;
    }
    out.push(word);
  }
  return out;
}

function join(into: Word, word: Word) {
  if (word.spaced) appendSegment(into.segments, { ...into.segments[into.segments.length - 1]!, text: ' ' });
  for (const segment of word.segments) appendSegment(into.segments, segment);
}

/** Greedy line breaking over `runs` for lines of `maxWidth`. Always at least one line. */
export function wrap(runs: Words[], maxWidth: number, size: number, width: TextWidth): Line[] {
  const lines: Line[] = [];
  let line: Line = { segments: [], width: 0 };
  const push = (spaced: boolean) => {
    if (spaced) line.spaced = true;
    lines.push(line);
    line = { segments: [], width: 0 };
  };
  const measure = (segments: Segment[]) => segments.reduce((sum, s) => sum + width(s.text, s.bold, s.italic, size), 0);
  for (const word of toWords(runs)) {
    for (let i = 0; i < word.breaks; i++) push(true);
    const w = measure(word.segments);
    const first = word.segments[0]!;
    const space = word.spaced && line.segments.length ? { ...first, text: ' ' } : undefined;
    const spaceW = space ? width(' ', space.bold, space.italic, size) : 0;
    if (line.width + spaceW + w <= maxWidth || (!line.segments.length && w <= maxWidth)) {
      if (space) appendSegment(line.segments, space);
      word.segments.forEach((s) => appendSegment(line.segments, s));
      line.width += spaceW + w;
      continue;
    }
    if (line.segments.length) push(word.spaced);
    if (w <= maxWidth) {
      word.segments.forEach((s) => appendSegment(line.segments, s));
      line.width = w;
      continue;
    }
    // A word wider than the line (a URL, 200 letters without a space): break it by letter.
    for (const segment of word.segments) {
      for (const char of segment.text) {
        const cw = width(char, segment.bold, segment.italic, size);
        if (line.width + cw > maxWidth && line.segments.length) push(false);
        appendSegment(line.segments, { ...segment, text: char });
        line.width += cw;
      }
    }
  }
  if (line.segments.length || lines.length === 0) lines.push(line);
  return lines;
}

/** The line cut to `maxWidth` with an ellipsis at its end. */
export function ellipsize(line: Line, maxWidth: number, size: number, width: TextWidth): Line {
  const segments = line.segments.map((s) => ({ ...s }));
  const ellipsis = width('…', false, false, size);
  const total = () => segments.reduce((sum, s) => sum + width(s.text, s.bold, s.italic, size), 0);
  let w = total();
  while (w + ellipsis > maxWidth && segments.length) {
    const last = segments[segments.length - 1]!;
    last.text = [...last.text].slice(0, -1).join('');
    if (!last.text) segments.pop();
    w = total();
  }
  segments.push({ text: '…', bold: false, italic: false });
  return { segments, width: w + ellipsis };
}
