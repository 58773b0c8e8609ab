import { describe, expect, it } from 'vitest';
import { backupFile, MAX_FILE_BYTES, readBackup } from '../../src/backup/format';
import { newSession, roomExercises, type FacilitationSession } from '../../src/facilitate/session';
import { emptyAnswers } from '../../src/worksheet/answers';
import { cleanText, LIMITS, MAX_SESSION_BYTES, MAX_WORKSHEET_BYTES } from '../../src/worksheet/limits';
import type { WorksheetRecord } from '../../src/worksheet/record';
import { TEMPLATE } from '../../src/worksheet/template';
import type { CrosswalkPrompt } from '../../src/worksheet/types';
import { allPrompts } from '../../src/worksheet/walk';

/*
 * Whatever the app lets a user write, its own backup restores: records built at every limit
 * (the longest text, the most rows, the widest characters) pass the validator, and a library of
 * the most worksheets and sessions the app keeps fits the largest file the validator reads.
 */

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
/** The costliest text for a backup: 3 bytes of UTF-8 a character, and a quote that JSON escapes. */
const widest = (n: number) => '"€'.repeat(Math.ceil(n / 2)).slice(0, n);
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}-abcdefgh`);

/** A worksheet with every field at its limit, written with `text(limit)`. */
function fullWorksheet(id: string, text: (limit: number) => string = widest): WorksheetRecord {
  const answers = emptyAnswers(TEMPLATE, new Date(2026, 10, 24));
  for (const prompt of allPrompts(TEMPLATE)) {
    if (prompt.kind === 'shortText') answers.text[prompt.id] = text(LIMITS.shortText);
    if (prompt.kind === 'longText') answers.text[prompt.id] = text(LIMITS.longText);
    if (prompt.kind === 'blanks') answers.blanks[prompt.id] = prompt.blanks.map(() => text(LIMITS.blank));
    if (prompt.kind === 'list')
      answers.lists[prompt.id] = ids(prompt.id, LIMITS.listRows).map((rowId) => ({ id: rowId, text: text(LIMITS.listItem) }));
    if (prompt.kind === 'crosswalk') answers.crosswalks[prompt.id] = crosswalks(prompt, text);
  }
  for (const exercise of TEMPLATE.sections.flatMap((s) => s.blocks)) {
    if (exercise.kind === 'exercise' && exercise.more)
      answers.more[exercise.more.id] = ids('more', LIMITS.moreEntries).map((entryId) => ({
        id: entryId,
        name: text(LIMITS.shortText),
        text: text(LIMITS.longText),
      }));
  }
  return {
    id,
    templateId: TEMPLATE.id,
    templateVersion: TEMPLATE.version,
    createdAt: 8.6e15,
    updatedAt: 8.6e15,
    rev: Number.MAX_SAFE_INTEGER,
    answers,
  };
}

function crosswalks(prompt: CrosswalkPrompt, text: (limit: number) => string) {
  return ids('cw', prompt.max).map((cwId) => ({
    id: cwId,
    initiative: text(LIMITS.shortText),
    cells: Object.fromEntries(prompt.columns.map((column) => [column.id, text(LIMITS.cell)])),
  }));
}

/** A session with every board full of the longest ideas. */
function fullSession(id: string, text: (limit: number) => string = widest): FacilitationSession {
  const session = { ...newSession(TEMPLATE, text(LIMITS.sessionName), '2026-11-24', 8.6e15), id, rev: Number.MAX_SAFE_INTEGER };
  for (const exercise of roomExercises(TEMPLATE)) {
    const column = exercise.prompts.find((p): p is CrosswalkPrompt => p.kind === 'crosswalk')?.columns[0]?.id;
    session.boards[exercise.id] = ids('idea', LIMITS.ideasPerBoard).map((ideaId) => ({
      id: ideaId,
      text: text(LIMITS.idea),
      hidden: false,
      ...(column ? { column } : {}),
    }));
    session.revealed[exercise.id] = true;
  }
  return session;
}

describe('limits', () => {
  it('a worksheet at every limit fits MAX_WORKSHEET_BYTES and passes the validator', () => {
    const record = fullWorksheet('full-1');
    expect(bytes(record)).toBeLessThanOrEqual(MAX_WORKSHEET_BYTES);
    const restored = readBackup(JSON.stringify(backupFile([record], [])));
    expect(restored.worksheets[0]!.answers).toEqual(record.answers);
  });

  it('a session at every limit fits MAX_SESSION_BYTES and passes the validator', () => {
    const session = fullSession('session-1');
    expect(bytes(session)).toBeLessThanOrEqual(MAX_SESSION_BYTES);
    expect(readBackup(JSON.stringify(backupFile([], [session]))).sessions[0]!.boards).toEqual(session.boards);
  });

  it('the largest library the app lets a user build restores from its own backup', { timeout: 120_000 }, () => {
    // Every worksheet and session the app keeps, each at every limit: built by text, so the test
    // does not hold a thousand copies as objects.
    const worksheet = JSON.stringify(fullWorksheet('ID-PLACEHOLDER'));
    const session = JSON.stringify(fullSession('ID-PLACEHOLDER'));
    const many = (json: string, n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => json.replace('ID-PLACEHOLDER', `${prefix}-${i}`)).join(',');
    const shell = JSON.stringify(backupFile([], []));
    const text = shell
      .replace('"worksheets":[]', `"worksheets":[${many(worksheet, LIMITS.worksheets, 'ws')}]`)
      .replace('"sessions":[]', `"sessions":[${many(session, LIMITS.sessions, 's')}]`);
    const size = Buffer.byteLength(text);
    expect(size).toBeLessThanOrEqual(MAX_FILE_BYTES);
    console.log(`the largest library: ${(size / 1048576).toFixed(0)} MB of ${(MAX_FILE_BYTES / 1048576).toFixed(0)} MB allowed`);
    const contents = readBackup(text, size);
    expect(contents.worksheets).toHaveLength(LIMITS.worksheets);
    expect(contents.sessions).toHaveLength(LIMITS.sessions);
  });

  it('random records at the limits always pass the validator (property)', { timeout: 60_000 }, () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = ['a', 'é', '€', '"', '\\', '\n', '\t', '😀', '中', ' ', '\u0000', '\u0007', '\ud800', '\u202e'];
    // What a participant could type or paste, cleaned as the editor cleans it, up to the limit.
    const typed = (limit: number) => {
      const length = random() < 0.5 ? limit : Math.floor(random() * (limit + 20));
      const raw = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      return cleanText(raw, limit);
    };
    for (let i = 0; i < 12; i++) {
      const record = fullWorksheet(`ws-${i}`, typed);
      const session = fullSession(`s-${i}`, typed);
      expect(bytes(record)).toBeLessThanOrEqual(MAX_WORKSHEET_BYTES);
      expect(bytes(session)).toBeLessThanOrEqual(MAX_SESSION_BYTES);
      const contents = readBackup(JSON.stringify(backupFile([record], [session])));
      expect(contents.worksheets[0]!.answers).toEqual(record.answers);
      expect(contents.sessions[0]!.boards).toEqual(session.boards);
    }
  });
});

describe('cleanText', () => {
  it.each([
    ['keeps ordinary text, tabs and newlines', 'Line one\n\tLine two', 100, 'Line one\n\tLine two'],
    ['drops control characters', 'a\u0000b\u0007c\u001bd', 100, 'abcd'],
    ['drops a lone half of a surrogate pair', 'a\ud800b\udc00c', 100, 'abc'],
    ['keeps emoji whole', 'ok 😀', 100, 'ok 😀'],
    ['cuts at the limit', 'abcdef', 4, 'abcd'],
    ['never cuts an emoji in half at the limit', 'abc😀', 4, 'abc'],
    ['drops direction overrides that would reverse the text', '\u202eevil\u202c', 100, 'evil'],
  ])('%s', (_label, input, max, expected) => {
    expect(cleanText(input, max)).toBe(expected);
  });
});
