import { render, screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { newSession, type FacilitationSession } from '../../src/facilitate/session';
import { SessionList } from '../../src/ui/SessionList';
import { TEMPLATE } from '../../src/worksheet/template';

const now = new Date(2026, 11, 2, 9, 30).getTime();

function session(name: string, date: string, ideas: string[]): FacilitationSession {
  const made = newSession(TEMPLATE, name, date, now);
  return { ...made, boards: { levels: ideas.map((text, i) => ({ id: `i${i}`, text, hidden: false })) } };
}

const card = (name: string) => screen.getByRole('heading', { name }).closest('li')!;

describe('the library’s facilitation sessions', () => {
  it('date each session in words and count its ideas in good English', () => {
    render(() => (
      <SessionList
        sessions={[session('Monday cohort', '2026-11-30', ['Family']), session('Tuesday cohort', '2026-12-01', ['Family', 'System'])]}
        onDelete={() => {}}
      />
    ));
    expect(within(card('Monday cohort')).getByText('November 30, 2026')).toBeTruthy();
    expect(within(card('Monday cohort')).getByText('1 idea on the board')).toBeTruthy();
    expect(within(card('Tuesday cohort')).getByText('2 ideas on the board')).toBeTruthy();
    expect(screen.queryByText(/\d{4}-\d{2}-\d{2}/)).toBeNull();
  });

  it('do not repeat the date under a session named for it', () => {
    const today = new Date(2026, 11, 2).toLocaleDateString([], { month: 'long', day: 'numeric', year: 'numeric' });
    render(() => <SessionList sessions={[session(today, '2026-12-02', [])]} onDelete={() => {}} />);
    expect(within(card(today)).getAllByText(today)).toHaveLength(1);
    expect(within(card(today)).getByText('0 ideas on the board')).toBeTruthy();
  });
});
