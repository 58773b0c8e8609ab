import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PAGE_ADDRESSES, pageAt } from '../../src/paths';

const page = (hash: string) => pageAt(hash, PAGE_ADDRESSES);

describe('addresses', () => {
  it('opens each page at its address, reading the path without its query', () => {
    expect(page('#/')).toBe('Library');
    expect(page('#/new')).toBe('WorksheetPage');
    expect(page('#/worksheets/abc?from=link')).toBe('WorksheetPage');
    expect(page('#/present/s-1')).toBe('Present');
    expect(page('#/project/s-1')).toBe('Project');
  });

  it('goes home for a hash that is no path', () => {
    expect(page('')).toBe('Library');
    expect(page('#')).toBe('Library');
    expect(page('#main')).toBe('Library');
  });

  it('names no page for an address the app does not have', () => {
    expect(page('#/nowhere')).toBeUndefined();
    expect(page('#/worksheets')).toBeUndefined();
    expect(page('#/newer')).toBeUndefined();
  });

  it('runs as the build writes it into index.html: from its own source, with nothing imported', () => {
    // A context of its own: the copy can reach nothing of this module's.
    const copy = runInNewContext(`(${pageAt.toString()})`) as typeof pageAt;
    expect(copy('#/worksheets/abc', PAGE_ADDRESSES)).toBe('WorksheetPage');
    expect(copy('#main', PAGE_ADDRESSES)).toBe('Library');
  });
});
