import type { Answers, Template } from './types';
import { emptyAnswers } from './answers';
import { allPrompts } from './walk';

/** An answer whose prompt a newer template no longer has: kept, shown apart, never dropped. */
export interface ArchivedAnswer {
  promptId: string;
  text: string;
}

/**
 * Template migrations, in order: entry i turns answers of template version i + 1 into answers
 * of version i + 2 (version 1 is the first). Add to the end when the template changes.
 */
export const TEMPLATE_MIGRATIONS: Array<(answers: Answers) => Answers> = [];

/**
 * Brings stored answers up to the current template: runs the migrations, fills in prompts the
 * stored version did not have, and moves answers to prompts that no longer exist into the archive.
 */
export function upgradeAnswers(
  template: Template,
  answers: Answers,
  fromVersion: number,
  archived: ArchivedAnswer[] = [],
): { answers: Answers; archived: ArchivedAnswer[] } {
  let current = answers;
  for (let version = Math.max(1, fromVersion); version < template.version; version++) {
    current = TEMPLATE_MIGRATIONS[version - 1]?.(current) ?? current;
  }
  const fresh = emptyAnswers(template);
  // Known ids per kind: an answer stored under a known id but of another kind is archived too.
  const idsOf = (...kinds: string[]) =>
    new Set(
      allPrompts(template)
        .filter((p) => kinds.includes(p.kind))
        .map((p) => p.id),
    );
  const textIds = idsOf('shortText', 'longText');
  const blankIds = idsOf('blanks');
  const listIds = idsOf('list');
  const crosswalkIds = idsOf('crosswalk');
  const moreIds = new Set(template.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'exercise' && b.more ? [b.more.id] : []))));
  const kept: ArchivedAnswer[] = [...archived];
  const archive = (promptId: string, text: string) => text.trim() && kept.push({ promptId, text });

  const result: Answers = { text: {}, blanks: {}, lists: {}, crosswalks: {}, more: {} };
  for (const [id, value] of Object.entries(current.text ?? {})) {
    if (textIds.has(id)) result.text[id] = value;
    else archive(id, value);
  }
  for (const [id, values] of Object.entries(current.blanks ?? {})) {
    if (blankIds.has(id)) result.blanks[id] = values;
    else values.forEach((value) => archive(id, value));
  }
  for (const [id, items] of Object.entries(current.lists ?? {})) {
    if (listIds.has(id)) result.lists[id] = items;
    else items.forEach((item) => archive(id, item.text));
  }
  for (const [id, entries] of Object.entries(current.crosswalks ?? {})) {
    if (crosswalkIds.has(id)) result.crosswalks[id] = entries;
    else entries.forEach((entry) => archive(id, [entry.initiative, ...Object.values(entry.cells)].filter((t) => t.trim()).join('\n')));
  }
  for (const [id, entries] of Object.entries(current.more ?? {})) {
    if (moreIds.has(id)) result.more[id] = entries;
    else entries.forEach((entry) => archive(id, [entry.name, entry.text].filter((t) => t.trim()).join(': ')));
  }
  // Prompts added since the stored version start empty, as on a fresh worksheet.
  for (const kind of ['text', 'blanks', 'lists', 'crosswalks'] as const) {
    for (const [id, value] of Object.entries(fresh[kind])) (result[kind] as Record<string, unknown>)[id] ??= value;
  }
  return { answers: result, archived: kept };
}
