import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../src/worksheet/filename';
import { todayIso } from '../../src/worksheet/answers';

const DATE = '2026-11-23';
/** The participant part of a worksheet file name. */
const who = (name: string) => {
  const match = /^CPM-worksheet-(.*)-(\d{4}-\d{2}-\d{2})\.pdf$/u.exec(name);
  if (!match) throw new Error(`not a worksheet file name: ${name}`);
  return match[1]!;
};

describe('pdfFileName', () => {
  it('is CPM-worksheet-<participant>-<date>.pdf', () => {
    expect(pdfFileName('Ana Reyes', DATE)).toBe('CPM-worksheet-Ana-Reyes-2026-11-23.pdf');
  });

  it('another kind names the file after it', () => {
    expect(pdfFileName('blank', DATE, 'handout')).toBe('CPM-handout-blank-2026-11-23.pdf');
    expect(pdfFileName('Fresno Institute', DATE, 'room-board')).toBe('CPM-room-board-Fresno-Institute-2026-11-23.pdf');
  });

  it('an empty or blank participant is "untitled"', () => {
    expect(pdfFileName('', DATE)).toBe('CPM-worksheet-untitled-2026-11-23.pdf');
    expect(pdfFileName('   ', DATE)).toBe('CPM-worksheet-untitled-2026-11-23.pdf');
    expect(pdfFileName('...///', DATE)).toBe('CPM-worksheet-untitled-2026-11-23.pdf');
    expect(pdfFileName('🙂', DATE)).toBe('CPM-worksheet-untitled-2026-11-23.pdf');
  });

  it('spaces and punctuation become single dashes', () => {
    expect(pdfFileName('Ana   Reyes, M.S.W.', DATE)).toBe('CPM-worksheet-Ana-Reyes-M-S-W-2026-11-23.pdf');
    expect(pdfFileName("O'Brien & Sons (Fresno)", DATE)).toBe('CPM-worksheet-O-Brien-Sons-Fresno-2026-11-23.pdf');
  });

  it('slashes, colons, dot-dot and Windows-reserved characters become dashes', () => {
    expect(pdfFileName('../../etc/passwd', DATE)).toBe('CPM-worksheet-etc-passwd-2026-11-23.pdf');
    expect(pdfFileName('C:\\Users\\ana', DATE)).toBe('CPM-worksheet-C-Users-ana-2026-11-23.pdf');
    expect(pdfFileName('a<b>c:d"e\\f|g?h*i/j', DATE)).toBe('CPM-worksheet-a-b-c-d-e-f-g-h-i-j-2026-11-23.pdf');
    expect(pdfFileName('Ana..Reyes', DATE)).toBe('CPM-worksheet-Ana-Reyes-2026-11-23.pdf');
  });

  it('no leading or trailing dash in the participant part', () => {
    for (const name of ['  Ana  ', '-Ana-', '...Ana...', '/Ana/', '"Ana"', '¿Ana?']) {
      expect(who(pdfFileName(name, DATE)), name).toBe('Ana');
    }
  });

  it('keeps letters and digits of any script', () => {
    expect(pdfFileName('María José Nguyễn', DATE)).toBe('CPM-worksheet-María-José-Nguyễn-2026-11-23.pdf');
    expect(pdfFileName('Добро Пожаловать', DATE)).toBe('CPM-worksheet-Добро-Пожаловать-2026-11-23.pdf');
    expect(pdfFileName('儿童福利 아동 복지', DATE)).toBe('CPM-worksheet-儿童福利-아동-복지-2026-11-23.pdf');
    expect(pdfFileName('Team 42', DATE)).toBe('CPM-worksheet-Team-42-2026-11-23.pdf');
  });

  it('stores a decomposed name in NFC', () => {
    expect(pdfFileName('Nguye\u0302\u0303n', DATE)).toBe('CPM-worksheet-Nguyễn-2026-11-23.pdf');
  });

  it('caps the participant part at 60 characters without a trailing dash', () => {
    const long = pdfFileName('A'.repeat(500), DATE);
    expect(who(long)).toBe('A'.repeat(60));
    // A cut that lands just after a separator does not leave a dash behind.
    const atDash = who(pdfFileName(`${'B'.repeat(59)} ${'C'.repeat(50)}`, DATE));
    expect(atDash).toBe('B'.repeat(59));
    expect(pdfFileName('word '.repeat(100), DATE).length).toBeLessThanOrEqual('CPM-worksheet--2026-11-23.pdf'.length + 60);
  });

  it('an invalid or missing date falls back to today', () => {
    const today = todayIso();
    for (const date of ['', 'tomorrow', '23/11/2026', '2026-1-2', '../2026-11-23', '2026-11-23T00:00']) {
      const name = pdfFileName('Ana', date);
      expect(name, date).toMatch(/^CPM-worksheet-Ana-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(name, date).toBe(`CPM-worksheet-Ana-${today}.pdf`);
    }
  });

  it('never contains a path separator or reserved character, whatever is typed', () => {
    const hostile = ['../../x', '..\\..\\x', 'a/b\\c', 'C:', 'con:aux', '<>:"/\\|?*', '\u0000nul', 'a\nb', '%2e%2e%2f', ' . '];
    for (const name of hostile) {
      const file = pdfFileName(name, '../../2026');
      // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
      expect(file, name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f]/);
      expect(file, name).not.toContain('..');
      expect(file, name).toMatch(/^CPM-worksheet-[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*-\d{4}-\d{2}-\d{2}\.pdf$/u);
    }
  });
});
