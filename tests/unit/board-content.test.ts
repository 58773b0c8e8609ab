import { describe, expect, it } from 'vitest';
import { newSession, reduce, roomExercises, type Action, type FacilitationSession } from '../../src/facilitate/session';
import { boardContent, NOTHING_RECORDED } from '../../src/pdf/boardContent';
import type { ContentBlock } from '../../src/pdf/content';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';

const T0 = 1_700_000_000_000;
const ROOM_IDS = ['levels', 'elements', 'improvements', 'crosswalk', 'benefits', 'org-factors', 'roles', 'saying-doing', 'messages'];

function run(session: FacilitationSession, actions: Action[]): FacilitationSession {
  return actions.reduce((s, action) => reduce(TEMPLATE, s, action, T0), session);
}

const goto = (id: string): Action => ({ type: 'goto', index: ROOM_IDS.indexOf(id) });

function empty(): FacilitationSession {
  return newSession(TEMPLATE, 'Monday cohort', '2024-05-06', T0);
}

/** A session with ideas on a few boards, some of them hidden. */
function filled(): FacilitationSession {
  return run(empty(), [
    goto('improvements'),
    { type: 'addIdea', text: 'Safety Organized Practice', id: 'i1' },
    { type: 'addIdea', text: 'HIDDEN-IMPROVEMENT', id: 'i2' },
    { type: 'toggleIdea', id: 'i2' },
    { type: 'addIdea', text: 'ICPM', id: 'i3' },
    goto('crosswalk'),
    { type: 'addIdea', text: 'Family voice', id: 'c1' },
    { type: 'addIdea', text: 'CFT meetings', column: 'teaming', id: 'c2' },
    { type: 'addIdea', text: 'Shared plans', column: 'teaming', id: 'c3' },
    { type: 'addIdea', text: 'Court reports', column: 'accountability', id: 'c4' },
    { type: 'setHoldNewIdeas', hold: true },
    { type: 'addIdea', text: 'HIDDEN-CROSSWALK', column: 'advocacy', id: 'c5' },
    { type: 'setHoldNewIdeas', hold: false },
    goto('org-factors'),
    { type: 'addIdea', text: 'HIDDEN-ONLY', id: 'o1' },
    { type: 'toggleIdea', id: 'o1' },
  ]);
}

type Section = { heading: string; body: ContentBlock[] };

/** The blocks after the title and cover, grouped under their section headings. */
function sections(blocks: ContentBlock[]): Section[] {
  const out: Section[] = [];
  for (const block of blocks.slice(2)) {
    if (block.kind === 'section') out.push({ heading: block.text, body: [] });
    else out.at(-1)?.body.push(block);
  }
  return out;
}

/** The section of a room exercise, found by its number and screen prompt. */
function sectionOf(blocks: ContentBlock[], id: string): Section | undefined {
  const index = ROOM_IDS.indexOf(id);
  const exercise = roomExercises(TEMPLATE)[index]!;
  return sections(blocks).find((s) => s.heading === `${index + 1}. ${exercise.facilitator?.screen ?? exercise.question}`);
}

const numbered = (...texts: string[]): ContentBlock => ({ kind: 'list', items: texts.map((text) => [{ text }]) });

