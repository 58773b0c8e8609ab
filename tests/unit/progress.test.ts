import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/worksheet/summary';
import { emptyAnswers, emptyCrosswalk, emptyListItem } from '../../src/worksheet/answers';
import { exerciseProgress, percent, promptProgress, sectionProgress, worksheetProgress } from '../../src/worksheet/progress';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers, CrosswalkPrompt, Exercise, Prompt, Section } from '../../src/worksheet/types';
import { allExercises, findPrompt } from '../../src/worksheet/walk';

const NOW = new Date(2024, 0, 15, 10, 30);

function section(id: string): Section {
  const found = TEMPLATE.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function exercise(id: string): Exercise {
  const found = allExercises(TEMPLATE).find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

function prompt(id: string): Prompt {
  const found = findPrompt(TEMPLATE, id);
  if (!found) throw new Error(`no prompt ${id}`);
  return found;
}

function crosswalkPrompt(): CrosswalkPrompt {
  const found = prompt('crosswalk');
  if (found.kind !== 'crosswalk') throw new Error('not a crosswalk');
  return found;
}

function fresh(): Answers {
  return emptyAnswers(TEMPLATE, NOW);
}

/** What each section asks, by section id: the fields printed on paper, the date left out. */
const TOTALS: Record<string, number> = {
  cover: 4,
  'what-is-cpm': 2,
  'family-level': 5 + 3 + 6 + 2,
  'system-level': 6,
  'my-role': 2,
  messaging: 3,
};
const TOTAL = 33;

describe('a fresh worksheet', () => {
  it('sets the cover date to today', () => {
    expect(fresh().text['cover.date']).toBe('2024-01-15');
  });

  it('reads 0 answered: the date the app fills in is not an answer', () => {
    const answers = fresh();
    expect(worksheetProgress(TEMPLATE, answers)).toEqual({ done: 0, total: TOTAL });
    for (const s of TEMPLATE.sections) {
      expect(sectionProgress(s, answers), s.id).toEqual({ done: 0, total: TOTALS[s.id] });
    }
  });

  it('does not count a date the participant changed either: it is not a question', () => {
    const answers = fresh();
    answers.text['cover.date'] = '2024-02-01';
    expect(worksheetProgress(TEMPLATE, answers)).toEqual({ done: 0, total: TOTAL });
  });

  it('counts nothing for answers with no entries at all, with the same total', () => {
    const answers: Answers = { text: {}, blanks: {}, lists: {}, crosswalks: {}, more: {} };
    expect(worksheetProgress(TEMPLATE, answers)).toEqual({ done: 0, total: TOTAL });
  });

  it('agrees with what the library shows for it', () => {
    const record = { id: 'w', templateId: TEMPLATE.id, templateVersion: TEMPLATE.version, createdAt: 1, updatedAt: 1, answers: fresh() };
    expect(summarize(record).progress).toEqual({ done: 0, total: TOTAL });
    record.answers.text['cover.name'] = 'Ana';
    record.answers.blanks['levels'] = ['Family', ''];
    expect(summarize(record).progress).toEqual(worksheetProgress(TEMPLATE, record.answers));
    expect(summarize(record).progress).toEqual({ done: 2, total: TOTAL });
  });
});

describe('the total is what the worksheet asks, whatever is added', () => {
  it('does not move when list rows are added', () => {
    const answers = fresh();
    answers.lists['improvements'] = [...(answers.lists['improvements'] ?? []), emptyListItem(), emptyListItem()];
    expect(worksheetProgress(TEMPLATE, answers).total).toBe(TOTAL);
  });

  it('does not move when crosswalks are added', () => {
    const answers = fresh();
    const columns = crosswalkPrompt().columns;
    answers.crosswalks['crosswalk'] = [emptyCrosswalk(columns), emptyCrosswalk(columns), emptyCrosswalk(columns)];
    expect(worksheetProgress(TEMPLATE, answers).total).toBe(TOTAL);
  });

  it('does not move when an audience is added', () => {
    const answers = fresh();
    answers.more['messages.more'] = [{ id: 'a', name: 'supervisors', text: 'Coach to the behaviors' }];
    expect(exerciseProgress(exercise('messages'), answers)).toEqual({ done: 0, total: 2 });
    expect(worksheetProgress(TEMPLATE, answers)).toEqual({ done: 0, total: TOTAL });
  });

  it('is the same when rows are removed', () => {
    const answers = fresh();
    answers.lists['org-factors'] = [];
    answers.crosswalks['crosswalk'] = [];
    expect(worksheetProgress(TEMPLATE, answers)).toEqual({ done: 0, total: TOTAL });
  });
});

describe('filling fields', () => {
  it('text fields count once each, and whitespace does not count', () => {
    const answers = fresh();
    answers.text['cover.name'] = 'Ana';
    answers.text['cover.role'] = '   ';
    expect(sectionProgress(section('cover'), answers)).toEqual({ done: 1, total: 4 });
    answers.text['benefits.families'] = 'Safer at home';
    expect(sectionProgress(section('family-level'), answers)).toEqual({ done: 1, total: 16 });
    expect(worksheetProgress(TEMPLATE, answers)).toEqual({ done: 2, total: TOTAL });
  });

  it('each blank counts', () => {
    const answers = fresh();
    answers.blanks['levels'] = ['Family', ''];
    expect(promptProgress(prompt('levels'), answers)).toEqual({ done: 1, total: 2 });
    answers.blanks['elements'] = ['Engagement', 'Teaming', 'x', '', ' '];
    expect(promptProgress(prompt('elements'), answers)).toEqual({ done: 3, total: 5 });
    expect(sectionProgress(section('what-is-cpm'), answers)).toEqual({ done: 1, total: 2 });
    expect(worksheetProgress(TEMPLATE, answers)).toEqual({ done: 1 + 3, total: TOTAL });
  });

  it('list progress caps at the printed rows', () => {
    const answers = fresh();
    const items = ['CCR', 'FFPSA', 'ICWA', 'SOP', 'ICPM'].map((text, i) => ({ id: `i${i}`, text }));
    answers.lists['improvements'] = items.slice(0, 2);
    expect(promptProgress(prompt('improvements'), answers)).toEqual({ done: 2, total: 3 });
    answers.lists['improvements'] = items;
    expect(promptProgress(prompt('improvements'), answers)).toEqual({ done: 3, total: 3 });
    answers.lists['org-factors'] = [...items, { id: 'blank', text: '' }, { id: 'x', text: 'Time' }];
    expect(promptProgress(prompt('org-factors'), answers)).toEqual({ done: 6, total: 6 });
    expect(sectionProgress(section('system-level'), answers)).toEqual({ done: 6, total: 6 });
  });

  it('crosswalk counts the initiative and each element cell', () => {
    const answers = fresh();
    const first = answers.crosswalks['crosswalk']?.[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(promptProgress(prompt('crosswalk'), answers)).toEqual({ done: 0, total: 6 });
    first.initiative = 'Safety Organized Practice (SOP)';
    first.cells['engagement'] = 'Solution-focused questions';
    first.cells['teaming'] = 'Safety networks';
    expect(promptProgress(prompt('crosswalk'), answers)).toEqual({ done: 3, total: 6 });
  });

  it('with several crosswalks, the fullest one counts', () => {
    const answers = fresh();
    const second = emptyCrosswalk(crosswalkPrompt().columns);
    second.initiative = 'ICWA';
    second.cells['advocacy'] = 'Active efforts';
    const first = answers.crosswalks['crosswalk']?.[0];
    if (!first) throw new Error('no first crosswalk');
    first.initiative = 'SOP';
    answers.crosswalks['crosswalk'] = [first, second];
    expect(promptProgress(crosswalkPrompt(), answers)).toEqual({ done: 2, total: 6 });
    expect(sectionProgress(section('family-level'), answers)).toEqual({ done: 2, total: 16 });
  });

  it('an added audience does not count; the printed ones do', () => {
    const answers = fresh();
    const messages = exercise('messages');
    answers.more['messages.more'] = [
      { id: 'a', name: 'supervisors', text: 'Coach to the behaviors' },
      { id: 'b', name: 'partners', text: '' },
    ];
    answers.text['messages.team'] = 'We team with families';
    expect(exerciseProgress(messages, answers)).toEqual({ done: 1, total: 2 });
    expect(sectionProgress(section('messaging'), answers)).toEqual({ done: 1, total: 3 });
  });

  it('a fully answered worksheet is complete, however many rows it has', () => {
    const answers = fresh();
    for (const key of Object.keys(answers.text)) answers.text[key] = 'x';
    for (const key of Object.keys(answers.blanks)) answers.blanks[key] = (answers.blanks[key] ?? []).map(() => 'x');
    for (const key of Object.keys(answers.lists)) {
      answers.lists[key] = [...(answers.lists[key] ?? []), emptyListItem()].map((item) => ({ ...item, text: 'x' }));
    }
    for (const crosswalk of answers.crosswalks['crosswalk'] ?? []) {
      crosswalk.initiative = 'x';
      for (const cell of Object.keys(crosswalk.cells)) crosswalk.cells[cell] = 'x';
    }
    answers.crosswalks['crosswalk']?.push(emptyCrosswalk(crosswalkPrompt().columns));
    const progress = worksheetProgress(TEMPLATE, answers);
    expect(progress).toEqual({ done: TOTAL, total: TOTAL });
    expect(percent(progress)).toBe(100);
  });
});

describe('percent', () => {
  it('rounds to whole percent', () => {
    expect(percent({ done: 1, total: 33 })).toBe(3);
    expect(percent({ done: 1, total: 3 })).toBe(33);
    expect(percent({ done: 2, total: 3 })).toBe(67);
    expect(percent({ done: 17, total: 34 })).toBe(50);
    expect(percent({ done: 0, total: 5 })).toBe(0);
    expect(percent({ done: 5, total: 5 })).toBe(100);
  });

  it('is 0 when there is nothing to do', () => {
    expect(percent({ done: 0, total: 0 })).toBe(0);
  });
});
