import { describe, expect, it } from 'vitest';
import { answerKeyText, checkBlanks, expectedAnswers, normalizeAnswer } from '../../src/worksheet/check';
import { findPrompt } from '../../src/worksheet/walk';
import { TEMPLATE } from '../../src/worksheet/template';
import type { BlanksPrompt } from '../../src/worksheet/types';

function blanks(id: string): BlanksPrompt {
  const prompt = findPrompt(TEMPLATE, id);
  if (!prompt || prompt.kind !== 'blanks') throw new Error(`no blanks prompt ${id}`);
  return prompt;
}

const levels = blanks('levels');
const elements = blanks('elements');

/**
 * What a participant might type in one blank, and whether it is taken as that answer.
 * Accepted: case, punctuation, a plural "s", a "Level" suffix, "&" / "/" for "and", accents.
 * Rejected: other words, half of a two-word answer joined to another, a bare "Level", a slip in a
 * short word ("Famly"), two slips.
 */
const VARIANTS: Array<{ prompt: BlanksPrompt; typed: string; accepted: boolean }> = [
  ...[
    'Family',
    'family',
    'FAMILY',
    'Families',
    'Family Level',
    'family-level',
    'The Family Level',
    'Family Levels',
    'Family Practice',
    'Family.',
    '“Family”',
    'Family Level Level',
  ].map((typed) => ({ prompt: levels, typed, accepted: true })),
  ...['System', 'Systems', 'system level', 'The Systems Level', 'SYSTEM LEVEL!', 'System’s', 'Sýstem'].map((typed) => ({
    prompt: levels,
    typed,
    accepted: true,
  })),
  ...['Community', 'Level', 'the level', 'Famly', 'Family and System', 'Systemic', 'Organization', 'F'].map((typed) => ({
    prompt: levels,
    typed,
    accepted: false,
  })),
  ...[
    'Engagement',
    'engagements',
    'Engage',
    'Inquiry and Exploration',
    'Inquiry & Exploration',
    'inquiry/exploration',
    'Inquiry + Exploration',
    'Inquiries and Explorations',
    'Inquiry, Exploration',
    'Inquiry',
    'Teaming',
    'Teams',
    'the Teaming element',
    'Advocacy',
    'advocacies',
    'Advocate',
    'Accountability',
    'ACCOUNTABLE',
    // One half of "Inquiry and Exploration" is as good as the other.
    'Exploration',
    // A one-letter slip in a longer word: a missing, extra, wrong or swapped letter.
    'Accountabilty',
    'Engagment',
    'Advocay',
    'Inquiry and Exploraton',
    'Teaimng',
  ].map((typed) => ({ prompt: elements, typed, accepted: true })),
  ...[
    'Accountabiltiy ability',
    'Engagmnt',
    'Teamwork',
    'Advocating',
    'Safety',
    'Trauma-informed',
    'Engagement and Teaming',
    'Account',
    'element',
  ].map((typed) => ({ prompt: elements, typed, accepted: false })),
];

describe('accepted and rejected variants', () => {
  it.each(VARIANTS)('$prompt.id: "$typed" accepted: $accepted', ({ prompt, typed, accepted }) => {
    const result = checkBlanks(prompt, [typed])[0];
    expect(result).toBe(accepted ? 'correct' : 'incorrect');
  });
});

describe('normalizeAnswer', () => {
  it('ignores case', () => {
    expect(normalizeAnswer('family')).toBe('family');
    expect(normalizeAnswer('FAMILY')).toBe('family');
    expect(normalizeAnswer('Family')).toBe(normalizeAnswer('fAmIlY'));
  });

  it('drops a leading "the" and a trailing "Level"', () => {
    expect(normalizeAnswer('Family Level')).toBe('family');
    expect(normalizeAnswer('the system level')).toBe('system');
    expect(normalizeAnswer('  The  System   Levels ')).toBe('system');
    expect(normalizeAnswer('Teaming element')).toBe('teaming');
  });

  it('treats "/", "&" and "and" alike', () => {
    const expected = 'inquiry and exploration';
    expect(normalizeAnswer('Inquiry and Exploration')).toBe(expected);
    expect(normalizeAnswer('Inquiry/Exploration')).toBe(expected);
    expect(normalizeAnswer('inquiry & exploration')).toBe(expected);
    expect(normalizeAnswer('INQUIRY / EXPLORATION')).toBe(expected);
  });

  it('drops punctuation and blank space', () => {
    expect(normalizeAnswer('Engagement.')).toBe('engagement');
    expect(normalizeAnswer('   ')).toBe('');
    expect(normalizeAnswer('')).toBe('');
  });
});

