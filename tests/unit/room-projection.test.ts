import { describe, expect, it } from 'vitest';
import { buildContribution, defaultSharedIds, type Contribution } from '../../src/synthesis/contribution';
import { contributionFromShare, mergeLive, shareMap } from '../../src/room/projection';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { allExercises } from '../../src/worksheet/walk';

const exercise = allExercises(TEMPLATE).find(
  (e) => e.facilitator && !e.personal && e.prompts.some((p) => p.kind === 'longText' || p.kind === 'shortText'),
)!;
const prompt = exercise.prompts.find((p) => p.kind === 'longText' || p.kind === 'shortText')!;

function answered(text: string) {
  const answers = emptyAnswers(TEMPLATE);
  answers.text[prompt.id] = text;
  return answers;
}

describe('the live room projection', () => {
  it('shares each ticked exercise as its slice of a contribution, and nothing unticked', () => {
    const map = shareMap(TEMPLATE, answered('  Budget cuts '), { exerciseIds: [exercise.id], includeName: false });
    expect(map.v).toBe(1);
    expect(map.name).toBeUndefined();
    expect(JSON.parse(map[exercise.id] as string).text[prompt.id]).toBe('Budget cuts');
    expect(Object.keys(map).sort()).toEqual([exercise.id, 'v'].sort());
    expect(shareMap(TEMPLATE, answered('x'), { exerciseIds: [], includeName: false })).toEqual({ v: 1 });
  });

  it('reads a participant doc back into the same answers a file would carry, under the pid', () => {
    const choice = { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false };
    const map = shareMap(TEMPLATE, answered('Budget cuts'), choice);
    const contribution = contributionFromShare(TEMPLATE, 'p7-participant', map);
    const file = buildContribution(TEMPLATE, answered('Budget cuts'), choice, 'p7-participant');
    expect(contribution.contributionId).toBe('p7-participant');
    expect(contribution.answers.text).toEqual(file.answers.text);
    expect(contribution.exercises).toEqual(file.exercises);
  });

  it('refuses a doc that is not a share: wrong version, unknown exercise, junk JSON', () => {
    expect(() => contributionFromShare(TEMPLATE, 'p1-participant', { v: 2 })).toThrow();
    expect(() => contributionFromShare(TEMPLATE, 'p1-participant', { v: 1, nope: '{}' })).toThrow();
    expect(() => contributionFromShare(TEMPLATE, 'p1-participant', { v: 1, [exercise.id]: '{not json' })).toThrow();
    expect(() =>
      contributionFromShare(TEMPLATE, 'p1-participant', { v: 1, [exercise.id]: JSON.stringify({ text: { [prompt.id]: 5 } }) }),
    ).toThrow();
  });

  it('merges files and live answers without counting anyone twice', () => {
    const live = contributionFromShare(
      TEMPLATE,
      'p1-participant',
      shareMap(TEMPLATE, answered('new'), { exerciseIds: [exercise.id], includeName: false }),
    );
    const stale: Contribution = { ...live, answers: { ...live.answers, text: { [prompt.id]: 'old' } } };
    const file = buildContribution(TEMPLATE, answered('file'), { exerciseIds: [exercise.id], includeName: false }, 'f1-file-0001');
    const merged = mergeLive([file, stale], [live]);
    expect(merged.map((c) => c.contributionId).sort()).toEqual(['f1-file-0001', 'p1-participant']);
    expect(merged.find((c) => c.contributionId === 'p1-participant')!.answers.text[prompt.id]).toBe('new');
  });
});
