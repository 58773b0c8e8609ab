import type { WorksheetSummary } from '../worksheet/summary';

/** How the library orders worksheets. */
export type LibrarySort = 'newest' | 'oldest' | 'name';

export const SORT_LABELS: Record<LibrarySort, string> = {
  newest: 'Last change, newest first',
  oldest: 'Last change, oldest first',
  name: 'Name, A to Z',
};

/** Rows shown at first, and added by each "Show more". */
export const PAGE_SIZE = 50;

/** Lower case without accents, so "nguyen" finds "Nguyễn". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The worksheets whose name or participant contains every word of `query`, in `sort` order. */
export function findWorksheets(list: readonly WorksheetSummary[], query: string, sort: LibrarySort): WorksheetSummary[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const found = words.length
    ? list.filter((sheet) => {
        const haystack = foldForSearch(`${sheet.title} ${sheet.participant}`);
        return words.every((word) => haystack.includes(word));
      })
    : [...list];
  if (sort === 'name') return found.sort((a, b) => byName.compare(a.title, b.title) || b.updatedAt - a.updatedAt);
  return found.sort((a, b) => (sort === 'newest' ? b.updatedAt - a.updatedAt : a.updatedAt - b.updatedAt));
}
