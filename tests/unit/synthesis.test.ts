import { describe, expect, it } from 'vitest';
import { buildContribution, defaultSharedIds, sharedLines, shareableExercises, type Contribution } from '../../src/synthesis/contribution';
import { hasMerges, hideGroup, mergeGroup, showGroup, splitGroup } from '../../src/synthesis/edits';
import { groupAnswers, groupKey, splitAnswers } from '../../src/synthesis/group';
import { groupId, synthesize, visibleGroups, type ExerciseSynthesis, type SynthesisEdits } from '../../src/synthesis/synthesize';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';

/* ---------- Grouping: which answers are the same answer ---------- */

const SAME: Array<[string, string, string]> = [
  ['case', 'Family Meetings', 'family meetings'],
  ['punctuation', 'family meetings!', 'family meetings.'],
  ['inner punctuation', 'solution-focused questions', 'solution focused questions'],
  ['whitespace', '  family   meetings ', 'family meetings'],
  ['plural s', 'family meeting', 'family meetings'],
  ['plural -ies', 'strong families', 'strong family'],
  ['leading "the"', 'The family meeting', 'family meeting'],
  ['leading "a"', 'A shared plan', 'shared plan'],
  ['leading "an"', 'An open door', 'open door'],
  ['ampersand', 'Inquiry & Exploration', 'inquiry and exploration'],
  ['curly apostrophe', 'families’ voices', "families' voices"],
  ['all at once', '  The Child & Family Teams. ', 'child and family team'],
  ['full-width letters', 'ＣＦＴ', 'CFT'],
  ['a trailing acronym in parentheses', 'Safety Organized Practice (SOP)', 'Safety Organized Practice'],
  ['a trailing acronym, worded short', 'Family First (FFPSA)', 'Family First Prevention Services Act'],
  ['a known acronym alone', 'SOP', 'Safety Organized Practice'],
  ['a known acronym alone, any case', 'ccr', 'Continuum of Care Reform (CCR)'],
  ['an acronym after its expansion', 'Continuum of Care Reform (CCR)', 'Continuum of Care Reform'],
  ['an acronym in parentheses after another', 'Integrated Core Practice Model (ICPM)', 'ICPM'],
  ['"&" for "and" with an acronym', 'Child & Family Teams', 'CFT'],
  ['the Indian Child Welfare Act', 'ICWA', 'Indian Child Welfare Act'],
  ['California Partners for Permanency', 'California Partners for Permanency (CAPP)', 'CAPP'],
  ['an unknown acronym in parentheses', 'Family Finding (FF)', 'Family Finding'],
];

const DIFFERENT: Array<[string, string, string]> = [
  ['different words', 'family meetings', 'family finding'],
  ['"ss" is not a plural', 'process', 'proces'],
  ['an article inside is kept', 'voice of the child', 'voice of child'],
  ['word order', 'team family', 'family team'],
  ['a number', 'Factor 1', 'Factor 2'],
  ['an acronym inside an answer', 'SOP training', 'Safety Organized Practice'],
  ['two known acronyms', 'SOP', 'CFT'],
  ['words in parentheses that are not an acronym', 'Family meetings (monthly)', 'Family meetings'],
];

describe('grouping key', () => {
  it.each(SAME)('merges answers that differ only by %s: “%s” and “%s”', (_why, a, b) => {
    expect(groupKey(a)).toBe(groupKey(b));
  });
  it.each(DIFFERENT)('keeps apart answers with %s: “%s” and “%s”', (_why, a, b) => {
    expect(groupKey(a)).not.toBe(groupKey(b));
  });
  it('has nothing to match in an answer that is only punctuation', () => {
    expect(groupKey(' … !! ')).toBe('');
  });
});

describe('splitting a typed box into answers', () => {
  it.each([
    ['one line', 'Family meetings', ['Family meetings']],
    ['lines', 'Family meetings\nShared plans\n\n', ['Family meetings', 'Shared plans']],
    ['bullets', '- Family meetings\n• Shared plans\n* Voice', ['Family meetings', 'Shared plans', 'Voice']],
    ['numbering', '1. Family meetings\n2) Shared plans', ['Family meetings', 'Shared plans']],
    [
      'a semicolon inside a sentence',
      'Your work with families matters; teaming is the work.',
      ['Your work with families matters; teaming is the work.'],
    ],
    ['commas stay inside one answer', 'Listen, then plan', ['Listen, then plan']],
    ['empty lines and punctuation only', '\n - \n...\n', []],
  ])('%s', (_name, text, expected) => {
    expect(splitAnswers(text)).toEqual(expected);
  });
});

