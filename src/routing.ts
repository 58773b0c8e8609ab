import { createSignal, type Accessor } from 'solid-js';
import { hashPath, matchPath, type Path } from './paths';

export { matchPath, type Path } from './paths';

/**
 * Hash routing in a few lines: the build works from any static host or a file share with no
 * server rewrites, and the first load carries no router library.
 */
const [path, setPath] = createSignal<Path>(hashPath(location.hash));
addEventListener('hashchange', () => setPath(hashPath(location.hash)));

export const currentPath: Accessor<Path> = path;

/** Goes to `to`; `replace` leaves no history entry, as when /new hands over to the worksheet. */
export function navigate(to: Path, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(history.state, '', `#${to}`);
  else if (location.hash !== `#${to}`) history.pushState(history.state, '', `#${to}`);
  setPath(to);
}

/** The id in the address of a page routed at `from`, e.g. "/worksheets/$id". */
export function useParams(options: { from: string }): Accessor<{ id: string }> {
  return () => ({ id: matchPath(options.from, path())?.id ?? '' });
}
