/** Addresses as paths: pure, so they can be tested without a browser. */
export type Path = `/${string}`;

/** The path in the address's hash, without its query: "#/worksheets/abc?x" → "/worksheets/abc". */
export function hashPath(hash: string): Path {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.startsWith('/') ? (path as Path) : '/';
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
