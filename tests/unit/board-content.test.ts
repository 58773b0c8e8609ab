import { describe, expect, it } from 'vitest';
import { newSession, reduce, roomExercises, type Action, type FacilitationSession } from '../../src/facilitate/session';
import { boardContent } from '../../src/pdf/boardContent';
import type { ContentBlock } from '../../src/pdf/content';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';

const T0 = 1_700_000_000_000;
const ROOM_IDS = ['levels', 'elements', 'improvements', 'crosswalk', 'benefits', 'org-factors', 'roles', 'saying-doing', 'messages'];
const NO_IDEAS = 'No ideas were recorded for this exercise.';

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
    else out.at(-1)!.body.push(block);
  }
  return out;
}

function sectionOf(blocks: ContentBlock[], id: string): Section {
  const found = sections(blocks)[ROOM_IDS.indexOf(id)];
  if (!found) throw new Error(`no section for ${id}`);
  return found;
}

describe('boardContent', () => {
  it('starts with the title and a cover with the session name and date', () => {
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
        { label: 'Date', value: '2024-05-06' },
      ],
    });
  });

  it('has one numbered section per room exercise, in order, with its screen prompt', () => {
    const blocks = boardContent(TEMPLATE, empty());
    const headings = blocks.filter((b) => b.kind === 'section').map((b) => (b.kind === 'section' ? b.text : ''));
    expect(headings).toHaveLength(9);
    const room = roomExercises(TEMPLATE);
    expect(headings).toEqual(room.map((e, i) => `${i + 1}. ${e.facilitator?.screen ?? e.question}`));
    expect(headings[0]).toBe('1. CPM offers an intervention on two levels. What are they?');
    expect(headings[4]).toBe('5. What are the benefits of the Family Level intervention?');
    expect(headings.join('\n')).not.toContain('Your details for the handout');
  });

  it('an exercise without ideas says so; the empty crosswalk still gives the 5 element rows', () => {
    const blocks = boardContent(TEMPLATE, empty());
    for (const id of ROOM_IDS.filter((x) => x !== 'crosswalk')) {
      expect(sectionOf(blocks, id).body, id).toEqual([{ kind: 'paragraph', words: [{ text: NO_IDEAS, bold: false }] }]);
    }
    expect(sectionOf(blocks, 'crosswalk').body).toEqual([
      {
        kind: 'table',
        caption: 'Ideas by practice element',
        head: ['Practice element', 'Ideas from the room'],
        rows: PRACTICE_ELEMENTS.map((e) => [e.label, '']),
      },
    ]);
  });

  it('lists the visible ideas of a single-column board as numbered answers', () => {
    const blocks = boardContent(TEMPLATE, filled());
    expect(sectionOf(blocks, 'improvements').body).toEqual([
      { kind: 'answer', text: 'Safety Organized Practice', prefix: '1.' },
      { kind: 'answer', text: 'ICPM', prefix: '2.' },
    ]);
  });

  it('puts crosswalk ideas as "• text" lines under their element; ideas without a column go to the first', () => {
    const blocks = boardContent(TEMPLATE, filled());
    const body = sectionOf(blocks, 'crosswalk').body;
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

  it('never shows hidden ideas anywhere', () => {
    const blocks = boardContent(TEMPLATE, filled());
    const text = JSON.stringify(blocks);
    expect(text).not.toContain('HIDDEN-IMPROVEMENT');
    expect(text).not.toContain('HIDDEN-CROSSWALK');
    expect(text).not.toContain('HIDDEN-ONLY');
    // A board whose only idea is hidden reads as empty.
    expect(sectionOf(blocks, 'org-factors').body).toEqual([{ kind: 'paragraph', words: [{ text: NO_IDEAS, bold: false }] }]);
  });

  it('shows an idea once it is made visible', () => {
    const shown = run(filled(), [goto('org-factors'), { type: 'toggleIdea', id: 'o1' }]);
    expect(sectionOf(boardContent(TEMPLATE, shown), 'org-factors').body).toEqual([{ kind: 'answer', text: 'HIDDEN-ONLY', prefix: '1.' }]);
  });

  it('keeps the other exercises empty and independent of the current exercise', () => {
    const s = filled();
    const blocks = boardContent(TEMPLATE, s);
    expect(boardContent(TEMPLATE, run(s, [goto('levels')]))).toEqual(blocks);
    for (const id of ['levels', 'elements', 'benefits', 'roles', 'saying-doing', 'messages']) {
      expect(sectionOf(blocks, id).body, id).toEqual([{ kind: 'paragraph', words: [{ text: NO_IDEAS, bold: false }] }]);
    }
    expect(blocks).toHaveLength(2 + 9 + 2 + 1 + 6 + 1);
  });

  it('cleans control characters from the session name and ideas', () => {
    const s = run(newSession(TEMPLATE, 'Mon\u0007day', '2024-05-06', T0), [goto('roles'), { type: 'addIdea', text: 'Lead\u0000 by\texample', id: 'r' }]);
    const blocks = boardContent(TEMPLATE, s);
    expect(blocks[1]).toEqual({
      kind: 'cover',
      rows: [
        { label: 'Session', value: 'Monday' },
        { label: 'Date', value: '2024-05-06' },
      ],
    });
    expect(sectionOf(blocks, 'roles').body).toEqual([{ kind: 'answer', text: 'Lead by    example', prefix: '1.' }]);
  });
});