describe('checkBlanks', () => {
  it('accepts the levels in any case and with a "Level" suffix', () => {
    expect(checkBlanks(levels, ['family', 'SYSTEM'])).toEqual(['correct', 'correct']);
    expect(checkBlanks(levels, ['Family Level', 'the system level'])).toEqual(['correct', 'correct']);
    expect(checkBlanks(levels, ['System', 'Family'])).toEqual(['correct', 'correct']);
  });

  it('accepts the elements in any order and any accepted spelling', () => {
    expect(checkBlanks(elements, ['Accountability', 'teaming', 'Inquiry/Exploration', 'ENGAGEMENT', 'Advocacy'])).toEqual([
      'correct',
      'correct',
      'correct',
      'correct',
      'correct',
    ]);
    expect(checkBlanks(elements, ['inquiry & exploration', 'Advocacy', 'Engagement', 'Accountability', 'Teaming'])).toEqual([
      'correct',
      'correct',
      'correct',
      'correct',
      'correct',
    ]);
    expect(checkBlanks(elements, ['Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability', 'Engagement'])).toEqual([
      'correct',
      'correct',
      'correct',
      'correct',
      'correct',
    ]);
  });

  it('counts a repeated answer only once', () => {
    expect(checkBlanks(levels, ['Family', 'family level'])).toEqual(['correct', 'incorrect']);
    expect(checkBlanks(elements, ['Teaming', 'Teaming', 'Inquiry/Exploration', 'inquiry and exploration', 'Advocacy'])).toEqual([
      'correct',
      'incorrect',
      'correct',
      'incorrect',
      'correct',
    ]);
  });

  it('marks a wrong answer incorrect and an empty one empty', () => {
    expect(checkBlanks(levels, ['Community', ''])).toEqual(['incorrect', 'empty']);
    expect(checkBlanks(levels, ['   ', 'System'])).toEqual(['empty', 'correct']);
    expect(checkBlanks(elements, ['Engagement', 'Safety', '', 'Advocacy', 'the'])).toEqual([
      'correct',
      'incorrect',
      'empty',
      'correct',
      'incorrect',
    ]);
  });

  it('treats missing values as empty', () => {
    expect(checkBlanks(levels, [])).toEqual(['empty', 'empty']);
    expect(checkBlanks(elements, ['Teaming'])).toEqual(['correct', 'empty', 'empty', 'empty', 'empty']);
  });
});

describe('expectedAnswers', () => {
  it('gives each wrong or empty blank an answer no blank named yet, in the key order', () => {
    expect(expectedAnswers(levels, ['System', 'Community'])).toEqual([undefined, 'Family']);
    expect(expectedAnswers(levels, ['', ''])).toEqual(['Family', 'System']);
    expect(expectedAnswers(levels, ['Systems', 'Families'])).toEqual([undefined, undefined]);
    expect(expectedAnswers(elements, ['Accountability', 'Teams', 'Safety', 'Engagement', ''])).toEqual([
      undefined,
      undefined,
      'Inquiry and Exploration',
      undefined,
      'Advocacy',
    ]);
  });

  it('does not offer an answer twice when a blank repeats one', () => {
    expect(expectedAnswers(levels, ['Family', 'family level'])).toEqual([undefined, 'System']);
  });
});

describe('answerKeyText', () => {
  it('gives the first spelling of each answer', () => {
    expect(answerKeyText(levels)).toEqual(['Family', 'System']);
    expect(answerKeyText(elements)).toEqual(['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability']);
  });

  it('works for any blanks prompt', () => {
    const prompt: BlanksPrompt = {
      kind: 'blanks',
      id: 'x',
      blanks: [{ label: 'A' }, { label: 'B' }],
      answerKey: [['Alpha', 'A'], []],
    };
    expect(answerKeyText(prompt)).toEqual(['Alpha', '']);
    expect(checkBlanks(prompt, ['a', 'alpha'])).toEqual(['correct', 'incorrect']);
  });
});
