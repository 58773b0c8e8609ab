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

/** Which answer of the key each blank names (or -1), each answer claimed by one blank only. */
function matchBlanks(prompt: BlanksPrompt, values: readonly string[]): number[] {
  const accepted = prompt.answerKey.map((spellings) => new Set(spellings.map(normalizeAnswer)));
  const claimed = new Set<number>();
  return prompt.blanks.map((_, index) => {
    const given = normalizeAnswer(values[index] ?? '');
    const match = given ? accepted.findIndex((set, key) => !claimed.has(key) && set.has(given)) : -1;
    if (match >= 0) claimed.add(match);
    return match;
  });
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
