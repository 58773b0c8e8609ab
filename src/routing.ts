import { createSignal, type Accessor } from 'solid-js';

/**
 * Hash routing in a few lines: the build works from any static host or a file share with no
 * server rewrites, and the first load carries no router library.
 */
export type Path = `/${string}`;

/** The path in the address's hash, without its query: "#/worksheets/abc?x" → "/worksheets/abc". */
export function hashPath(hash: string): Path {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.startsWith('/') ? (path as Path) : '/';
}

const [path, setPath] = createSignal<Path>(hashPath(location.hash));
addEventListener('hashchange', () => setPath(hashPath(location.hash)));

export const currentPath: Accessor<Path> = path;

/** Goes to `to`; `replace` leaves no history entry, as when /new hands over to the worksheet. */
export function navigate(to: Path, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(history.state, '', `#${to}`);
  else if (location.hash !== `#${to}`) history.pushState(history.state, '', `#${to}`);
  setPath(to);
}

/** "/worksheets/$id" against "/worksheets/abc" → { id: "abc" }; undefined when it does not match. */
export function matchPath(pattern: string, candidate: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = candidate.replace(/\/$/, '').split('/');
  if (have.length === 1) have.push('');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const value = have[i]!;
    if (part.startsWith('$')) {
      if (!value) return undefined;
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) return undefined;
  }
  return params;
}

/** The id in the address of a page routed at `from`, e.g. "/worksheets/$id". */
export function useParams(options: { from: string }): Accessor<{ id: string }> {
  return () => ({ id: matchPath(options.from, path())?.id ?? '' });
}
