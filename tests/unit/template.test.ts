import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEMPLATE, PRACTICE_ELEMENTS } from '../../src/worksheet/template';
import type { BlanksPrompt, CrosswalkPrompt, Exercise, ListPrompt, Prompt } from '../../src/worksheet/types';
import { allExercises, allPrompts, exercisesOf, findPrompt } from '../../src/worksheet/walk';
import { plainText } from '../../src/worksheet/richtext';

const SEED_PATH = fileURLToPath(new URL('../fixtures/worksheet-source.txt', import.meta.url));
const SEED_RAW = readFileSync(SEED_PATH, 'utf8');

/**
 * Words only: drops **bold** / *italic* marks and markdown links, treats the typographic
 * apostrophe like the straight one (the seed mixes both), and a non-breaking space like a space.
 */
function normalize(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\*/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\u2019/g, "'")
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

const SEED = normalize(SEED_RAW.replace(/\r\n/g, '\n'));
const SEED_LINES = SEED_RAW.replace(/\r\n/g, '\n')
  .split('\n')
  .map(normalize)
  .filter((line) => line.length > 0);

function exercise(id: string): Exercise {
  const found = allExercises(TEMPLATE).find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

function prompt<K extends Prompt['kind']>(id: string, kind: K): Prompt & { kind: K } {
  const found = findPrompt(TEMPLATE, id);
  if (!found || found.kind !== kind) throw new Error(`no ${kind} prompt ${id}`);
  return found as Prompt & { kind: K };
}

/** Every line of handout text the template prints, in reading order (the cover is not in the seed). */
function templateLines(): string[] {
  const lines: string[] = [];
  for (const section of TEMPLATE.sections) {
    if (section.id === 'cover') continue;
    lines.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'text') {
        lines.push(...block.paragraphs, ...(block.bullets ?? []));
        continue;
      }
      lines.push(block.question);
      if (block.lead) lines.push(block.lead);
      if (block.hint) lines.push(block.hint);
      for (const p of block.prompts) {
        if ((p.kind === 'shortText' || p.kind === 'longText') && p.label) lines.push(p.label);
        if (p.kind === 'blanks') {
          for (const blank of p.blanks) {
            if (blank.before !== undefined || blank.after !== undefined) {
              lines.push([blank.before, '_____', blank.after].filter((s) => s !== undefined).join(' '));
            }
          }
        }
        if (p.kind === 'crosswalk') lines.push(...p.columns.map((c) => `${c.label}:`));
      }
    }
  }
  return lines.map((line) => normalize(plainText(line)));
}

/** Lines of "- 1.", "- 2." … right after the given line of the seed. */
function numberedLinesAfter(question: string): number {
  const start = SEED_LINES.indexOf(normalize(question));
  expect(start, `seed has "${question}"`).toBeGreaterThanOrEqual(0);
  let count = 0;
  for (let i = start + 1; i < SEED_LINES.length && /^- \d+\.$/.test(SEED_LINES[i] ?? ''); i++) count++;
  return count;
}

