import { describe, expect, it } from 'vitest';
import { buildContribution, defaultSharedIds } from '../../src/synthesis/contribution';
import {
  emptyRoomAnswers,
  heldForReview,
  holdForReview,
  releaseHeld,
  shownContributions,
  type RoomAnswersRecord,
} from '../../src/synthesis/roomAnswers';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';

const contribution = (id: string, text: string) => {
  const answers = emptyAnswers(TEMPLATE);
  answers.lists.improvements = [{ id: 'i', text }];
  return buildContribution(TEMPLATE, answers, { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false }, id);
};
const texts = (record: RoomAnswersRecord) =>
  shownContributions(record).map((c) => `${c.contributionId}: ${c.answers.lists.improvements?.[0]}`);
const withContributions = (record: RoomAnswersRecord, ...contributions: ReturnType<typeof contribution>[]) => ({
  ...record,
  contributions,
});

describe('hold for review', () => {
  const a = contribution('a', 'Warm handoffs');
  const b = contribution('b', 'Family finding');

  it('without a hold the projector shows every contribution as it is now', () => {
    const record = withContributions(emptyRoomAnswers('s'), a, b);
    expect(texts(record)).toEqual(['a: Warm handoffs', 'b: Family finding']);
    expect(heldForReview(record)).toBe(0);
  });

  it('turning the hold on keeps what was on screen; new and changed answers wait', () => {
    const held = holdForReview(withContributions(emptyRoomAnswers('s'), a), true);
    const later = withContributions(held, contribution('a', 'Warm handoffs to CFTs'), b);
    expect(texts(later)).toEqual(['a: Warm handoffs']);
    expect(heldForReview(later)).toBe(2);
  });

  it('releasing shows what is held, and the hold goes on for what comes next', () => {
    const held = withContributions(holdForReview(emptyRoomAnswers('s'), true), a, b);
    const released = releaseHeld(held);
    expect(texts(released)).toEqual(['a: Warm handoffs', 'b: Family finding']);
    expect(heldForReview(released)).toBe(0);
    expect(heldForReview(withContributions(released, a, contribution('b', 'Relative search')))).toBe(1);
  });

  it('someone who stops sharing leaves the screen at once, held or not', () => {
    const released = releaseHeld(withContributions(holdForReview(emptyRoomAnswers('s'), true), a, b));
    const gone = withContributions(released, b);
    expect(texts(gone)).toEqual(['b: Family finding']);
    expect(heldForReview(gone)).toBe(0);
  });

  it('turning the hold off shows everything', () => {
    const held = withContributions(holdForReview(emptyRoomAnswers('s'), true), a, b);
    const open = holdForReview(held, false);
    expect(open.review).toBeUndefined();
    expect(texts(open)).toEqual(['a: Warm handoffs', 'b: Family finding']);
  });
});
