import { describe, expect, it } from 'vitest';
import { parseMarks, plainText } from '../../src/worksheet/richtext';

const plain = (text: string) => ({ text, bold: false, italic: false });
const bold = (text: string) => ({ text, bold: true, italic: false });
const italic = (text: string) => ({ text, bold: false, italic: true });

describe('parseMarks', () => {
  it('plain text is one plain span', () => {
    expect(parseMarks('Why CPM?')).toEqual([plain('Why CPM?')]);
  });

  it('empty text has no spans', () => {
    expect(parseMarks('')).toEqual([]);
  });

  it('splits **bold**', () => {
    expect(parseMarks('offers **intervention** at **two levels**.')).toEqual([
      plain('offers '),
      bold('intervention'),
      plain(' at '),
      bold('two levels'),
      plain('.'),
    ]);
  });

  it('splits *italic*', () => {
    expect(parseMarks('My Role to Support CPM at the *Family Level*:')).toEqual([
      plain('My Role to Support CPM at the '),
      italic('Family Level'),
      plain(':'),
    ]);
  });

  it('handles marks at the start and end, and both kinds together', () => {
    expect(parseMarks('**CPM is a great foundation for practice!**')).toEqual([bold('CPM is a great foundation for practice!')]);
    expect(parseMarks('*all the time* and **for all children**')).toEqual([
      italic('all the time'),
      plain(' and '),
      bold('for all children'),
    ]);
  });

  it('leaves a lone asterisk as text', () => {
    expect(parseMarks('5 * 3')).toEqual([plain('5 * 3')]);
    expect(parseMarks('a ** b')).toEqual([plain('a ** b')]);
  });

  it('never treats markup as anything but text', () => {
    expect(parseMarks('<b>x</b> **<i>y</i>**')).toEqual([plain('<b>x</b> '), bold('<i>y</i>')]);
  });
});

describe('plainText', () => {
  it('drops the marks and keeps the words', () => {
    expect(plainText('offers “**intervention**” at **two levels**.')).toBe('offers “intervention” at two levels.');
    expect(plainText('My Role to Support CPM at the *Family Level*:')).toBe('My Role to Support CPM at the Family Level:');
    expect(plainText('no marks here')).toBe('no marks here');
    expect(plainText('')).toBe('');
  });
});
