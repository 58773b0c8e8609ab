import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The seams the README's folder table promises, read from the source's own import lines.
const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports (static or dynamic), as a path under src/, e.g. "store/db". */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.filter((spec) => spec.startsWith('.')).map((spec) => relative(SRC, resolve(dirname(file), spec)));
}

const FILES = sourceFiles(SRC).map((file) => ({ path: relative(SRC, file), imports: importsOf(file), text: readFileSync(file, 'utf8') }));
const under = (folder: string) => FILES.filter((file) => file.path.startsWith(`${folder}/`));

describe('the folders keep their seams', () => {
  it('finds the source it checks', () => {
    expect(under('ui').length).toBeGreaterThan(30);
    expect(under('store').length).toBeGreaterThan(10);
  });

  it('ui/ imports nothing from store/: storage comes through the services context', () => {
    const reaching = under('ui').flatMap((file) => file.imports.filter((i) => i.startsWith('store/')).map((i) => `${file.path} → ${i}`));
    expect(reaching).toEqual([]);
  });

  it('worksheet/, synthesis/ and backup/ are pure: no store, no ui, no DOM storage', () => {
    const pure = [...under('worksheet'), ...under('synthesis'), ...under('backup')];
    const reaching = pure.flatMap((file) => file.imports.filter((i) => /^(store|ui|routes)\//.test(i)).map((i) => `${file.path} → ${i}`));
    expect(reaching).toEqual([]);
  });

  it('only store/ opens IndexedDB', () => {
    const opening = FILES.filter((file) => !file.path.startsWith('store/') && /\bindexedDB\b|from 'idb'/.test(file.text)).map(
      (f) => f.path,
    );
    expect(opening).toEqual([]);
  });
});
