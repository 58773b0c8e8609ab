import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/worksheet/answers';
import { LIMITS } from '../../src/worksheet/limits';
import { applyOp, parseOp, promptIndex, type AnswerOp } from '../../src/worksheet/ops';
import { Replica, type StampedOp } from '../../src/worksheet/replica';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';

const PROMPTS = promptIndex(TEMPLATE);
const fresh = (): Answers => emptyAnswers(TEMPLATE, new Date(2026, 10, 24));

describe('parseOp: a message from another tab is an op only when it is whole and names this worksheet', () => {
  const refused: Array<[string, unknown]> = [
    ['nothing', undefined],
    ['a string', 'text'],
    ['an array', []],
    ['an unknown kind', { op: 'erase', id: 'benefits.families' }],
    ['text without a value', { op: 'text', id: 'cover.name' }],
    ['text with a number', { op: 'text', id: 'cover.name', value: 5 }],
    ['text for an unknown prompt', { op: 'text', id: 'no.such.prompt', value: 'x' }],
    ['text for a list prompt', { op: 'text', id: 'improvements', value: 'x' }],
    ['a blank without an index', { op: 'blank', id: 'levels', value: 'x' }],
    ['a blank past the last one', { op: 'blank', id: 'levels', index: 2, value: 'x' }],
    ['a blank with a negative index', { op: 'blank', id: 'levels', index: -1, value: 'x' }],
    ['a blank with a fractional index', { op: 'blank', id: 'levels', index: 0.5, value: 'x' }],
    ['a row add into __proto__', { op: 'listAdd', id: '__proto__', itemId: 'a', after: null }],
    ['a row add with the id __proto__', { op: 'listAdd', id: 'improvements', itemId: '__proto__', after: null }],
    ['a row add with no anchor field', { op: 'listAdd', id: 'improvements', itemId: 'a' }],
    ['a row move without a target', { op: 'listMove', id: 'improvements', itemId: 'a' }],
    ['a cell of an unknown column', { op: 'cell', id: 'crosswalk', crosswalkId: 'c', columnId: 'planning', value: 'x' }],
    ['a crosswalk with other columns', { op: 'crosswalkAdd', id: 'crosswalk', crosswalkId: 'c', columns: ['a', 'b'] }],
    ['an added answer for an unknown exercise', { op: 'moreAdd', id: 'benefits.more', entryId: 'e' }],
    ['an added answer with another field', { op: 'moreSet', id: 'messages.more', entryId: 'e', field: 'color', value: 'x' }],
    ['an id with a slash', { op: 'listItem', id: 'improvements', itemId: 'a/b', value: 'x' }],
  ];
  it.each(refused)('refuses %s', (_label, message) => {
    expect(parseOp(message, PROMPTS)).toBeUndefined();
  });

  it('accepts every kind when it is well formed', () => {
    const columns = ['engagement', 'inquiry', 'teaming', 'advocacy', 'accountability'];
    const good: AnswerOp[] = [
      { op: 'text', id: 'cover.name', value: 'Ana' },
      { op: 'blank', id: 'levels', index: 1, value: 'System' },
      { op: 'listAdd', id: 'improvements', itemId: 'row-1', after: null },
      { op: 'listItem', id: 'improvements', itemId: 'row-1', value: 'CCR' },
      { op: 'listMove', id: 'improvements', itemId: 'row-1', to: 0 },
      { op: 'listRemove', id: 'improvements', itemId: 'row-1' },
      { op: 'crosswalkAdd', id: 'crosswalk', crosswalkId: 'cw', columns },
      { op: 'initiative', id: 'crosswalk', crosswalkId: 'cw', value: 'SOP' },
      { op: 'cell', id: 'crosswalk', crosswalkId: 'cw', columnId: 'teaming', value: 'CFT' },
      { op: 'crosswalkRemove', id: 'crosswalk', crosswalkId: 'cw' },
      { op: 'moreAdd', id: 'messages.more', entryId: 'e1' },
      { op: 'moreSet', id: 'messages.more', entryId: 'e1', field: 'name', value: 'Judges' },
      { op: 'moreRemove', id: 'messages.more', entryId: 'e1' },
    ];
    for (const op of good) expect(parseOp(JSON.parse(JSON.stringify(op)), PROMPTS)).toEqual(op);
  });

  it('holds text to its limit and drops control characters', () => {
    const op = parseOp({ op: 'text', id: 'benefits.families', value: `a\u0000b\u0007${'x'.repeat(LIMITS.longText)}` }, PROMPTS);
    expect(op && 'value' in op && op.value).toHaveLength(LIMITS.longText);
    expect(op && 'value' in op && op.value.startsWith('abx')).toBe(true);
    const blank = parseOp({ op: 'blank', id: 'levels', index: 0, value: 'y'.repeat(LIMITS.blank + 1) }, PROMPTS);
    expect(blank && 'value' in blank && blank.value).toHaveLength(LIMITS.blank);
  });
});

