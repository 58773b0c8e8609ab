import type { Path } from './paths';

/** Each page is its own chunk, loaded with its route. */
export const pages = {
  library: () => import('./routes/Library'),
  worksheet: () => import('./routes/WorksheetPage'),
  present: () => import('./routes/Present'),
  project: () => import('./routes/Project'),
};

/** The page an address opens (/new opens a worksheet), to start loading it before the app runs. */
export function pageFor(path: Path): (() => Promise<unknown>) | undefined {
  if (path === '/') return pages.library;
  if (path === '/new' || path.startsWith('/worksheets/')) return pages.worksheet;
  if (path.startsWith('/present/')) return pages.present;
  if (path.startsWith('/project/')) return pages.project;
  return undefined;
}
