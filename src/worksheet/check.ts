import type { BlanksPrompt } from './types';

/**
 * Reduces an answer to the words that matter, so "the inquiry/exploration level",
 * "Inquiry & Exploration" and "inquiry and exploration" compare equal.
 */
export function normalizeAnswer(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[&/+]/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (level|element)s?$/, '')
    .trim();
}

export type BlankResult = 'correct' | 'incorrect' | 'empty';

/**
 * Marks each blank against the key, in any order: a blank is right when it names an
 * answer that no earlier blank already named.
 */
export function checkBlanks(prompt: BlanksPrompt, values: readonly string[]): BlankResult[] {
  const remaining = prompt.answerKey.map((accepted) => new Set(accepted.map(normalizeAnswer)));
  return prompt.blanks.map((_, index) => {
    const given = normalizeAnswer(values[index] ?? '');
    if (!given) return 'empty';
    const match = remaining.findIndex((accepted) => accepted.has(given));
    if (match < 0) return 'incorrect';
    remaining.splice(match, 1);
    return 'correct';
  });
}

/** The key as the worksheet shows it when a participant asks: the first spelling of each answer. */
export function answerKeyText(prompt: BlanksPrompt): string[] {
  return prompt.answerKey.map((accepted) => accepted[0] ?? '');
}
