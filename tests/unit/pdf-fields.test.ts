import { describe, expect, it } from 'vitest';
import { undrawableFields } from '../../src/pdf/export';
import { emptyAnswers, shortId } from '../../src/worksheet/answers';
import { typedTexts } from '../../src/worksheet/fields';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';
import { filledAnswers, SAMPLES } from '../pdf/samples';

describe('typedTexts', () => {
  it('a fresh worksheet has only the pre-filled date', () => {
    const answers = emptyAnswers(TEMPLATE, new Date(2026, 10, 23));
    expect(typedTexts(TEMPLATE, answers)).toEqual([{ label: 'Date', text: '2026-11-23' }]);
  });

  it('skips empty and whitespace-only fields, and keeps typed text as typed', () => {
    const answers = emptyAnswers(TEMPLATE);
    answers.text['cover.date'] = '';
    answers.text['cover.name'] = '   ';
    answers.text['benefits.families'] = '  Safer homes\n';
    answers.lists.improvements![0]!.text = '\t';
    expect(typedTexts(TEMPLATE, answers)).toEqual([{ label: "For my county's families?", text: '  Safer homes\n' }]);
  });

  it('labels every field of a filled worksheet as the form does, in page order', () => {
    const typed = typedTexts(TEMPLATE, filledAnswers());
    const labels = typed.map((t) => t.label);
    const crosswalkLabels = (n: number) => [`Crosswalk ${n}: initiative`, ...PRACTICE_ELEMENTS.map((e) => `Crosswalk ${n}: ${e.label}`)];
    expect(labels).toEqual([
      'Participant name',
      'Role / title',
      'County or agency',
      'Session name',
      'Date',
      'Level 1',
      'Level 2',
      'Element 1',
      'Element 2',
      'Element 3',
      'Element 4',
      'Element 5',
      'Improvement 1',
      'Improvement 2',
      'Improvement 3',
      'Improvement 4',
      ...crosswalkLabels(1),
      ...crosswalkLabels(2),
      "For my county's families?",
      "For my county's staff?",
      'Factor 1',
      'Factor 2',
      'Factor 3',
      'Factor 4',
      'Factor 5',
      'Factor 6',
      // Marks are dropped from labels: "*Family Level*" reads as plain words.
      'My Role to Support CPM at the Family Level:',
      'My Role to Support CPM at the System Level:',
      // A prompt without a label is known by its exercise's question.
      'What is important for you to be saying and doing?',
      'With my immediate team?',
      'With social workers?',
      'Audience 1',
      'With community partners?',
    ]);
    const byLabel = new Map(typed.map((t) => [t.label, t.text]));
    expect(byLabel.get('Participant name')).toBe(SAMPLES.name);
    expect(byLabel.get('Crosswalk 2: initiative')).toBe('Continuum of Care Reform');
    expect(byLabel.get('Crosswalk 1: Teaming')).toBe('CFT Teaming 儿童福利');
    expect(byLabel.get('Factor 3')).toBe('<script>alert(1)</script>');
    expect(byLabel.get('With community partners?')).toBe(SAMPLES.moreText);
  });

  it('an unnamed extra audience is labelled by its number', () => {
    const answers = emptyAnswers(TEMPLATE);
    answers.text['cover.date'] = '';
    answers.more['messages.more'] = [
      { id: shortId(), name: '  ', text: 'Join us.' },
      { id: shortId(), name: 'judges', text: '' },
    ];
    expect(typedTexts(TEMPLATE, answers)).toEqual([
      { label: 'With audience 1?', text: 'Join us.' },
      { label: 'Audience 2', text: 'judges' },
    ]);
  });
});

describe('undrawableFields', () => {
  it('is empty when every script typed has a font', () => {
    expect(undrawableFields(filledAnswers())).toEqual([]);
  });

  it('names each field holding characters no font can draw, with those characters', () => {
    const answers = emptyAnswers(TEMPLATE);
    answers.text['benefits.families'] = 'Stronger families 🙂 שלום';
    answers.text['cover.name'] = 'Ana 👍🏽';
    answers.lists['org-factors']![1]!.text = 'مرحبا and 👨‍👩‍👧 and 🙂 again 🙂';
    answers.crosswalks.crosswalk![0]!.cells.advocacy = 'Advocacy 🙂';
    answers.more['messages.more'] = [{ id: shortId(), name: 'families 🙂', text: 'plain' }];
    expect(undrawableFields(answers)).toEqual([
      { label: 'Participant name', characters: ['👍🏽'] },
      { label: 'Crosswalk 1: Advocacy', characters: ['🙂'] },
      { label: "For my county's families?", characters: ['🙂', 'ש', 'ל', 'ו', 'ם'] },
      { label: 'Factor 2', characters: ['م', 'ر', 'ح', 'ب', 'ا', '👨‍👩‍👧', '🙂'] },
      { label: 'Audience 1', characters: ['🙂'] },
    ]);
  });

  it('does not flag accents, Cyrillic, Armenian, CJK, Hangul, typographic punctuation or control characters', () => {
    const answers = emptyAnswers(TEMPLATE);
    answers.text['cover.name'] = 'Nguye\u0302\u0303n Thị Minh Khai';
    answers.text['benefits.staff'] = 'Добро пожаловать. Բարի գալուստ. 儿童福利 아동 복지 “quoted” — ©…';
    answers.text['saying-doing'] = 'tab\there\u0007bell';
    expect(undrawableFields(answers)).toEqual([]);
  });
});
