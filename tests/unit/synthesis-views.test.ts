import { describe, expect, it } from 'vitest';
import { acceptView, parseMessage } from '../../src/facilitate/channel';
import { newSession, projectorView, type ProjectorView } from '../../src/facilitate/session';
import type { ContentBlock } from '../../src/pdf/content';
import { synthesisContent } from '../../src/pdf/synthesisContent';
import { buildContribution, defaultSharedIds } from '../../src/synthesis/contribution';
import { groupKey } from '../../src/synthesis/group';
import { projectRoom } from '../../src/facilitate/roomView';
import { groupId, synthesize } from '../../src/synthesis/synthesize';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';

/** n participants; participant i lists improvements 0..i, so improvement k is given by n - k of them. */
function room(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const answers = emptyAnswers(TEMPLATE);
    answers.text['cover.name'] = `Person ${i}`;
    answers.lists.improvements = Array.from({ length: i + 1 }, (_, k) => ({
      id: `i${k}`,
      text: `Improvement ${String.fromCharCode(65 + k)}`,
    }));
    answers.blanks.levels = i % 2 ? ['Family', 'System'] : ['Family', ''];
    answers.text['roles.family'] = 'PRIVATE';
    return buildContribution(TEMPLATE, answers, { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false }, `contribution-${i}`);
  });
}

const improvements = (synthesis: ReturnType<typeof synthesize>) => synthesis.find((e) => e.exerciseId === 'improvements')!;

describe('what the projector shows of the room', () => {
  it('the most frequent answers first, a limit per part, and how many more there are', () => {
    const projected = projectRoom(improvements(synthesize(TEMPLATE, room(12))));
    expect(projected.respondents).toBe(12);
    expect(projected.parts).toHaveLength(1);
    expect(projected.parts[0]!.groups.map((g) => `${g.text} ×${g.count}`)).toEqual(
      ['A ×12', 'B ×11', 'C ×10', 'D ×9', 'E ×8', 'F ×7', 'G ×6', 'H ×5'].map((t) => `Improvement ${t}`),
    );
    expect(projected.parts[0]!.more).toBe(4);
  });

  it('leaves hidden answers off the screen', () => {
    const hidden = [groupId('improvements', 'improvements', groupKey('Improvement A'))];
    const projected = projectRoom(improvements(synthesize(TEMPLATE, room(3), { hidden, merges: [] })));
    expect(projected.parts[0]!.groups.map((g) => g.text)).toEqual(['Improvement B', 'Improvement C']);
  });

  it('travels over the channel, and a newer room view replaces an older one of the same session revision', () => {
    const base = projectorView(TEMPLATE, newSession(TEMPLATE, 'Monday', '2024-05-06', 1));
    const withRoom: ProjectorView = { ...base, room: projectRoom(improvements(synthesize(TEMPLATE, room(2)))), roomRev: 10 };
    expect(parseMessage(structuredClone({ kind: 'view', view: withRoom }))).toEqual({ kind: 'view', view: withRoom });
    expect(parseMessage({ kind: 'view', view: { ...withRoom, room: { respondents: -1, parts: [] } } })).toBeUndefined();
    expect(
      parseMessage({
        kind: 'view',
        view: { ...withRoom, room: { respondents: 1, parts: [{ label: 'x', more: 0, groups: [{ text: 1, count: 1, tags: [] }] }] } },
      }),
    ).toBeUndefined();
    expect(acceptView(base, withRoom, base.sessionId)).toBe(true);
    expect(acceptView(withRoom, { ...base, roomRev: 11 }, base.sessionId)).toBe(true);
    expect(acceptView(withRoom, { ...withRoom, roomRev: 9 }, base.sessionId)).toBe(false);
    expect(acceptView(withRoom, base, base.sessionId)).toBe(false);
    expect(acceptView(withRoom, { ...base, rev: base.rev + 1 }, base.sessionId)).toBe(true);
  });
});

describe('the room answers PDF content', () => {
  const session = newSession(TEMPLATE, 'Monday cohort', '2024-05-06', 1);
  const contributions = room(3);
  const synthesis = synthesize(TEMPLATE, contributions, {
    hidden: [groupId('improvements', 'improvements', groupKey('Improvement C'))],
    merges: [],
  });
  const blocks = synthesisContent(TEMPLATE, session, synthesis, contributions.length);
  const texts = (list: ContentBlock[]) => JSON.stringify(list);

  it('names the session and the number of contributions, then each shared exercise with its counts', () => {
    expect(blocks[0]).toMatchObject({ kind: 'title', text: 'Room answers' });
    expect(blocks[1]).toMatchObject({ kind: 'cover', rows: expect.arrayContaining([{ label: 'Contributions', value: '3' }]) });
    // Each part's answers are one numbered list, most frequent first.
    const answers = blocks
      .filter((b): b is Extract<ContentBlock, { kind: 'list' }> => b.kind === 'list')
      .flatMap((b) => b.items.map((item) => item.map((run) => run.text).join('')));
    expect(answers).toEqual(
      expect.arrayContaining([
        'Improvement A — 3 participants',
        'Improvement B — 2 participants',
        'Family — 3 participants',
        'System — 1 participant',
      ]),
    );
    expect(texts(blocks)).toContain('1 of 3 named both levels');
  });

  it('leaves out hidden answers, names, and exercises nobody shared', () => {
    expect(texts(blocks)).not.toContain('Improvement C');
    expect(texts(blocks)).not.toContain('Person');
    expect(texts(blocks)).not.toContain('PRIVATE');
  });

  it('names the initiatives after the count without nesting parentheses', () => {
    const answers = emptyAnswers(TEMPLATE);
    answers.crosswalks.crosswalk = [{ id: 'c1', initiative: 'Safety Organized Practice (SOP)', cells: { teaming: 'Family meetings' } }];
    const one = [buildContribution(TEMPLATE, answers, { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false }, 'c-1')];
    const text = texts(synthesisContent(TEMPLATE, session, synthesize(TEMPLATE, one), 1));
    expect(text).toContain('Family meetings — 1 participant · Safety Organized Practice (SOP)');
    expect(text).not.toContain('((');
    expect(text).not.toContain('))');
  });

  it('dates the cover as every other PDF does', () => {
    expect(blocks[1]).toMatchObject({ kind: 'cover', rows: expect.arrayContaining([{ label: 'Date', value: 'May 6, 2024' }]) });
  });

  it('lists the exercises nobody shared together at the end, each under its own number, rather than a section apiece', () => {
    const sections = blocks.filter((b) => b.kind === 'section').map((b) => b.text);
    expect(sections.some((text) => text.includes('my role'))).toBe(false);
    expect(sections.at(-1)).toBe('Not shared by anyone');
    const after = blocks.slice(blocks.findIndex((b) => b.kind === 'section' && b.text === 'Not shared by anyone') + 1);
    const lines = after.map((b) => (b.kind === 'paragraph' ? b.words.map((w) => w.text).join('') : b.kind));
    // The number is the exercise's place in the session, as on the projector ("7 of 9").
    const role = synthesis.findIndex((exercise) => exercise.title.includes('my role'));
    expect(lines[0]).toBe('No participant shared answers to these exercises:');
    expect(lines).toContain(`${role + 1}. ${synthesis[role]!.title}`);
    expect(lines.slice(1).every((line) => /^\d+\. /.test(line))).toBe(true);
  });
});
