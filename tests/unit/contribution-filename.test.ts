import { describe, expect, it } from 'vitest';
import { buildContribution, contributionFileName } from '../../src/synthesis/contribution';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';

const DATE = '2026-11-23';
const AT = new Date(2026, 10, 23, 9, 14);

function answersNamed(name: string) {
  const answers = emptyAnswers(TEMPLATE);
  answers.text['cover.name'] = name;
  return answers;
}

function fileFor(name: string, includeName: boolean, now = AT): string {
  const contribution = buildContribution(TEMPLATE, answersNamed(name), { exerciseIds: [], includeName }, undefined, now);
  return contributionFileName(contribution, DATE);
}

describe('contribution file names', () => {
  it('differ for 30 anonymous participants saving in the same minute', () => {
    const names = new Set(Array.from({ length: 30 }, () => fileFor('', false)));
    expect(names.size).toBe(30);
  });

  it('say what they are: the day, the time it was saved, and a short random part', () => {
    expect(fileFor('', false)).toMatch(/^CPM-contribution-anonymous-2026-11-23-0914-[a-z0-9]{4,8}\.json$/);
  });

  it('name the participant only when they ticked their name', () => {
    expect(fileFor('Ana Reyes', true)).toMatch(/^CPM-contribution-Ana-Reyes-2026-11-23-0914-[a-z0-9]{4,8}\.json$/);
    expect(fileFor('Ana Reyes', false)).not.toMatch(/Ana|Reyes/);
  });
});
