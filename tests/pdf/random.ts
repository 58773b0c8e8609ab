import { emptyAnswers, shortId } from '../../src/worksheet/answers';
import { PRACTICE_ELEMENTS, TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { allPrompts } from '../../src/worksheet/walk';

/** A small seeded generator (mulberry32), so a failing worksheet can be made again from its seed. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  return { next, int, pick };
}

type Random = ReturnType<typeof random>;

const WORDS = [
  'family',
  'engagement',
  'teaming',
  'we',
  'listen',
  'to',
  'the',
  'youth',
  'and',
  'caregivers',
  'so',
  'that',
  'plans',
  'are',
  'shared',
  'county',
  'supervisors',
  'coach',
  'practice',
  'behaviors',
  'every',
  'week;',
  'data',
  'track',
  'progress,',
  'Nguyễn',
  'Thị',
  '“voice',
  'and',
  'choice”',
  '(CFT)',
  'meetings',
  'accountability.',
  'intervention…',
  'safety',
  'organized',
  'partners',
  'CCR',
];

/** Prose of about `length` characters: words, quotes, brackets, now and then a new paragraph. */
export function prose(r: Random, length: number): string {
  let out = '';
  while (out.length < length) {
    const word = r.next() < 0.01 ? 'Supercalifragilistic'.repeat(r.int(2, 8)) : r.pick(WORDS);
    out += r.next() < 0.02 ? `\n${word}` : ` ${word}`;
  }
  return out.trim();
}

/** An answer length from empty to 5,000 characters, short answers being the commonest. */
function length(r: Random): number {
  const roll = r.next();
  if (roll < 0.2) return 0;
  if (roll < 0.6) return r.int(1, 120);
  if (roll < 0.9) return r.int(120, 1200);
  return r.int(1200, 5000);
}

/** A worksheet a participant might leave with: random lengths, 1–3 crosswalks, 3–15 list rows. */
export function randomAnswers(r: Random): Answers {
  const a = emptyAnswers(TEMPLATE);
  for (const prompt of allPrompts(TEMPLATE)) {
    if (prompt.kind === 'shortText' || prompt.kind === 'longText')
      a.text[prompt.id] =
        prompt.id === 'cover.date' ? '2026-11-24' : prose(r, prompt.kind === 'shortText' ? Math.min(length(r), 200) : length(r));
    if (prompt.kind === 'blanks') a.blanks[prompt.id] = prompt.blanks.map(() => (r.next() < 0.7 ? prose(r, r.int(0, 40)) : ''));
    if (prompt.kind === 'list')
      a.lists[prompt.id] = Array.from({ length: r.int(3, 15) }, () => ({ id: shortId(), text: prose(r, length(r)) }));
  }
  a.crosswalks.crosswalk = Array.from({ length: r.int(1, 3) }, () => ({
    id: shortId(),
    initiative: prose(r, r.int(0, 80)),
    cells: Object.fromEntries(PRACTICE_ELEMENTS.map((e) => [e.id, prose(r, length(r))])),
  }));
  a.more['messages.more'] = Array.from({ length: r.int(0, 2) }, () => ({
    id: shortId(),
    name: prose(r, r.int(0, 30)),
    text: prose(r, length(r)),
  }));
  return a;
}
