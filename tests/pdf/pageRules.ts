import type { PdfText, PdfWord } from './text';

/**
 * The page rules checked on a real PDF's text layer (pdf.js), as a reader's viewer sees it:
 * lines are the words of one baseline; what a line belongs to is found by its words.
 */

export interface TextLine {
  page: number;
  y: number;
  text: string;
  words: PdfWord[];
}

const squash = (text: string) => text.replace(/\s+/g, '');
/** The footer's baseline is the bottom margin; body text sits above its rule. */
const FOOTER_ZONE = 54 + 10;

/** Body lines in reading order, footers left out. */
export function bodyLines(pdf: PdfText): TextLine[] {
  const lines = new Map<string, TextLine>();
  for (const word of pdf.words) {
    if (!word.text.trim() || word.y > word.pageHeight - FOOTER_ZONE) continue;
    const key = `${word.page}:${word.y.toFixed(1)}`;
    const line = lines.get(key) ?? { page: word.page, y: word.y, text: '', words: [] };
    line.words.push(word);
    lines.set(key, line);
  }
  return [...lines.values()]
    .map((line) => ({
      ...line,
      words: line.words.sort((a, b) => a.x - b.x),
      text: line.words
        .sort((a, b) => a.x - b.x)
        .map((w) => w.text)
        .join(' '),
    }))
    .sort((a, b) => a.page - b.page || a.y - b.y);
}

/** A heading, question or label (`text`) is followed on its own page by at least `after` lines. */
export function keptWithNext(lines: TextLine[], text: string, after = 2): string[] {
  const target = squash(text);
  const index = lines.findIndex((_line, i) => {
    // The heading's last line: the lines from its start up to here spell it.
    for (let start = i; start >= Math.max(0, i - 3); start--) {
      if (
        squash(
          lines
            .slice(start, i + 1)
            .map((l) => l.text)
            .join(''),
        ) === target
      )
        return true;
    }
    return false;
  });
  if (index < 0) return [`keep: "${text}" not found`];
  const page = lines[index]!.page;
  const following = lines.slice(index + 1, index + 1 + after);
  if (following.length < after) return [];
  return following.every((line) => line.page === page)
    ? []
    : [`keep: "${text}" ends page ${page}; the next ${after} lines are not all with it`];
}

/** The lines that are part of `answer` (a line of at least 12 letters found in it) split two and two at least. */
export function noWidows(lines: TextLine[], answer: string, label: string): string[] {
  const whole = squash(answer);
  const own = lines.filter((line) => squash(line.text).length >= 12 && whole.includes(squash(line.text)));
  const perPage = new Map<number, number>();
  for (const line of own) perPage.set(line.page, (perPage.get(line.page) ?? 0) + 1);
  if (perPage.size < 2) return [];
  return [...perPage].filter(([, count]) => count < 2).map(([page, count]) => `widow: ${label}: ${count} line alone on page ${page}`);
}

/** Every number of a list ("9.", "10.") ends before its text starts and shares its baseline. */
export function numbersFit(lines: TextLine[], numbers: string[]): string[] {
  const bad: string[] = [];
  for (const number of numbers) {
    const line = lines.find((l) => l.words[0]?.text.trim() === number || l.words[0]?.text.startsWith(`${number} `));
    if (!line) {
      bad.push(`number: "${number}" not found at a line start`);
      continue;
    }
    const [first, second] = line.words;
    if (first!.text.trim() !== number) bad.push(`number: "${number}" runs into its text: "${first!.text}"`);
    else if (second && first!.x + first!.width > second.x - 2)
      bad.push(`number: "${number}" ends at ${(first!.x + first!.width).toFixed(1)}, its text starts at ${second.x.toFixed(1)}`);
  }
  return bad;
}

/** No line ends with an opening quote. */
export function quotesAttached(lines: TextLine[]): string[] {
  return lines
    .filter((line) => /[“‘]$/u.test(line.text.trim()))
    .map((line) => `quote: page ${line.page} line ends with an opening quote: "…${line.text.slice(-30)}"`);
}

/** A table that goes on to another page repeats its caption with "(continued)" and its header there. */
export function tableContinues(lines: TextLine[], caption: string, header: string): string[] {
  const pages = [...new Set(lines.filter((l) => l.text.includes(header)).map((l) => l.page))];
  const first = lines.find((l) => squash(l.text).startsWith(squash(caption)));
  if (!first) return [`table: caption "${caption}" not found`];
  return pages
    .filter((page) => page > first.page)
    .filter((page) => !lines.some((l) => l.page === page && squash(l.text).includes(squash(`${caption} (continued)`))))
    .map((page) => `table: page ${page} has the header of "${caption}" but no "(continued)" caption`);
}