describe('groupAnswers', () => {
  it('counts participants, not mentions, most frequent first, with the wording most used', () => {
    const groups = groupAnswers([
      { participant: 0, text: 'Family meetings' },
      { participant: 0, text: 'family meeting' },
      { participant: 1, text: 'Family meetings.' },
      { participant: 2, text: 'Shared plan' },
      { participant: 3, text: 'family meetings' },
      { participant: 3, text: 'Family meetings' },
    ]);
    expect(groups.map((g) => [g.text, g.count])).toEqual([
      ['Family meetings', 3],
      ['Shared plan', 1],
    ]);
  });

  it('orders ties alphabetically, so the result never depends on the order of the files', () => {
    const a = groupAnswers([
      { participant: 0, text: 'Voice' },
      { participant: 1, text: 'Data' },
    ]);
    const b = groupAnswers([
      { participant: 1, text: 'Data' },
      { participant: 0, text: 'Voice' },
    ]);
    expect(a.map((g) => g.text)).toEqual(['Data', 'Voice']);
    expect(b.map((g) => g.text)).toEqual(['Data', 'Voice']);
  });

  it('names the tags (initiatives) an answer was given under, counted by participant', () => {
    const [group] = groupAnswers([
      { participant: 0, text: 'Family meetings', tag: 'Safety Organized Practice' },
      { participant: 1, text: 'family meeting', tag: 'safety organized practice' },
      { participant: 2, text: 'Family meetings', tag: 'ICPM' },
    ]);
    expect(group!.tags).toEqual([
      { text: 'Safety Organized Practice', count: 2 },
      { text: 'ICPM', count: 1 },
    ]);
  });
});

/* ---------- Synthesis of whole contributions ---------- */

function worksheet(fill: (answers: Answers) => void): Answers {
  const answers = emptyAnswers(TEMPLATE);
  fill(answers);
  return answers;
}

const contribute = (answers: Answers, n: number, exerciseIds = defaultSharedIds(TEMPLATE)): Contribution =>
  buildContribution(TEMPLATE, answers, { exerciseIds, includeName: false }, `contribution-${n}`);

const ELEMENTS = ['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability'];

const ROOM: Contribution[] = [
  contribute(
    worksheet((a) => {
      a.text['cover.name'] = 'Ana Ruiz';
      a.blanks.levels = ['Family', 'System'];
      a.blanks.elements = ELEMENTS;
      a.lists.improvements = [
        { id: 'i1', text: 'Safety Organized Practice' },
        { id: 'i2', text: 'CFT meetings' },
      ];
      a.crosswalks.crosswalk = [
        {
          id: 'c1',
          initiative: 'Safety Organized Practice',
          cells: { engagement: 'Solution-focused questions\nFamily voice', teaming: 'Family meetings' },
        },
      ];
      a.text['roles.family'] = 'My private reflection';
      a.lists['org-factors'] = [{ id: 'f1', text: 'Coaching time' }];
    }),
    1,
  ),
  contribute(
    worksheet((a) => {
      a.blanks.levels = ['family level', 'the system'];
      a.blanks.elements = ['teaming', 'engage', 'inquiry/exploration', 'advocacy', 'accountable'];
      a.lists.improvements = [{ id: 'i1', text: 'safety organized practice.' }];
      a.crosswalks.crosswalk = [{ id: 'c1', initiative: 'ICPM', cells: { teaming: 'family meeting' } }];
      a.lists['org-factors'] = [
        { id: 'f1', text: 'coaching  time' },
        { id: 'f2', text: 'Data dashboards' },
      ];
    }),
    2,
  ),
  contribute(
    worksheet((a) => {
      a.blanks.levels = ['Family', 'Community'];
      a.blanks.elements = ['Engagement', 'Teaming', '', 'Advocacy', 'Voice'];
      a.lists.improvements = [
        { id: 'i1', text: 'The Safety Organized Practice' },
        { id: 'i2', text: 'CFT meeting' },
      ];
    }),
    3,
  ),
];

const exercise = (all: ExerciseSynthesis[], id: string) => all.find((e) => e.exerciseId === id)!;
const texts = (all: ExerciseSynthesis[], exerciseId: string, partId: string) =>
  exercise(all, exerciseId)
    .parts.find((p) => p.id === partId)!
    .groups.map((g) => `${g.text} ×${g.count}`);