describe('applyOp', () => {
  it('adds a row after the row it names, or first when it names none', () => {
    const answers = fresh();
    const [first, second] = answers.lists.improvements!;
    applyOp(answers, { op: 'listAdd', id: 'improvements', itemId: 'new', after: first!.id });
    expect(answers.lists.improvements!.map((row) => row.id).slice(0, 3)).toEqual([first!.id, 'new', second!.id]);
    applyOp(answers, { op: 'listAdd', id: 'improvements', itemId: 'top', after: null });
    expect(answers.lists.improvements![0]!.id).toBe('top');
  });

  it('never adds more rows or added answers than the limits allow', () => {
    const answers = fresh();
    for (let i = 0; i < LIMITS.listRows + 5; i++) applyOp(answers, { op: 'listAdd', id: 'org-factors', itemId: `r${i}`, after: null });
    expect(answers.lists['org-factors']).toHaveLength(LIMITS.listRows);
    for (let i = 0; i < LIMITS.moreEntries + 3; i++) applyOp(answers, { op: 'moreAdd', id: 'messages.more', entryId: `e${i}` });
    expect(answers.more['messages.more']).toHaveLength(LIMITS.moreEntries);
  });
});

describe('Replica: tabs that see the same changes in any order end with the same answers', () => {
  /** Two tabs; each change is applied at once where it was made and later where it arrives. */
  function twoTabs() {
    const a = { replica: new Replica('tab-a', () => 1000), answers: fresh() };
    const b = { replica: new Replica('tab-b', () => 1000), answers: structuredClone(a.answers) };
    const local = (tab: typeof a, op: AnswerOp): StampedOp => {
      const change = { op, stamp: tab.replica.stampLocal(op) };
      tab.replica.apply(tab.answers, change);
      return change;
    };
    const deliver = (tab: typeof a, change: StampedOp) => tab.replica.admit(change) && tab.replica.apply(tab.answers, change);
    return { a, b, local, deliver };
  }

  it('the same field typed in both tabs at the same instant converges on one value', () => {
    const { a, b, local, deliver } = twoTabs();
    const fromA = local(a, { op: 'text', id: 'benefits.staff', value: 'from A' });
    const fromB = local(b, { op: 'text', id: 'benefits.staff', value: 'from B' });
    deliver(a, fromB);
    deliver(b, fromA);
    expect(a.answers.text['benefits.staff']).toBe(b.answers.text['benefits.staff']);
    // The same instant: the tab id breaks the tie, the same way in both.
    expect(a.answers.text['benefits.staff']).toBe('from B');
  });

  it('rows added at once after the same row land in the same order in both tabs', () => {
    const { a, b, local, deliver } = twoTabs();
    const last = a.answers.lists.improvements!.at(-1)!.id;
    const fromA = local(a, { op: 'listAdd', id: 'improvements', itemId: 'row-a', after: last });
    const fromB = local(b, { op: 'listAdd', id: 'improvements', itemId: 'row-b', after: last });
    deliver(a, fromB);
    deliver(b, fromA);
    const order = (answers: Answers) => answers.lists.improvements!.map((row) => row.id);
    expect(order(a.answers)).toEqual(order(b.answers));
    expect(order(a.answers).slice(-2)).toEqual(['row-b', 'row-a']);
  });

  it('a row added later after the same row still goes right after it', () => {
    const { a, local } = twoTabs();
    const first = a.answers.lists.improvements![0]!.id;
    local(a, { op: 'listAdd', id: 'improvements', itemId: 'one', after: first });
    local(a, { op: 'listAdd', id: 'improvements', itemId: 'two', after: first });
    expect(a.answers.lists.improvements!.map((row) => row.id).slice(0, 3)).toEqual([first, 'two', 'one']);
  });

  it('rebase keeps the stored copy and replays only the changes no later write replaced', () => {
    const { a, local, deliver } = twoTabs();
    const mine = local(a, { op: 'text', id: 'benefits.staff', value: 'mine' });
    local(a, { op: 'text', id: 'benefits.families', value: 'families' });
    // Another tab wrote the same field later; its save is what storage holds.
    const later: StampedOp = { op: { op: 'text', id: 'benefits.staff', value: 'theirs' }, stamp: { t: 2000, tab: 'tab-b' } };
    deliver(a, later);
    const stored = fresh();
    stored.text['benefits.staff'] = 'theirs';
    stored.text['cover.session'] = 'Renamed in the library';
    const merged = a.replica.rebase(stored, [mine, { op: { op: 'text', id: 'benefits.families', value: 'families' }, stamp: mine.stamp }]);
    expect(merged.text['benefits.staff']).toBe('theirs');
    expect(merged.text['cover.session']).toBe('Renamed in the library');
  });

  it('with random edits and messages arriving at random moments (in order per tab), both tabs converge', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 100; round++) {
      const { a, b, local, deliver } = twoTabs();
      const inbox = new Map([
        [a, [] as StampedOp[]],
        [b, [] as StampedOp[]],
      ]);
      const other = (tab: typeof a) => (tab === a ? b : a);
      for (let step = 0; step < 30; step++) {
        const tab = random() < 0.5 ? a : b;
        if (random() < 0.4 && inbox.get(tab)!.length) {
          deliver(tab, inbox.get(tab)!.shift()!);
          continue;
        }
        const rows = tab.answers.lists.improvements!;
        const op: AnswerOp =
          random() < 0.5
            ? { op: 'text', id: random() < 0.5 ? 'benefits.staff' : 'benefits.families', value: `v${round}-${step}` }
            : {
                op: 'listAdd',
                id: 'improvements',
                itemId: `r${round}-${step}`,
                after: rows[Math.floor(random() * (rows.length + 1)) - 1]?.id ?? null,
              };
        inbox.get(other(tab))!.push(local(tab, op));
      }
      for (const [tab, messages] of inbox) for (const change of messages) deliver(tab, change);
      expect(a.answers).toEqual(b.answers);
    }
  });
});
