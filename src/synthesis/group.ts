/**
 * Grouping the room's answers: near-duplicates share a key, each group counts the participants
 * who gave it (a participant who says the same thing twice counts once).
 */

import { INITIATIVE_ACRONYMS } from '../worksheet/template';

/**
 * An answer with its short form resolved: a known acronym alone ("SOP") or in parentheses at
 * the end ("Family First (FFPSA)") stands for its initiative; any other trailing acronym in
 * parentheses ("Family Finding (FF)") only repeats what precedes it.
 */
function expandAcronym(text: string): string {
  const trimmed = text.trim().replace(/[.\s]+$/, '');
  if (/^[A-Za-z]{2,6}$/.test(trimmed)) return INITIATIVE_ACRONYMS[trimmed.toUpperCase()] ?? text;
  const trailing = /^(.*\S)\s*\(([A-Z]{2,6})\)$/.exec(trimmed);
  return trailing ? (INITIATIVE_ACRONYMS[trailing[2]!] ?? trailing[1]!) : text;
}

/**
 * The words of an answer, for matching only: case, punctuation, spacing, a leading article, a
 * plural "s" and an initiative's acronym do not make two answers different. "The Family
 * Meetings." and "family meeting" match, and so do "SOP" and "Safety Organized Practice".
 */
export function groupKey(text: string): string {
  return expandAcronym(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
    .split(' ')
    .map(singular)
    .join(' ');
}

/** "teams" → "team", "families" → "family"; short words and "-ss" words ("process") stay. */
function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * The separate answers inside one typed text: one per line, bullets and numbering dropped, so a
 * box that lists three principles counts as three answers. Only where the participant made a
 * list: a semicolon joins the parts of one sentence.
 */
export function splitAnswers(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*–]|\d{1,2}[.)])\s+/, '').trim())
    .filter((line) => groupKey(line) !== '');
}

/** One answer as given by one participant, optionally with a tag (the initiative, the audience). */
export interface Given {
  participant: number;
  text: string;
  tag?: string;
}

/** A tag and how many of the group's participants gave it under that tag. */
export interface TagCount {
  text: string;
  count: number;
}

export interface AnswerGroup {
  /** Unique within its part; what hide and merge refer to. */
  key: string;
  /** The wording most participants used. */
  text: string;
  count: number;
  /** Initiatives (crosswalk) or audiences the answer was given for, most frequent first. */
  tags: TagCount[];
  /** Set when the facilitator hid it: kept in the presenter, left off the screen and the PDF. */
  hidden?: boolean;
  /** Participants by index, for counting merged groups once each. */
  participants: number[];
  /** Every wording seen, with how many times, for the merge picker and the majority text. */
  variants: TagCount[];
  /** Tags by participant, so merged groups recount their tags. */
  tagged: Array<{ participant: number; tag: string }>;
}

/** Most participants first; ties in alphabetical order, so results never depend on the order of the files. */
export const byCountThenText = (a: { count: number; text: string }, b: { count: number; text: string }) =>
  b.count - a.count || a.text.localeCompare(b.text);

/** Counts, per distinct text (its group key), how many distinct participants used it. */
function tally(items: Array<{ participant: number; text: string }>, key: (text: string) => string = (t) => t): TagCount[] {
  const seen = new Map<string, { text: string; who: Set<number>; wordings: Map<string, number> }>();
  for (const item of items) {
    const k = key(item.text);
    const entry = seen.get(k) ?? { text: item.text, who: new Set<number>(), wordings: new Map<string, number>() };
    entry.who.add(item.participant);
    entry.wordings.set(item.text, (entry.wordings.get(item.text) ?? 0) + 1);
    seen.set(k, entry);
  }
  return [...seen.values()].map((entry) => ({ text: majority(entry.wordings), count: entry.who.size })).sort(byCountThenText);
}

const capitalized = (text: string) => /^\p{Lu}/u.test(text);

/**
 * The most used wording; on a tie, a capitalized one, then alphabetical order, so the result
 * never depends on the order the files came in.
 */
function majority(wordings: Map<string, number>): string {
  const ranked = [...wordings.entries()].sort(
    ([a, countA], [b, countB]) => countB - countA || Number(capitalized(b)) - Number(capitalized(a)) || a.localeCompare(b),
  );
  return ranked[0]?.[0] ?? '';
}

/** Builds a group's counts from its members. */
function finishGroup(key: string, members: Given[]): AnswerGroup {
  const participants = [...new Set(members.map((m) => m.participant))];
  const variantCounts = new Map<string, number>();
  for (const m of members) variantCounts.set(m.text, (variantCounts.get(m.text) ?? 0) + 1);
  const tagged = members.filter((m) => m.tag).map((m) => ({ participant: m.participant, tag: m.tag! }));
  return {
    key,
    text: majority(variantCounts),
    count: participants.length,
    tags: tally(
      tagged.map((t) => ({ participant: t.participant, text: t.tag })),
      groupKey,
    ),
    participants,
    variants: [...variantCounts.entries()].map(([text, count]) => ({ text, count })).sort(byCountThenText),
    tagged,
  };
}

/** Spacing as a reader expects it: single spaces, none at the ends. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Groups answers by their key, most participants first. */
export function groupAnswers(given: Given[]): AnswerGroup[] {
  const byKey = new Map<string, Given[]>();
  for (const item of given) {
    const text = tidy(item.text);
    const key = groupKey(text);
    if (!key) continue;
    const members = byKey.get(key) ?? [];
    members.push({ ...item, text, tag: tidy(item.tag ?? '') || undefined });
    byKey.set(key, members);
  }
  return [...byKey.entries()].map(([key, members]) => finishGroup(key, members)).sort(byCountThenText);
}

/** Two groups as one: each participant counted once, the wording the facilitator merged into kept. */
export function mergeGroups(into: AnswerGroup, from: AnswerGroup): AnswerGroup {
  const participants = [...new Set([...into.participants, ...from.participants])];
  const variants = new Map<string, number>();
  for (const v of [...into.variants, ...from.variants]) variants.set(v.text, (variants.get(v.text) ?? 0) + v.count);
  const tagged = [...into.tagged, ...from.tagged];
  return {
    ...into,
    count: participants.length,
    participants,
    tags: tally(
      tagged.map((t) => ({ participant: t.participant, text: t.tag })),
      groupKey,
    ),
    variants: [...variants.entries()].map(([text, count]) => ({ text, count })).sort(byCountThenText),
    tagged,
  };
}
