import { afterEach, expect, test, vi } from 'vitest';
import { newId } from '../../src/worksheet/ids';

afterEach(() => vi.unstubAllGlobals());

test('newId gives version 4 UUIDs, all different', () => {
  const ids = Array.from({ length: 1000 }, newId);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(ids).size).toBe(ids.length);
});

test('newId works where crypto.randomUUID does not exist, as on plain http', () => {
  const { getRandomValues } = globalThis.crypto;
  vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
  expect(newId()).toMatch(/^[0-9a-f-]{36}$/);
});
