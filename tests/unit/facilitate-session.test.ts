import { describe, expect, it } from 'vitest';
import {
  answerKeyOf,
  boardColumns,
  newSession,
  projectorView,
  reduce,
  roomExercises,
  timeLeft,
  timerPhase,
  type Action,
  type FacilitationSession,
} from '../../src/facilitate/session';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';
import type { Exercise } from '../../src/worksheet/types';
import { allExercises } from '../../src/worksheet/walk';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

const ROOM_IDS = ['levels', 'elements', 'improvements', 'crosswalk', 'benefits', 'org-factors', 'roles', 'saying-doing', 'messages'];

function exercise(id: string): Exercise {
  const found = allExercises(TEMPLATE).find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

const indexOf = (id: string) => ROOM_IDS.indexOf(id);

function fresh(now = T0): FacilitationSession {
  return newSession(TEMPLATE, 'Monday cohort', '2024-05-06', now);
}

/** Applies actions one after the other, each at its own time (defaults to T0). */
function apply(session: FacilitationSession, ...steps: Array<Action | [Action, number]>): FacilitationSession {
  return steps.reduce((s, step) => (Array.isArray(step) ? reduce(TEMPLATE, s, step[0], step[1]) : reduce(TEMPLATE, s, step, T0)), session);
}

/** A session sitting on the given room exercise. */
function at(id: string, base = fresh()): FacilitationSession {
  const moved = reduce(TEMPLATE, base, { type: 'goto', index: indexOf(id) }, T0);
  expect(roomExercises(TEMPLATE)[moved.current]?.id).toBe(id);
  return moved;
}

const board = (session: FacilitationSession, id: string) => session.boards[id] ?? [];

describe('roomExercises', () => {
  it('lists the 9 exercises with facilitator notes, in worksheet order, without the cover', () => {
    const room = roomExercises(TEMPLATE);
    expect(room.map((e) => e.id)).toEqual(ROOM_IDS);
    expect(room).toHaveLength(9);
    expect(room.every((e) => e.facilitator !== undefined)).toBe(true);
    expect(room.map((e) => e.id)).not.toContain('cover');
  });

  it('keeps the order of the worksheet', () => {
    const order = allExercises(TEMPLATE).map((e) => e.id);
    const positions = roomExercises(TEMPLATE).map((e) => order.indexOf(e.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('answerKeyOf and boardColumns', () => {
  it('gives the first accepted spelling of each recall answer', () => {
    expect(answerKeyOf(exercise('levels'))).toEqual(['Family', 'System']);
    expect(answerKeyOf(exercise('elements'))).toEqual(['Engagement', 'Inquiry and Exploration', 'Teaming', 'Advocacy', 'Accountability']);
    expect(answerKeyOf(exercise('improvements'))).toBeUndefined();
    expect(answerKeyOf(exercise('crosswalk'))).toBeUndefined();
  });

  it('gives the 5 practice elements as columns for the crosswalk only', () => {
    expect(boardColumns(exercise('crosswalk'))).toEqual(PRACTICE_ELEMENTS);
    expect(boardColumns(exercise('levels'))).toBeUndefined();
    expect(boardColumns(exercise('org-factors'))).toBeUndefined();
  });
});

describe('newSession', () => {
  it('starts at the first room exercise with its suggested time, paused', () => {
    const session = fresh();
    expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(session.name).toBe('Monday cohort');
    expect(session.date).toBe('2024-05-06');
    expect(session.createdAt).toBe(T0);
    expect(session.updatedAt).toBe(T0);
    expect(session.templateId).toBe(TEMPLATE.id);
    expect(session.templateVersion).toBe(TEMPLATE.version);
    expect(session.rev).toBe(1);
    expect(session.current).toBe(0);
    expect(session.revealed).toEqual({});
    expect(session.blank).toBe(false);
    expect(session.holdNewIdeas).toBe(false);
    expect(session.boards).toEqual({});
    // 'levels' suggests 2 minutes.
    expect(session.timer).toEqual({ durationMs: 2 * MIN, remainingMs: 2 * MIN });
    expect(session.timer.startedAt).toBeUndefined();
  });

  it('gives every session its own id', () => {
    expect(fresh().id).not.toBe(fresh().id);
  });
});

describe('navigation', () => {
  it('next and prev move one exercise', () => {
    const s1 = reduce(TEMPLATE, fresh(), { type: 'next' }, T0 + 1);
    expect(s1.current).toBe(1);
    const s2 = reduce(TEMPLATE, s1, { type: 'next' }, T0 + 2);
    expect(s2.current).toBe(2);
    const s3 = reduce(TEMPLATE, s2, { type: 'prev' }, T0 + 3);
    expect(s3.current).toBe(1);
  });

  it('prev at the first exercise returns the same object, rev unchanged', () => {
    const session = fresh();
    const after = reduce(TEMPLATE, session, { type: 'prev' }, T0 + 5000);
    expect(after).toBe(session);
    expect(after.rev).toBe(1);
    expect(after.updatedAt).toBe(T0);
  });

  it('next at the last exercise returns the same object, rev unchanged', () => {
    const last = at('messages');
    expect(last.current).toBe(8);
    const after = reduce(TEMPLATE, last, { type: 'next' }, T0 + 5000);
    expect(after).toBe(last);
    expect(after.rev).toBe(last.rev);
    expect(after.updatedAt).toBe(last.updatedAt);
  });

  it('walks through all 9 exercises with next and back with prev', () => {
    let session = fresh();
    const seen = [roomExercises(TEMPLATE)[session.current]!.id];
    for (let i = 0; i < 12; i++) {
      session = reduce(TEMPLATE, session, { type: 'next' }, T0);
      seen.push(roomExercises(TEMPLATE)[session.current]!.id);
    }
    expect([...new Set(seen)]).toEqual(ROOM_IDS);
    expect(session.current).toBe(8);
    expect(session.rev).toBe(1 + 8);
    for (let i = 0; i < 12; i++) session = reduce(TEMPLATE, session, { type: 'prev' }, T0);
    expect(session.current).toBe(0);
    expect(session.rev).toBe(1 + 16);
  });

  it('goto jumps to an index and clamps out-of-range indexes', () => {
    const session = fresh();
    expect(reduce(TEMPLATE, session, { type: 'goto', index: 4 }, T0).current).toBe(4);
    expect(reduce(TEMPLATE, session, { type: 'goto', index: 100 }, T0).current).toBe(8);
    const fromMiddle = reduce(TEMPLATE, session, { type: 'goto', index: 5 }, T0);
    expect(reduce(TEMPLATE, fromMiddle, { type: 'goto', index: -3 }, T0).current).toBe(0);
  });

  it('goto to the current exercise (or clamped onto it) returns the same object', () => {
    const session = fresh();
    expect(reduce(TEMPLATE, session, { type: 'goto', index: 0 }, T0 + 1)).toBe(session);
    expect(reduce(TEMPLATE, session, { type: 'goto', index: -1 }, T0 + 1)).toBe(session);
    const last = at('messages');
    expect(reduce(TEMPLATE, last, { type: 'goto', index: 99 }, T0 + 1)).toBe(last);
  });

  it('a timer belongs to its exercise: moving on pauses it and keeps it; the next exercise shows its own time', () => {
    const running = apply(fresh(), [{ type: 'timerStart' }, T0], [{ type: 'timerAddMinute' }, T0 + 10_000]);
    expect(running.timer.startedAt).toBe(T0 + 10_000);
    const next = reduce(TEMPLATE, running, { type: 'next' }, T0 + 20_000);
    expect(next.current).toBe(1);
    const minutes = exercise('elements').facilitator!.minutes;
    expect(next.timer).toEqual({ durationMs: minutes * MIN, remainingMs: minutes * MIN });
    expect(timerPhase(next.timer, T0 + 20_000)).toBe('idle');
    // Back on the first exercise, its timer is where it was left, paused.
    const back = reduce(TEMPLATE, next, { type: 'prev' }, T0 + 90_000);
    expect(back.timer).toEqual({ durationMs: 3 * MIN, remainingMs: 3 * MIN - 20_000 });
    expect(timerPhase(back.timer, T0 + 90_000)).toBe('paused');
    // An idle timer left behind is not kept: the exercise offers its suggested time again.
    const idleAway = reduce(TEMPLATE, reduce(TEMPLATE, back, { type: 'timerReset' }, T0 + 91_000), { type: 'next' }, T0 + 92_000);
    expect(idleAway.timers?.['levels']).toBeUndefined();
  });

  it("an idle timer takes the new exercise's suggested minutes", () => {
    for (const id of ROOM_IDS.filter((x) => x !== 'levels')) {
      const minutes = exercise(id).facilitator!.minutes;
      const moved = reduce(TEMPLATE, fresh(), { type: 'goto', index: indexOf(id) }, T0);
      expect(moved.timer, id).toEqual({ durationMs: minutes * MIN, remainingMs: minutes * MIN });
    }
    const reset = apply(fresh(), { type: 'timerStart' }, { type: 'timerReset' }, { type: 'goto', index: indexOf('org-factors') });
    expect(reset.timer).toEqual({ durationMs: 8 * MIN, remainingMs: 8 * MIN });
  });
});

describe('rev and updatedAt', () => {
  it('every change increases rev by exactly 1 and stamps updatedAt with now', () => {
    const steps: Action[] = [
      { type: 'next' },
      { type: 'toggleReveal' },
      { type: 'toggleBlank' },
      { type: 'timerStart' },
      { type: 'timerPause' },
      { type: 'timerAddMinute' },
      { type: 'timerReset' },
      { type: 'setHoldNewIdeas', hold: true },
      { type: 'addIdea', text: 'Engage early', id: 'i1' },
      { type: 'editIdea', id: 'i1', text: 'Engage families early' },
      { type: 'toggleIdea', id: 'i1' },
      { type: 'moveIdea', id: 'i1', column: 'teaming' },
      { type: 'deleteIdea', id: 'i1' },
      { type: 'rename', name: 'Tuesday cohort' },
      { type: 'goto', index: 3 },
      { type: 'prev' },
    ];
    let session = fresh();
    steps.forEach((action, i) => {
      const now = T0 + (i + 1) * 1000;
      const next = reduce(TEMPLATE, session, action, now);
      expect(next, action.type).not.toBe(session);
      expect(next.rev, action.type).toBe(session.rev + 1);
      expect(next.updatedAt, action.type).toBe(now);
      expect(next.createdAt).toBe(T0);
      session = next;
    });
    expect(session.rev).toBe(1 + steps.length);
  });

  it('does not mutate the session it is given', () => {
    const session = fresh();
    const copy = structuredClone(session);
    apply(session, { type: 'next' }, { type: 'toggleBlank' }, { type: 'addIdea', text: 'x', id: 'x' }, { type: 'timerStart' });
    reduce(TEMPLATE, session, { type: 'addIdea', text: 'y' }, T0);
    reduce(TEMPLATE, session, { type: 'toggleReveal' }, T0);
    expect(session).toEqual(copy);
  });
});

describe('reveal and blank', () => {
  it('toggleReveal reveals and hides the answers of a recall exercise', () => {
    const shown = reduce(TEMPLATE, fresh(), { type: 'toggleReveal' }, T0 + 1);
    expect(shown.revealed).toEqual({ levels: true });
    const hidden = reduce(TEMPLATE, shown, { type: 'toggleReveal' }, T0 + 2);
    expect(hidden.revealed.levels).toBe(false);
    expect(hidden.rev).toBe(3);
  });

  it('toggleReveal works on levels and elements, and on nothing else', () => {
    for (const id of ROOM_IDS) {
      const session = at(id);
      const after = reduce(TEMPLATE, session, { type: 'toggleReveal' }, T0 + 1);
      if (id === 'levels' || id === 'elements') {
        expect(after.revealed[id], id).toBe(true);
        expect(after.rev).toBe(session.rev + 1);
      } else {
        expect(after, id).toBe(session);
        expect(after.revealed).toEqual(session.revealed);
      }
    }
  });

  it('reveal is kept per exercise', () => {
    const s = apply(fresh(), { type: 'toggleReveal' }, { type: 'next' });
    expect(s.revealed).toEqual({ levels: true });
    expect(s.revealed.elements).toBeUndefined();
    const both = reduce(TEMPLATE, s, { type: 'toggleReveal' }, T0);
    expect(both.revealed).toEqual({ levels: true, elements: true });
    const back = apply(both, { type: 'prev' }, { type: 'toggleReveal' });
    expect(back.revealed).toEqual({ levels: false, elements: true });
  });

  it('toggleBlank flips the blank screen', () => {
    const on = reduce(TEMPLATE, fresh(), { type: 'toggleBlank' }, T0 + 1);
    expect(on.blank).toBe(true);
    const off = reduce(TEMPLATE, on, { type: 'toggleBlank' }, T0 + 2);
    expect(off.blank).toBe(false);
    expect(off.rev).toBe(3);
    expect(off.updatedAt).toBe(T0 + 2);
  });
});

describe('timerPhase', () => {
  it('is idle until started, then running, marked in the last minute, done at zero; paused keeps its time', () => {
    const idle = fresh().timer;
    expect(timerPhase(idle, T0 + 10 * MIN)).toBe('idle');
    const started = reduce(TEMPLATE, fresh(), { type: 'timerStart' }, T0).timer;
    expect(timerPhase(started, T0)).toBe('running');
    expect(timerPhase(started, T0 + MIN - 1)).toBe('running');
    expect(timerPhase(started, T0 + MIN)).toBe('lastMinute');
    expect(timerPhase(started, T0 + 2 * MIN - 1)).toBe('lastMinute');
    expect(timerPhase(started, T0 + 2 * MIN)).toBe('done');
    const paused = apply(fresh(), [{ type: 'timerStart' }, T0], [{ type: 'timerPause' }, T0 + 1000]).timer;
    expect(timerPhase(paused, T0 + 5 * MIN)).toBe('paused');
    const spent = apply(fresh(), [{ type: 'timerStart' }, T0], [{ type: 'timerPause' }, T0 + 3 * MIN]).timer;
    expect(timerPhase(spent, T0 + 3 * MIN)).toBe('done');
    expect(timerPhase(apply(fresh(), { type: 'timerStart' }, { type: 'timerReset' }).timer, T0)).toBe('idle');
  });
});

describe('restoreIdea (undo of a delete)', () => {
  it('puts the idea back at its place, on its own exercise, even after moving on', () => {
    const s = apply(
      at('improvements'),
      { type: 'addIdea', text: 'One', id: 'a' },
      { type: 'addIdea', text: 'Two', id: 'b' },
      { type: 'addIdea', text: 'Three', id: 'c' },
    );
    const deleted = board(s, 'improvements')[1]!;
    const after = apply(s, { type: 'deleteIdea', id: 'b' }, { type: 'next' });
    expect(board(after, 'improvements').map((i) => i.text)).toEqual(['One', 'Three']);
    const restored = reduce(TEMPLATE, after, { type: 'restoreIdea', exerciseId: 'improvements', idea: deleted, index: 1 }, T0);
    expect(board(restored, 'improvements')).toEqual(board(s, 'improvements'));
    expect(restored.current).toBe(after.current);
    expect(restored.rev).toBe(after.rev + 1);
    // Restoring twice, or onto an exercise that does not exist, changes nothing.
    expect(reduce(TEMPLATE, restored, { type: 'restoreIdea', exerciseId: 'improvements', idea: deleted, index: 1 }, T0)).toBe(restored);
    expect(reduce(TEMPLATE, after, { type: 'restoreIdea', exerciseId: 'nope', idea: deleted, index: 0 }, T0)).toBe(after);
  });
});

describe('timer', () => {
  it('start sets startedAt and timeLeft counts down with now', () => {
    const started = reduce(TEMPLATE, fresh(), { type: 'timerStart' }, T0 + 1000);
    expect(started.timer).toEqual({ durationMs: 2 * MIN, remainingMs: 2 * MIN, startedAt: T0 + 1000 });
    expect(timeLeft(started.timer, T0 + 1000)).toBe(2 * MIN);
    expect(timeLeft(started.timer, T0 + 31_000)).toBe(90_000);
    expect(timeLeft(started.timer, T0 + 1000 + 2 * MIN - 1)).toBe(1);
    // A clock a little behind the one that started it shows the full time, never more.
    expect(timeLeft(started.timer, T0)).toBe(2 * MIN);
  });

  it('start while running does nothing', () => {
    const started = reduce(TEMPLATE, fresh(), { type: 'timerStart' }, T0);
    expect(reduce(TEMPLATE, started, { type: 'timerStart' }, T0 + 5000)).toBe(started);
  });

  it('pause freezes the remaining time, start continues from there', () => {
    const paused = apply(fresh(), [{ type: 'timerStart' }, T0], [{ type: 'timerPause' }, T0 + 30_000]);
    expect(paused.timer).toEqual({ durationMs: 2 * MIN, remainingMs: 90_000 });
    expect(paused.timer.startedAt).toBeUndefined();
    expect(timeLeft(paused.timer, T0 + 30_000)).toBe(90_000);
    expect(timeLeft(paused.timer, T0 + 10 * MIN)).toBe(90_000);

    const resumed = reduce(TEMPLATE, paused, { type: 'timerStart' }, T0 + 100_000);
    expect(resumed.timer.startedAt).toBe(T0 + 100_000);
    expect(resumed.timer.remainingMs).toBe(90_000);
    expect(timeLeft(resumed.timer, T0 + 110_000)).toBe(80_000);
  });

  it('pause while paused does nothing', () => {
    const session = fresh();
    expect(reduce(TEMPLATE, session, { type: 'timerPause' }, T0 + 1)).toBe(session);
  });

  it('reset returns to the suggested time, paused', () => {
    const used = apply(
      at('crosswalk'),
      [{ type: 'timerAddMinute' }, T0],
      [{ type: 'timerStart' }, T0],
      [{ type: 'timerPause' }, T0 + 45_000],
    );
    expect(used.timer.remainingMs).toBe(11 * MIN - 45_000);
    const reset = reduce(TEMPLATE, used, { type: 'timerReset' }, T0 + 50_000);
    expect(reset.timer).toEqual({ durationMs: 10 * MIN, remainingMs: 10 * MIN });
    expect(reset.timer.startedAt).toBeUndefined();

    const resetRunning = apply(fresh(), [{ type: 'timerStart' }, T0], [{ type: 'timerReset' }, T0 + 20_000]);
    expect(resetRunning.timer).toEqual({ durationMs: 2 * MIN, remainingMs: 2 * MIN });
    expect(timeLeft(resetRunning.timer, T0 + 99_999)).toBe(2 * MIN);
  });

  it('+1 minute adds 60 s while paused', () => {
    const added = reduce(TEMPLATE, fresh(), { type: 'timerAddMinute' }, T0 + 1);
    expect(added.timer).toEqual({ durationMs: 3 * MIN, remainingMs: 3 * MIN });
    expect(added.timer.startedAt).toBeUndefined();
    expect(timeLeft(added.timer, T0 + 10 * MIN)).toBe(3 * MIN);
  });

  it('+1 minute adds 60 s while running and keeps running', () => {
    const started = reduce(TEMPLATE, fresh(), { type: 'timerStart' }, T0);
    const added = reduce(TEMPLATE, started, { type: 'timerAddMinute' }, T0 + 30_000);
    expect(added.timer.startedAt).toBe(T0 + 30_000);
    expect(added.timer.durationMs).toBe(3 * MIN);
    expect(timeLeft(added.timer, T0 + 30_000)).toBe(90_000 + MIN);
    expect(timeLeft(added.timer, T0 + 40_000)).toBe(140_000);
  });

  it('+1 minute after running out gives exactly one minute', () => {
    const started = reduce(TEMPLATE, fresh(), { type: 'timerStart' }, T0);
    const added = reduce(TEMPLATE, started, { type: 'timerAddMinute' }, T0 + 10 * MIN);
    expect(timeLeft(added.timer, T0 + 10 * MIN)).toBe(MIN);
  });

  it('timeLeft never goes below zero', () => {
    const started = reduce(TEMPLATE, fresh(), { type: 'timerStart' }, T0);
    expect(timeLeft(started.timer, T0 + 2 * MIN)).toBe(0);
    expect(timeLeft(started.timer, T0 + 2 * MIN + 1)).toBe(0);
    expect(timeLeft(started.timer, T0 + 1_000 * MIN)).toBe(0);
    const paused = reduce(TEMPLATE, started, { type: 'timerPause' }, T0 + 5 * MIN);
    expect(paused.timer.remainingMs).toBe(0);
    expect(timeLeft(paused.timer, T0 + 6 * MIN)).toBe(0);
  });

  it("start at Time's up starts again from the exercise's full time", () => {
    const spent = apply(fresh(), [{ type: 'timerStart' }, T0], [{ type: 'timerPause' }, T0 + 3 * MIN]);
    expect(spent.timer.remainingMs).toBe(0);
    const after = reduce(TEMPLATE, spent, { type: 'timerStart' }, T0 + 4 * MIN);
    expect(after.timer).toEqual({ durationMs: 2 * MIN, remainingMs: 2 * MIN, startedAt: T0 + 4 * MIN });
    const ranOut = apply(fresh(), [{ type: 'timerStart' }, T0]);
    expect(reduce(TEMPLATE, ranOut, { type: 'timerStart' }, T0 + 5 * MIN).timer.startedAt).toBe(T0 + 5 * MIN);
  });
});

describe('board', () => {
  it('addIdea trims the text and stores it on the current exercise only', () => {
    const session = at('improvements');
    const after = reduce(TEMPLATE, session, { type: 'addIdea', text: '   Safety Organized Practice \n', id: 'a' }, T0 + 1);
    expect(after.boards).toEqual({ improvements: [{ id: 'a', text: 'Safety Organized Practice', column: undefined, hidden: false }] });
    expect(after.rev).toBe(session.rev + 1);
    const second = reduce(TEMPLATE, after, { type: 'addIdea', text: 'ICPM', id: 'b' }, T0 + 2);
    expect(board(second, 'improvements').map((i) => i.text)).toEqual(['Safety Organized Practice', 'ICPM']);
    const elsewhere = apply(second, { type: 'next' }, { type: 'addIdea', text: 'Engage early', column: 'engagement', id: 'c' });
    expect(board(elsewhere, 'improvements').map((i) => i.id)).toEqual(['a', 'b']);
    expect(board(elsewhere, 'crosswalk')).toEqual([{ id: 'c', text: 'Engage early', column: 'engagement', hidden: false }]);
    expect(Object.keys(elsewhere.boards).sort()).toEqual(['crosswalk', 'improvements']);
  });

  it('addIdea gives an id when none is given', () => {
    const after = apply(at('benefits'), { type: 'addIdea', text: 'one' }, { type: 'addIdea', text: 'two' });
    const ideas = board(after, 'benefits');
    expect(ideas).toHaveLength(2);
    expect(ideas[0]!.id).toMatch(/^[0-9a-z]+$/);
    expect(ideas[0]!.id).not.toBe(ideas[1]!.id);
  });

  it('addIdea ignores empty and whitespace-only text', () => {
    const session = at('improvements');
    expect(reduce(TEMPLATE, session, { type: 'addIdea', text: '' }, T0 + 1)).toBe(session);
    expect(reduce(TEMPLATE, session, { type: 'addIdea', text: '  \n\t ' }, T0 + 1)).toBe(session);
  });

  it('with holdNewIdeas, new ideas start hidden; without it they are shown', () => {
    const held = apply(at('org-factors'), { type: 'setHoldNewIdeas', hold: true }, { type: 'addIdea', text: 'Coaching', id: 'h' });
    expect(held.holdNewIdeas).toBe(true);
    expect(board(held, 'org-factors')).toEqual([{ id: 'h', text: 'Coaching', column: undefined, hidden: true }]);
    const released = apply(held, { type: 'setHoldNewIdeas', hold: false }, { type: 'addIdea', text: 'Data', id: 'v' });
    expect(board(released, 'org-factors').map((i) => [i.id, i.hidden])).toEqual([
      ['h', true],
      ['v', false],
    ]);
  });

  it('setHoldNewIdeas to the value it already has returns the same object', () => {
    const session = fresh();
    expect(reduce(TEMPLATE, session, { type: 'setHoldNewIdeas', hold: false }, T0 + 1)).toBe(session);
    const held = reduce(TEMPLATE, session, { type: 'setHoldNewIdeas', hold: true }, T0 + 1);
    expect(reduce(TEMPLATE, held, { type: 'setHoldNewIdeas', hold: true }, T0 + 2)).toBe(held);
  });

  it('editIdea changes the text of one idea and ignores empty text', () => {
    const s = apply(at('roles'), { type: 'addIdea', text: 'Model it', id: 'a' }, { type: 'addIdea', text: 'Coach', id: 'b' });
    const edited = reduce(TEMPLATE, s, { type: 'editIdea', id: 'b', text: 'Coach supervisors' }, T0 + 5);
    expect(board(edited, 'roles').map((i) => i.text)).toEqual(['Model it', 'Coach supervisors']);
    expect(edited.rev).toBe(s.rev + 1);
    expect(reduce(TEMPLATE, s, { type: 'editIdea', id: 'b', text: '' }, T0 + 5)).toBe(s);
    expect(reduce(TEMPLATE, s, { type: 'editIdea', id: 'b', text: '   ' }, T0 + 5)).toBe(s);
  });

  it('moveIdea sets the column of one idea', () => {
    const s = apply(
      at('crosswalk'),
      { type: 'addIdea', text: 'Family voice', id: 'a' },
      { type: 'addIdea', text: 'CFT meetings', column: 'teaming', id: 'b' },
    );
    expect(board(s, 'crosswalk')[0]!.column).toBeUndefined();
    const moved = reduce(TEMPLATE, s, { type: 'moveIdea', id: 'a', column: 'advocacy' }, T0 + 1);
    expect(board(moved, 'crosswalk').map((i) => [i.id, i.column])).toEqual([
      ['a', 'advocacy'],
      ['b', 'teaming'],
    ]);
  });

  it('toggleIdea hides and shows one idea', () => {
    const s = apply(at('messages'), { type: 'addIdea', text: 'Be curious', id: 'a' }, { type: 'addIdea', text: 'Listen', id: 'b' });
    const hidden = reduce(TEMPLATE, s, { type: 'toggleIdea', id: 'a' }, T0 + 1);
    expect(board(hidden, 'messages').map((i) => i.hidden)).toEqual([true, false]);
    const shown = reduce(TEMPLATE, hidden, { type: 'toggleIdea', id: 'a' }, T0 + 2);
    expect(board(shown, 'messages').map((i) => i.hidden)).toEqual([false, false]);
  });

  it('deleteIdea removes one idea', () => {
    const s = apply(at('messages'), { type: 'addIdea', text: 'Be curious', id: 'a' }, { type: 'addIdea', text: 'Listen', id: 'b' });
    const after = reduce(TEMPLATE, s, { type: 'deleteIdea', id: 'a' }, T0 + 1);
    expect(board(after, 'messages')).toEqual([{ id: 'b', text: 'Listen', column: undefined, hidden: false }]);
    expect(after.rev).toBe(s.rev + 1);
  });

  it('idea actions only touch the current exercise board', () => {
    const s = apply(
      at('improvements'),
      { type: 'addIdea', text: 'SOP', id: 'same' },
      { type: 'next' },
      { type: 'addIdea', text: 'Engage', id: 'other' },
    );
    // 'same' lives on 'improvements'; we are on 'crosswalk' now.
    const deleted = reduce(TEMPLATE, s, { type: 'deleteIdea', id: 'same' }, T0);
    expect(board(deleted, 'improvements').map((i) => i.id)).toEqual(['same']);
    const toggled = reduce(TEMPLATE, s, { type: 'toggleIdea', id: 'same' }, T0);
    expect(board(toggled, 'improvements')[0]!.hidden).toBe(false);
  });

  // reduce documents "returns the same object when nothing changes"; the presenter relies on
  // that identity to skip broadcasting and saving (Present.tsx: `if (next === session()) return`).
  it.each<Action>([
    { type: 'editIdea', id: 'missing', text: 'x' },
    { type: 'moveIdea', id: 'missing', column: 'teaming' },
    { type: 'toggleIdea', id: 'missing' },
    { type: 'deleteIdea', id: 'missing' },
  ])('$type on an id that is not on the board returns the same object, rev unchanged', (action) => {
    const s = apply(at('improvements'), { type: 'addIdea', text: 'SOP', id: 'a' });
    const after = reduce(TEMPLATE, s, action, T0 + 9);
    expect(after.boards).toEqual(s.boards);
    expect(after.rev).toBe(s.rev);
    expect(after).toBe(s);
  });

  it('rename trims the name and ignores empty names', () => {
    const s = fresh();
    const renamed = reduce(TEMPLATE, s, { type: 'rename', name: '  Tuesday cohort  ' }, T0 + 1);
    expect(renamed.name).toBe('Tuesday cohort');
    expect(renamed.rev).toBe(2);
    expect(reduce(TEMPLATE, s, { type: 'rename', name: '' }, T0 + 1)).toBe(s);
    expect(reduce(TEMPLATE, s, { type: 'rename', name: '   ' }, T0 + 1)).toBe(s);
  });
});

describe('projectorView', () => {
  it('shows the screen prompt, position, session and timer of the current exercise', () => {
    const s = fresh();
    const view = projectorView(TEMPLATE, s);
    expect(view).toEqual({
      sessionId: s.id,
      rev: 1,
      sessionName: 'Monday cohort',
      position: { index: 0, count: 9 },
      exerciseId: 'levels',
      prompt: 'CPM offers an intervention on two levels. What are they?',
      blank: false,
      timer: { durationMs: 2 * MIN, remainingMs: 2 * MIN },
      shape: {
        kind: 'recall',
        blanks: [
          { before: 'The', after: 'Level' },
          { before: 'The', after: 'Level' },
        ],
      },
      answers: undefined,
      columns: undefined,
      ideas: [],
    });
  });

  it('uses the facilitator screen text, or the question when there is none', () => {
    for (const id of ROOM_IDS) {
      const ex = exercise(id);
      const view = projectorView(TEMPLATE, at(id));
      expect(view.exerciseId).toBe(id);
      expect(view.position).toEqual({ index: indexOf(id), count: 9 });
      expect(view.prompt).toBe(ex.facilitator!.screen ?? ex.question);
    }
    expect(exercise('benefits').facilitator!.screen).toBeUndefined();
    expect(projectorView(TEMPLATE, at('benefits')).prompt).toBe('What are the benefits of the Family Level intervention?');
    expect(projectorView(TEMPLATE, at('saying-doing')).prompt).toBe('What is important for you to be saying and doing?');
    expect(projectorView(TEMPLATE, at('elements')).prompt).toBe('What are the 5 Practice Elements?');
  });

  it('shows the answers only once revealed', () => {
    const s = fresh();
    expect(projectorView(TEMPLATE, s).answers).toBeUndefined();
    const revealed = reduce(TEMPLATE, s, { type: 'toggleReveal' }, T0 + 1);
    expect(projectorView(TEMPLATE, revealed).answers).toEqual(['Family', 'System']);
    const hiddenAgain = reduce(TEMPLATE, revealed, { type: 'toggleReveal' }, T0 + 2);
    expect(projectorView(TEMPLATE, hiddenAgain).answers).toBeUndefined();
    // Revealing 'levels' does not reveal 'elements'.
    const onElements = reduce(TEMPLATE, revealed, { type: 'next' }, T0 + 3);
    expect(projectorView(TEMPLATE, onElements).answers).toBeUndefined();
    const elements = reduce(TEMPLATE, onElements, { type: 'toggleReveal' }, T0 + 4);
    expect(projectorView(TEMPLATE, elements).answers).toEqual([
      'Engagement',
      'Inquiry and Exploration',
      'Teaming',
      'Advocacy',
      'Accountability',
    ]);
  });

  it('never shows hidden ideas', () => {
    const s = apply(
      at('org-factors'),
      { type: 'addIdea', text: 'Shown one', id: 'a' },
      { type: 'setHoldNewIdeas', hold: true },
      { type: 'addIdea', text: 'Held back', id: 'b' },
      { type: 'setHoldNewIdeas', hold: false },
      { type: 'addIdea', text: 'Shown two', id: 'c' },
      { type: 'toggleIdea', id: 'c' },
    );
    const view = projectorView(TEMPLATE, s);
    expect(view.ideas).toEqual(['Shown one']);
    expect(JSON.stringify(view)).not.toContain('Held back');
    expect(JSON.stringify(view)).not.toContain('Shown two');
    const released = apply(s, { type: 'toggleIdea', id: 'b' }, { type: 'toggleIdea', id: 'c' });
    expect(projectorView(TEMPLATE, released).ideas).toEqual(['Shown one', 'Held back', 'Shown two']);
  });

  it('lists the ideas of the current exercise only', () => {
    const s = apply(at('improvements'), { type: 'addIdea', text: 'SOP', id: 'a' }, { type: 'prev' });
    expect(projectorView(TEMPLATE, s).ideas).toEqual([]);
    expect(projectorView(TEMPLATE, reduce(TEMPLATE, s, { type: 'next' }, T0)).ideas).toEqual(['SOP']);
  });

  it('groups crosswalk ideas into the 5 element columns; ideas without a column go to the first', () => {
    const s = apply(
      at('crosswalk'),
      { type: 'addIdea', text: 'Family voice', id: 'a' },
      { type: 'addIdea', text: 'CFT meetings', column: 'teaming', id: 'b' },
      { type: 'addIdea', text: 'Ask about strengths', column: 'inquiry', id: 'c' },
      { type: 'addIdea', text: 'Secret', column: 'teaming', id: 'd' },
      { type: 'toggleIdea', id: 'd' },
      { type: 'addIdea', text: 'Warm welcome', column: 'engagement', id: 'e' },
      { type: 'addIdea', text: 'Court reports', column: 'accountability', id: 'f' },
    );
    const view = projectorView(TEMPLATE, s);
    expect(view.ideas).toEqual([]);
    expect(view.answers).toBeUndefined();
    expect(view.columns).toEqual([
      { id: 'engagement', label: 'Engagement', ideas: ['Family voice', 'Warm welcome'] },
      { id: 'inquiry', label: 'Inquiry and Exploration', ideas: ['Ask about strengths'] },
      { id: 'teaming', label: 'Teaming', ideas: ['CFT meetings'] },
      { id: 'advocacy', label: 'Advocacy', ideas: [] },
      { id: 'accountability', label: 'Accountability', ideas: ['Court reports'] },
    ]);
    const moved = reduce(TEMPLATE, s, { type: 'moveIdea', id: 'a', column: 'advocacy' }, T0);
    const movedView = projectorView(TEMPLATE, moved);
    expect(movedView.columns?.[0]?.ideas).toEqual(['Warm welcome']);
    expect(movedView.columns?.[3]?.ideas).toEqual(['Family voice']);
  });

  it('gives 5 empty columns for an empty crosswalk and no columns for other exercises', () => {
    const view = projectorView(TEMPLATE, at('crosswalk'));
    expect(view.columns?.map((c) => c.id)).toEqual(PRACTICE_ELEMENTS.map((e) => e.id));
    expect(view.columns?.every((c) => c.ideas.length === 0)).toBe(true);
    for (const id of ROOM_IDS.filter((x) => x !== 'crosswalk')) {
      expect(projectorView(TEMPLATE, at(id)).columns, id).toBeUndefined();
    }
  });

  it("gives each exercise's shape from the template, before any idea", () => {
    const shapes = Object.fromEntries(ROOM_IDS.map((id) => [id, projectorView(TEMPLATE, at(id)).shape]));
    expect(shapes).toEqual({
      levels: {
        kind: 'recall',
        blanks: [
          { before: 'The', after: 'Level' },
          { before: 'The', after: 'Level' },
        ],
      },
      elements: { kind: 'recall', blanks: [{}, {}, {}, {}, {}] },
      improvements: { kind: 'list', rows: 3 },
      crosswalk: { kind: 'columns' },
      benefits: { kind: 'questions', questions: ["For my county's families?", "For my county's staff?"] },
      'org-factors': { kind: 'list', rows: 6 },
      roles: {
        kind: 'questions',
        questions: ['My Role to Support CPM at the Family Level:', 'My Role to Support CPM at the System Level:'],
      },
      'saying-doing': { kind: 'questions', questions: [] },
      messages: { kind: 'questions', questions: ['With my immediate team?', 'With social workers?'] },
    });
  });

  it('carries rev, blank and the timer', () => {
    const s = apply(
      fresh(),
      [{ type: 'toggleBlank' }, T0],
      [{ type: 'timerStart' }, T0 + 500],
      [{ type: 'rename', name: 'Renamed' }, T0 + 600],
    );
    const view = projectorView(TEMPLATE, s);
    expect(view.rev).toBe(4);
    expect(view.rev).toBe(s.rev);
    expect(view.blank).toBe(true);
    expect(view.sessionName).toBe('Renamed');
    expect(view.timer).toEqual({ durationMs: 2 * MIN, remainingMs: 2 * MIN, startedAt: T0 + 500 });
  });
});

describe('the join screen', () => {
  const join = { url: 'http://192.168.1.23:4173/#/join/K7P2QX?k=t', line: 'Join at 192.168.1.23:4173 · code K7P2QX' };

  it('is shown on the projector instead of the exercise until hidden, each change a new revision', () => {
    const shown = apply(fresh(), { type: 'showJoin', join });
    expect(projectorView(TEMPLATE, shown).join).toEqual(join);
    expect(shown.rev).toBe(fresh().rev + 1);
    // Moving on keeps it: only the facilitator hides it.
    expect(projectorView(TEMPLATE, apply(shown, { type: 'next' })).join).toEqual(join);
    const hidden = apply(shown, { type: 'showJoin', join: undefined });
    expect(projectorView(TEMPLATE, hidden).join).toBeUndefined();
    expect(hidden.rev).toBe(shown.rev + 1);
  });

  it('showing what is already shown changes nothing', () => {
    const shown = apply(fresh(), { type: 'showJoin', join });
    expect(apply(shown, { type: 'showJoin', join: { ...join } })).toBe(shown);
    const start = fresh();
    expect(apply(start, { type: 'showJoin', join: undefined })).toBe(start);
  });
});
