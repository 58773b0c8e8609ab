/** The pages, named as their modules in src/routes are (and so as their chunks in the build). */
export type PageName = 'Library' | 'WorksheetPage' | 'Present' | 'Project' | 'Join';

/** An address a page opens at: exactly this path, or any path under this prefix. */
export type PageAddress = { page: PageName } & ({ path: string } | { prefix: string });

/** Which page each address opens; /new opens a worksheet. */
export const PAGE_ADDRESSES: readonly PageAddress[] = [
  { path: '/', page: 'Library' },
  { path: '/new', page: 'WorksheetPage' },
  { prefix: '/worksheets/', page: 'WorksheetPage' },
  { prefix: '/present/', page: 'Present' },
  { prefix: '/project/', page: 'Project' },
  { prefix: '/join', page: 'Join' },
];

/**
 * The page a location hash opens ("#/worksheets/abc?x" → "WorksheetPage"); a hash that is no
 * path ("", "#main") is home. It uses nothing outside itself on purpose: the build writes its
 * source into index.html, where it picks the page to preload before any module has loaded.
 */
export function pageAt(hash: string, addresses: readonly PageAddress[]): PageName | undefined {
  let path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (path.charAt(0) !== '/') path = '/';
  for (const address of addresses) {
    if ('path' in address ? path === address.path : path.indexOf(address.prefix) === 0) return address.page;
  }
  return undefined;
}

/**
 * Whether a location hash is the /new link, the address that opens a fresh worksheet. Like
 * pageAt(), it uses nothing outside itself: index.html runs its source to draw the first frame.
 */
export function opensNewWorksheet(hash: string): boolean {
  return hash.split('?')[0] === '#/new';
}
