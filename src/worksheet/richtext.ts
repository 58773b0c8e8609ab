/** A run of handout text with the marks the paper uses. */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * Splits "**bold**" and "*italic*" marks into spans. Views render spans as text nodes,
 * never as HTML, so nothing in a template string can become markup.
 */
export function parseMarks(source: string): Span[] {
  const spans: Span[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) spans.push({ text: source.slice(last, at), bold: false, italic: false });
    if (match[1] !== undefined) spans.push({ text: match[1], bold: true, italic: false });
    else spans.push({ text: match[2] ?? '', bold: false, italic: true });
    last = at + match[0].length;
  }
  if (last < source.length) spans.push({ text: source.slice(last), bold: false, italic: false });
  return spans;
}

/** The words without marks, for labels, titles and search. */
export function plainText(source: string): string {
  return parseMarks(source)
    .map((span) => span.text)
    .join('');
}