describe('boardContent', () => {
  it('starts with the title and a cover with the session name and the date in long form', () => {
    const blocks = boardContent(TEMPLATE, empty());
    expect(blocks[0]).toEqual({
      kind: 'title',
      text: 'Room board',
      subtitle: 'The CPM: An Intervention on Two Levels — CA Child Welfare Core Practice Model (CPM)',
    });
    expect(blocks[1]).toEqual({
      kind: 'cover',
      rows: [
        { label: 'Session', value: 'Monday cohort' },
        { label: 'Date', value: new Date(2024, 4, 6).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' }) },
      ],
    });
  });

  it('an empty session says so in one line instead of nine empty sections', () => {
    const blocks = boardContent(TEMPLATE, empty());
    expect(blocks.slice(2)).toEqual([{ kind: 'paragraph', words: [{ text: NOTHING_RECORDED }] }]);
  });

  it('has a section only for exercises with ideas, numbered and worded as in the session', () => {
    const blocks = boardContent(TEMPLATE, filled());
    const headings = sections(blocks).map((s) => s.heading);
    expect(headings).toEqual([
      '3. What practice and system improvements are going on in CA right now?',
      "4. Line up one initiative's practice principles under the 5 practice elements.",
    ]);
  });

  it('lists the visible ideas of a single-column board as a numbered list', () => {
    const blocks = boardContent(TEMPLATE, filled());
    expect(sectionOf(blocks, 'improvements')!.body).toEqual([numbered('Safety Organized Practice', 'ICPM')]);
  });

  it('puts crosswalk ideas as "• text" lines under their element; ideas without a column go to the first', () => {
    const body = sectionOf(boardContent(TEMPLATE, filled()), 'crosswalk')!.body;
    expect(body).toHaveLength(1);
    const table = body[0]!;
    expect(table.kind).toBe('table');
    if (table.kind !== 'table') return;
    expect(table.caption).toBe('Ideas by practice element');
    expect(table.head).toEqual(['Practice element', 'Ideas from the room']);
    expect(table.rows).toEqual([
      ['Engagement', '• Family voice'],
      ['Inquiry and Exploration', ''],
      ['Teaming', '• CFT meetings\n• Shared plans'],
      ['Advocacy', ''],
      ['Accountability', '• Court reports'],
    ]);
  });

  it('includes a revealed answer key, and leaves out keys that were never revealed', () => {
    const revealed = run(empty(), [goto('elements'), { type: 'toggleReveal' }]);
    const section = sectionOf(boardContent(TEMPLATE, revealed), 'elements');
    expect(section?.body).toEqual([
      { kind: 'label', words: [{ text: 'Answer key' }] },
      { kind: 'list', items: PRACTICE_ELEMENTS.map((e) => [{ text: e.label, bold: true }]) },
    ]);
    expect(sectionOf(boardContent(TEMPLATE, revealed), 'levels')).toBeUndefined();
  });

  it('a revealed key and the room ideas print together, each with its label', () => {
    const s = run(empty(), [goto('levels'), { type: 'toggleReveal' }, { type: 'addIdea', text: 'Family and system', id: 'l1' }]);
    expect(sectionOf(boardContent(TEMPLATE, s), 'levels')!.body).toEqual([
      { kind: 'label', words: [{ text: 'Answer key' }] },
      { kind: 'list', items: [[{ text: 'Family', bold: true }], [{ text: 'System', bold: true }]] },
      { kind: 'label', words: [{ text: 'Ideas from the room' }] },
      numbered('Family and system'),
    ]);
  });

  it('never shows hidden ideas anywhere; a board whose only idea is hidden is left out', () => {
    const blocks = boardContent(TEMPLATE, filled());
    const text = JSON.stringify(blocks);
    expect(text).not.toContain('HIDDEN-IMPROVEMENT');
    expect(text).not.toContain('HIDDEN-CROSSWALK');
    expect(text).not.toContain('HIDDEN-ONLY');
    expect(sectionOf(blocks, 'org-factors')).toBeUndefined();
  });

  it('shows an idea once it is made visible', () => {
    const shown = run(filled(), [goto('org-factors'), { type: 'toggleIdea', id: 'o1' }]);
    expect(sectionOf(boardContent(TEMPLATE, shown), 'org-factors')!.body).toEqual([numbered('HIDDEN-ONLY')]);
  });

  it('does not depend on the current exercise', () => {
    const s = filled();
    expect(boardContent(TEMPLATE, run(s, [goto('levels')]))).toEqual(boardContent(TEMPLATE, s));
  });

  it('cleans control characters from the session name and ideas', () => {
    const s = run(newSession(TEMPLATE, 'Mon\u0007day', '2024-05-06', T0), [
      goto('roles'),
      { type: 'addIdea', text: 'Lead\u0000 by\texample', id: 'r' },
    ]);
    const blocks = boardContent(TEMPLATE, s);
    expect(blocks[1]?.kind === 'cover' && blocks[1].rows[0]).toEqual({ label: 'Session', value: 'Monday' });
    expect(sectionOf(blocks, 'roles')!.body).toEqual([numbered('Lead by    example')]);
  });
});

describe('the room’s votes on the board PDF', () => {
  it('lists the voted board most votes first, with who voted and how many votes each had', () => {
    const session = run(filled(), [
      goto('improvements'),
      { type: 'openVoting', votesEach: 2 },
      { type: 'countVotes', exerciseId: 'improvements', tally: { i3: 3, i1: 1 }, voters: 2 },
      { type: 'closeVoting' },
    ]);
    const body = sectionOf(boardContent(TEMPLATE, session), 'improvements')!.body;
    const label = body.find((block) => block.kind === 'label' && block.words[0]?.text.startsWith('Votes'));
    expect(label).toEqual({ kind: 'label', words: [{ text: 'Votes from the room: 2 participants voted, 2 votes each' }] });
    const list = body[body.indexOf(label!) + 1];
    expect(list).toEqual({
      kind: 'list',
      items: [
        [{ text: '3 votes', bold: true }, { text: ' ICPM' }],
        [{ text: '1 vote', bold: true }, { text: ' Safety Organized Practice' }],
      ],
    });
  });

  it('says nothing of votes on a board no one voted on', () => {
    const session = run(filled(), [goto('improvements'), { type: 'openVoting', votesEach: 3 }]);
    const body = sectionOf(boardContent(TEMPLATE, session), 'improvements')!.body;
    expect(body.some((block) => block.kind === 'label' && block.words[0]?.text.startsWith('Votes'))).toBe(false);
  });
});