describe('template wording against seed 004', () => {
  it('reads the seed file', () => {
    expect(SEED_RAW.length).toBeGreaterThan(1000);
    expect(SEED).toContain('What is the CA Child Welfare Core Practice Model (CPM)?');
  });

  it('every exercise question appears in the seed, in order', () => {
    const questions = allExercises(TEMPLATE)
      .filter((e) => e.id !== 'cover')
      .map((e) => normalize(plainText(e.question)));
    expect(questions).toHaveLength(9);
    let from = 0;
    for (const question of questions) {
      const at = SEED.indexOf(question, from);
      expect(at, `question "${question}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + question.length;
    }
  });

  it('every prompt label appears in the seed, in order', () => {
    const labels = allPrompts(TEMPLATE)
      .filter((p): p is Extract<Prompt, { kind: 'shortText' | 'longText' }> => p.kind === 'shortText' || p.kind === 'longText')
      .filter((p) => !p.id.startsWith('cover.') && p.label !== undefined)
      .map((p) => normalize(plainText(p.label ?? '')));
    expect(labels).toEqual([
      "For my county's families?",
      "For my county's staff?",
      'My Role to Support CPM at the Family Level:',
      'My Role to Support CPM at the System Level:',
      'With my immediate team?',
      'With social workers?',
    ]);
    let from = 0;
    for (const label of labels) {
      const at = SEED.indexOf(label, from);
      expect(at, `label "${label}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + label.length;
    }
  });

  it('all handout text (titles, read-only passages, questions, leads, hints, labels, blanks, columns) appears in the seed in order', () => {
    const lines = templateLines();
    let from = 0;
    for (const line of lines) {
      const at = SEED.indexOf(line, from);
      expect(at, `"${line}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
  });

  it('every line of the seed is reproduced by the template (numbered answer lines aside)', () => {
    const lines = new Set(templateLines());
    const seedText = SEED_LINES.filter((line) => !/^- \d+\.$/.test(line)).map((line) => line.replace(/^- /, ''));
    const missing = seedText.filter((line) => !lines.has(line));
    expect(missing).toEqual([]);
  });

  it('keeps the key read-only passages', () => {
    const text = templateLines();
    expect(text).toContain('CPM is a great foundation for practice!');
    expect(text).toContain('All of this is at the County-Level.');
    const systemIntro = TEMPLATE.sections.find((s) => s.id === 'system-level')?.blocks.find((b) => b.kind === 'text');
    expect(systemIntro?.kind === 'text' ? systemIntro.bullets : undefined).toEqual([
      'engaging staff to share in decision making;',
      'using communication strategies that ensure feedback;',
      'training and coaching systems that build skills & confidence;',
      'using data to track progress, address problems, celebrate successes!',
      'Nurturing community partnerships',
    ]);
  });

  it('blank and row counts match the numbered lines on paper', () => {
    expect(numberedLinesAfter(exercise('elements').question)).toBe(prompt('elements', 'blanks').blanks.length);
    expect(numberedLinesAfter(exercise('org-factors').question)).toBe(prompt('org-factors', 'list').rows);
    const levelLines = SEED_LINES.filter((line) => line === 'The _____ Level');
    expect(levelLines).toHaveLength(prompt('levels', 'blanks').blanks.length);
  });
});

describe('template structure', () => {
  it('sections are in the order of design §1', () => {
    expect(TEMPLATE.sections.map((s) => s.id)).toEqual(['cover', 'what-is-cpm', 'family-level', 'system-level', 'my-role', 'messaging']);
  });

  it('prompt ids are unique', () => {
    const ids = allPrompts(TEMPLATE).map((p) => p.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('exercise ids are unique', () => {
    const ids = allExercises(TEMPLATE).map((e) => e.id);
    expect(ids.length).toBe(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('block ids are unique', () => {
    const ids = TEMPLATE.sections.flatMap((s) => s.blocks.map((b) => b.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('section ids are unique', () => {
    const ids = TEMPLATE.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the cover asks for the five handout details, with a date field', () => {
    const cover = TEMPLATE.sections.find((s) => s.id === 'cover');
    expect(cover).toBeDefined();
    const prompts = cover ? exercisesOf(cover).flatMap((e) => e.prompts) : [];
    expect(prompts.map((p) => ('label' in p ? p.label : undefined))).toEqual([
      'Participant name',
      'Role / title',
      'County or agency',
      'Session name',
      'Date',
    ]);
    expect(prompts.every((p) => p.kind === 'shortText')).toBe(true);
    expect(prompt('cover.date', 'shortText').inputType).toBe('date');
    expect(prompt('cover.session', 'shortText').id).toBe('cover.session');
  });

  it('version is a positive integer', () => {
    expect(Number.isInteger(TEMPLATE.version)).toBe(true);
    expect(TEMPLATE.version).toBeGreaterThan(0);
  });

  it('the organizational factors list shows 6 rows', () => {
    const factors: ListPrompt = prompt('org-factors', 'list');
    expect(factors.rows).toBe(6);
  });

  it('crosswalk columns are the 5 practice elements in order', () => {
    const crosswalk: CrosswalkPrompt = prompt('crosswalk', 'crosswalk');
    expect(crosswalk.columns.map((c) => c.label)).toEqual([
      'Engagement',
      'Inquiry and Exploration',
      'Teaming',
      'Advocacy',
      'Accountability',
    ]);
    expect(crosswalk.columns).toEqual(PRACTICE_ELEMENTS);
    expect(new Set(crosswalk.columns.map((c) => c.id)).size).toBe(5);
    expect(crosswalk.max).toBeGreaterThanOrEqual(1);
    expect(prompt(crosswalk.sourceListId, 'list').kind).toBe('list');
  });

  it('blanks: 2 levels and 5 elements, with an answer for each', () => {
    const levels: BlanksPrompt = prompt('levels', 'blanks');
    const elements: BlanksPrompt = prompt('elements', 'blanks');
    expect(levels.blanks).toHaveLength(2);
    expect(levels.answerKey).toHaveLength(2);
    expect(elements.blanks).toHaveLength(5);
    expect(elements.answerKey).toHaveLength(5);
    expect(levels.answerKey.map((a) => a[0])).toEqual(['Family', 'System']);
    expect(elements.answerKey.map((a) => a[0])).toEqual(PRACTICE_ELEMENTS.map((e) => e.label));
  });
});
