import { PAGE_ADDRESSES, pageAt, type PageName } from './paths';

/** Each page is its own chunk, loaded with its route. */
export const pages = {
  Library: () => import('./routes/Library'),
  WorksheetPage: () => import('./routes/WorksheetPage'),
  Present: () => import('./routes/Present'),
  Project: () => import('./routes/Project'),
  Join: () => import('./routes/Join'),
} satisfies Record<PageName, () => Promise<unknown>>;

/** The page a location hash opens, to start loading it before the app runs. */
export function pageFor(hash: string): (() => Promise<unknown>) | undefined {
  const page = pageAt(hash, PAGE_ADDRESSES);
  return page && pages[page];
}
