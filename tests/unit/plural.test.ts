import { expect, it } from 'vitest';
import { plural } from '../../src/ui/plural';

it('counts in good English, with the thousands marked as the rest of the app marks them', () => {
  expect(plural(0, 'idea')).toBe('0 ideas');
  expect(plural(1, 'idea')).toBe('1 idea');
  expect(plural(2, 'participant')).toBe('2 participants');
  expect(plural(1000, 'worksheet')).toBe('1,000 worksheets');
});
