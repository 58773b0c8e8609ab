import { describe, expect, it } from 'vitest';
import type { WorksheetSummary } from '../../src/worksheet/summary';
import { findWorksheets, foldForSearch } from '../../src/ui/libraryView';

const sheet = (title: string, participant: string, updatedAt: number): WorksheetSummary => ({
  id: title,
  title,
  participant,
  updatedAt,
  progress: { done: 0, total: 1 },
});

const LIBRARY = [
  sheet('Fresno morning session', 'Ana Reyes', 3),
  sheet('Sacramento cohort', 'Bảo Trần', 1),
  sheet('session 10', 'Ana Nguyễn', 2),
  sheet('Session 9', '', 4),
];
const titles = (list: WorksheetSummary[]) => list.map((item) => item.title);

describe('finding worksheets in the library', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('Nguyễn TRẦN')).toBe('nguyen tran');
  });

  it('finds by name or participant, every word, with or without accents', () => {
    expect(titles(findWorksheets(LIBRARY, 'bao tran', 'newest'))).toEqual(['Sacramento cohort']);
    expect(titles(findWorksheets(LIBRARY, 'ana', 'newest'))).toEqual(['Fresno morning session', 'session 10']);
    expect(titles(findWorksheets(LIBRARY, 'SESSION morning', 'newest'))).toEqual(['Fresno morning session']);
    expect(findWorksheets(LIBRARY, 'nobody', 'newest')).toEqual([]);
  });

  it('sorts by last change either way, or by name with numbers in order', () => {
    expect(titles(findWorksheets(LIBRARY, '  ', 'newest'))).toEqual([
      'Session 9',
      'Fresno morning session',
      'session 10',
      'Sacramento cohort',
    ]);
    expect(titles(findWorksheets(LIBRARY, '', 'oldest'))).toEqual([
      'Sacramento cohort',
      'session 10',
      'Fresno morning session',
      'Session 9',
    ]);
    expect(titles(findWorksheets(LIBRARY, '', 'name'))).toEqual(['Fresno morning session', 'Sacramento cohort', 'Session 9', 'session 10']);
  });

  it('never reorders the list it was given', () => {
    const before = titles(LIBRARY);
    findWorksheets(LIBRARY, '', 'name');
    expect(titles(LIBRARY)).toEqual(before);
  });
});
