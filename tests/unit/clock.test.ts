import { describe, expect, it } from 'vitest';
import { clockTime, formatCountdown, whenChanged } from '../../src/ui/clock';

describe('countdown', () => {
  it('reads minutes and two-digit seconds, rounding a started second up', () => {
    expect(formatCountdown(5 * 60_000)).toBe('5:00');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(64_001)).toBe('1:05');
    expect(formatCountdown(999)).toBe('0:01');
  });

  it('stops at 0:00 once time is up', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-30_000)).toBe('0:00');
  });
});

describe('when a worksheet last changed', () => {
  const now = new Date(2026, 2, 4, 15, 0);

  it('says today with the time for a change since midnight', () => {
    const earlier = new Date(2026, 2, 4, 9, 5);
    expect(whenChanged(earlier.getTime(), now)).toBe(`Today at ${clockTime(earlier)}`);
    expect(whenChanged(new Date(2026, 2, 4, 0, 0).getTime(), now)).toMatch(/^Today at /);
  });

  it('says yesterday for a change the day before', () => {
    const yesterday = new Date(2026, 2, 3, 23, 59);
    expect(whenChanged(yesterday.getTime(), now)).toBe(`Yesterday at ${clockTime(yesterday)}`);
    expect(whenChanged(new Date(2026, 2, 3, 0, 0).getTime(), now)).toMatch(/^Yesterday at /);
  });

  it('gives the date, with its year, for anything older', () => {
    const older = whenChanged(new Date(2026, 2, 2, 12, 0).getTime(), now);
    expect(older).not.toMatch(/Today|Yesterday/);
    expect(older).toContain('2026');
  });

  it('shows the time with its minutes', () => {
    expect(clockTime(new Date(2026, 2, 4, 14, 32))).toContain('32');
  });
});