describe('synthesize', () => {
  const all = synthesize(TEMPLATE, ROOM);

  it('scores recall blanks with the lenient checker, naming no one', () => {
    expect(exercise(all, 'elements').score?.text).toBe('2 of 3 named all five elements');
    expect(exercise(all, 'levels').score?.text).toBe('2 of 3 named both levels');
    expect(texts(all, 'elements', 'elements')).toEqual([
      'Advocacy ×3',
      'Engagement ×3',
      'Teaming ×3',
      'Accountability ×2',
      'Inquiry and Exploration ×2',
    ]);
    expect(texts(all, 'levels', 'levels.other')).toEqual(['Community ×1']);
    expect(JSON.stringify(all)).not.toContain('Ana');
  });

  it('counts a forgiven slip under the answer it names, as the score does, not among the other answers', () => {
    const slipped = contribute(
      worksheet((a) => {
        a.blanks.elements = ['Engagment', 'Inquiry', 'Teaming', 'Advocacy', 'Accountabilty'];
      }),
      9,
    );
    const synthesis = synthesize(TEMPLATE, [slipped]);
    expect(exercise(synthesis, 'elements').score?.text).toBe('1 of 1 named all five elements');
    expect(texts(synthesis, 'elements', 'elements')).toEqual(expect.arrayContaining(['Engagement ×1', 'Accountability ×1']));
    expect(exercise(synthesis, 'elements').parts.find((p) => p.id === 'elements.other')).toBeUndefined();
  });

  it('merges near-duplicate list items and counts the participants who gave them', () => {
    expect(texts(all, 'improvements', 'improvements')).toEqual(['Safety Organized Practice ×3', 'CFT meeting ×2']);
    expect(texts(all, 'org-factors', 'org-factors')).toEqual(['Coaching time ×2', 'Data dashboards ×1']);
  });

  it('lines the crosswalk up per element, with the initiatives named', () => {
    const teaming = exercise(all, 'crosswalk').parts.find((p) => p.id === 'teaming')!;
    expect(teaming.label).toBe('Teaming');
    expect(teaming.groups[0]).toMatchObject({ text: 'Family meetings', count: 2 });
    expect(teaming.groups[0]!.tags.map((t) => t.text)).toEqual(['ICPM', 'Safety Organized Practice']);
    expect(texts(all, 'crosswalk', 'engagement')).toEqual(['Family voice ×1', 'Solution-focused questions ×1']);
    expect(texts(all, 'crosswalk', 'initiatives')).toEqual(['ICPM ×1', 'Safety Organized Practice ×1']);
  });

  it('leaves out personal reflections that were not ticked', () => {
    expect(exercise(all, 'roles').respondents).toBe(0);
    expect(JSON.stringify(all)).not.toContain('private reflection');
  });

  it('applies hand merges and hides on top, each participant counted once', () => {
    const improvements = (key: string) => groupId('improvements', 'improvements', groupKey(key));
    const edits: SynthesisEdits = {
      merges: [{ from: improvements('CFT meeting'), into: improvements('Safety Organized Practice') }],
      hidden: [groupId('org-factors', 'org-factors', groupKey('Data dashboards'))],
    };
    const edited = synthesize(TEMPLATE, ROOM, edits);
    expect(texts(edited, 'improvements', 'improvements')).toEqual(['Safety Organized Practice ×3']);
    const factors = exercise(edited, 'org-factors').parts[0]!;
    expect(factors.groups.map((g) => [g.text, !!g.hidden])).toEqual([
      ['Coaching time', false],
      ['Data dashboards', true],
    ]);
    expect(visibleGroups(factors).map((g) => g.text)).toEqual(['Coaching time']);
  });

  it('ignores a merge loop or a merge into an answer no longer there, losing nothing', () => {
    const id = (key: string) => groupId('org-factors', 'org-factors', groupKey(key));
    const edited = synthesize(TEMPLATE, ROOM, {
      hidden: [],
      merges: [
        { from: id('Coaching time'), into: id('Data dashboards') },
        { from: id('Data dashboards'), into: id('Coaching time') },
        { from: id('Nothing'), into: id('Gone') },
      ],
    });
    expect(texts(edited, 'org-factors', 'org-factors')).toEqual(['Coaching time ×2', 'Data dashboards ×1']);
  });

  it('does not count a participant who ticked an exercise but left it empty', () => {
    const withEmpty = [
      ...ROOM,
      contribute(
        worksheet((a) => (a.blanks.elements = ELEMENTS)),
        5,
      ),
    ];
    const synthesis = synthesize(TEMPLATE, withEmpty);
    expect(exercise(synthesis, 'elements').score?.text).toBe('3 of 4 named all five elements');
    expect(exercise(synthesis, 'levels').score?.text).toBe('2 of 3 named both levels');
    expect(exercise(synthesis, 'benefits').respondents).toBe(0);
  });

  it('counts only the participants who shared an exercise', () => {
    const partial = [
      ...ROOM,
      contribute(
        worksheet((a) => (a.blanks.elements = ELEMENTS)),
        4,
        ['elements'],
      ),
    ];
    const synthesis = synthesize(TEMPLATE, partial);
    expect(exercise(synthesis, 'elements').score?.text).toBe('3 of 4 named all five elements');
    expect(exercise(synthesis, 'improvements').respondents).toBe(3);
  });
});

