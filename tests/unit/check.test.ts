import { describe, expect, it } from 'vitest';
import { answerKeyText, checkBlanks, normalizeAnswer } from '../../src/worksheet/check';
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
    expect(
      checkBlanks(elements, ['Accountability', 'teaming', 'Inquiry/Exploration', 'ENGAGEMENT', 'Advocacy']),
    ).toEqual(['correct', 'correct', 'correct', 'correct', 'correct']);
    expect(
      checkBlanks(elements, ['inquiry & exploration', 'Advocacy', 'Engagement', 'Accountability', 'Teaming']),
    ).toEqual(['correct', 'correct', 'correct', 'correct', 'correct']);
    expect(
      checkBlanks(elements, ['Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability', 'Engagement']),
    ).toEqual(['correct', 'correct', 'correct', 'correct', 'correct']);
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
