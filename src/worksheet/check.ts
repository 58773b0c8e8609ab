import type { BlanksPrompt } from './types';

/** One word in the singular, so "Systems", "Families" and "Teams" compare with their key. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Reduces an answer to the words that matter, so "the inquiry/exploration level",
 * "Inquiry & Exploration", "Systems" and "system level." compare equal with their key.
 */
export function normalizeAnswer(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[&/+]/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(singular)
    .join(' ')
    .replace(/^the /, '')
    .replace(/( (level|element))+$/, '')
    .trim();
}

export type BlankResult = 'correct' | 'incorrect' | 'empty';

/** Words this long forgive one slip: a letter missing, extra, wrong, or two swapped. */
const FORGIVING_LENGTH = 6;

/** Whether two answers differ by at most one slip ("Accountabilty", "Teaimng"). */
function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < FORGIVING_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) {
    const swapped = a[start] === b[start + 1] && a[start + 1] === b[start] && rest(a, start + 2) === rest(b, start + 2);
    return swapped || rest(a, start + 1) === rest(b, start + 1);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return rest(longer, start + 1) === rest(shorter, start);
}

/** Whether a typed answer names an answer of the key, in any accepted spelling or within one slip of one. */
const names = (accepted: ReadonlySet<string>, given: string) =>
  accepted.has(given) || [...accepted].some((spelling) => withinOneSlip(spelling, given));

/** Which answer of the key each blank names (or -1), each answer claimed by one blank only. */
function matchBlanks(prompt: BlanksPrompt, values: readonly string[]): number[] {
  const accepted = prompt.answerKey.map((spellings) => new Set(spellings.map(normalizeAnswer)));
  const claimed = new Set<number>();
  return prompt.blanks.map((_, index) => {
    const given = normalizeAnswer(values[index] ?? '');
    // An exact spelling first: a slip must not take an answer another blank names exactly.
    const free = (key: number) => !claimed.has(key);
    let match = given ? accepted.findIndex((set, key) => free(key) && set.has(given)) : -1;
    if (given && match < 0) match = accepted.findIndex((set, key) => free(key) && names(set, given));
    if (match >= 0) claimed.add(match);
    return match;
  });
}

/** The answer of the key one typed value names (exactly, or within one slip), or undefined. */
export function keyAnswerFor(prompt: BlanksPrompt, value: string): string[] | undefined {
  const given = normalizeAnswer(value);
  if (!given) return undefined;
  const accepted = prompt.answerKey.map((spellings) => new Set(spellings.map(normalizeAnswer)));
  const index = accepted.findIndex((set) => set.has(given));
  const found = index >= 0 ? index : accepted.findIndex((set) => names(set, given));
  return prompt.answerKey[found];
}

/**
 * Marks each blank against the key, in any order: a blank is right when it names an
 * answer that no earlier blank already named.
 */
export function checkBlanks(prompt: BlanksPrompt, values: readonly string[]): BlankResult[] {
  const matches = matchBlanks(prompt, values);
  return matches.map((match, index) => {
    if (match >= 0) return 'correct';
    return normalizeAnswer(values[index] ?? '') ? 'incorrect' : 'empty';
  });
}

/**
 * The answer to show beside each blank that is not right: the answers no blank named yet,
 * in the key's order, one per wrong or empty blank. Right blanks get undefined.
 */
export function expectedAnswers(prompt: BlanksPrompt, values: readonly string[]): Array<string | undefined> {
  const matches = matchBlanks(prompt, values);
  const unnamed = answerKeyText(prompt).filter((_, key) => !matches.includes(key));
  return matches.map((match) => (match >= 0 ? undefined : unnamed.shift()));
}

/** The key as the worksheet shows it when a participant asks: the first spelling of each answer. */
export function answerKeyText(prompt: BlanksPrompt): string[] {
  return prompt.answerKey.map((accepted) => accepted[0] ?? '');
}
