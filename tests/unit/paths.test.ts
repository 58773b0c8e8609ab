import { describe, expect, it } from 'vitest';
import { hashPath, matchPath } from '../../src/paths';

describe('addresses', () => {
  it('reads the path from the hash, without its query, and goes home for anything else', () => {
    expect(hashPath('#/worksheets/abc?from=link')).toBe('/worksheets/abc');
    expect(hashPath('#/new')).toBe('/new');
    expect(hashPath('')).toBe('/');
    expect(hashPath('#main')).toBe('/');
  });

  it('matches a page and reads its id', () => {
    expect(matchPath('/worksheets/$id', '/worksheets/abc-1')).toEqual({ id: 'abc-1' });
    expect(matchPath('/worksheets/$id', '/worksheets/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/new', '/new/')).toEqual({});
  });

  it('does not match another page, a missing id or a longer path', () => {
    expect(matchPath('/worksheets/$id', '/present/abc')).toBeUndefined();
    expect(matchPath('/worksheets/$id', '/worksheets/')).toBeUndefined();
    expect(matchPath('/worksheets/$id', '/worksheets/abc/more')).toBeUndefined();
    expect(matchPath('/', '/nowhere')).toBeUndefined();
  });
});