describe('building a contribution', () => {
  const answers = worksheet((a) => {
    a.text['cover.name'] = 'Ana Ruiz';
    a.text['cover.agency'] = 'Fresno County';
    a.text['roles.family'] = 'My private reflection';
    a.text['benefits.families'] = 'Families are heard';
    a.lists.improvements = [
      { id: 'i1', text: '' },
      { id: 'i2', text: ' SOP ' },
    ];
  });

  it('ticks every room exercise but the personal reflections', () => {
    expect(shareableExercises(TEMPLATE).map((e) => e.id)).toContain('roles');
    expect(defaultSharedIds(TEMPLATE)).not.toContain('roles');
    expect(defaultSharedIds(TEMPLATE)).toEqual(
      expect.arrayContaining(['levels', 'elements', 'improvements', 'crosswalk', 'benefits', 'org-factors', 'messages']),
    );
  });

  it('holds only the ticked answers, trimmed, with no cover details and no name unless ticked', () => {
    const c = buildContribution(TEMPLATE, answers, { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false }, 'id-12345678');
    const text = JSON.stringify(c);
    expect(text).not.toContain('Ana');
    expect(text).not.toContain('Fresno');
    expect(text).not.toContain('private reflection');
    expect(c.answers.lists.improvements).toEqual(['SOP']);
    expect(c.answers.text['benefits.families']).toBe('Families are heard');
    expect(buildContribution(TEMPLATE, answers, { exerciseIds: [], includeName: true }, 'id-12345678').name).toBe('Ana Ruiz');
  });

  it('previews exactly what is shared, labelled as on the form', () => {
    const c = buildContribution(TEMPLATE, answers, { exerciseIds: ['benefits', 'improvements'], includeName: false }, 'id-12345678');
    const benefits = shareableExercises(TEMPLATE).find((e) => e.id === 'benefits')!;
    expect(sharedLines(benefits, c.answers)).toEqual([{ label: "For my county's families?", text: 'Families are heard' }]);
  });
});

describe('hand edits', () => {
  const none: SynthesisEdits = { hidden: [], merges: [] };

  it('hides once, shows again', () => {
    const hidden = hideGroup(hideGroup(none, 'a'), 'a');
    expect(hidden.hidden).toEqual(['a']);
    expect(showGroup(hidden, 'a').hidden).toEqual([]);
  });

  it('merges, carrying earlier merges along, and undoes a merge', () => {
    let edits = mergeGroup(none, 'a', 'b');
    edits = mergeGroup(edits, 'b', 'c');
    expect(edits.merges).toEqual([
      { from: 'a', into: 'c' },
      { from: 'b', into: 'c' },
    ]);
    expect(hasMerges(edits, 'c')).toBe(true);
    expect(mergeGroup(edits, 'c', 'c')).toBe(edits);
    expect(splitGroup(edits, 'c').merges).toEqual([]);
  });

  it('merging by hand through the synthesis counts each participant once', () => {
    const id = (key: string) => groupId('improvements', 'improvements', groupKey(key));
    const edits = mergeGroup(
      mergeGroup(none, id('CFT meeting'), id('Safety Organized Practice')),
      id('Safety Organized Practice'),
      id('CFT meeting'),
    );
    expect(edits.merges).toEqual([{ from: id('Safety Organized Practice'), into: id('CFT meeting') }]);
    const improvements = exercise(synthesize(TEMPLATE, ROOM, edits), 'improvements').parts[0]!;
    expect(improvements.groups.map((g) => `${g.text} ×${g.count}`)).toEqual(['CFT meeting ×3']);
  });
});
