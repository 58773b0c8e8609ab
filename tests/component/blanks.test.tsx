import { screen, within } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { renderExercises } from './helpers';

/** The accessible name from aria-labelledby, as a screen reader reads it. */
const computeName = (element: HTMLElement) =>
  (element.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');

/** The list item holding a blank, where its mark appears. */
const row = (name: string) => {
  const item = screen.getByRole('textbox', { name }).closest('li');
  if (!item) throw new Error(`No row for ${name}`);
  return within(item);
};

describe('recall blanks', () => {
  it('names each exercise’s buttons with its question, so two recall exercises on a page differ', () => {
    renderExercises(['levels', 'elements']);
    const names = screen
      .getAllByRole('button', { name: /^(Check my answers|Show answers)/ })
      .map((button) => button.getAttribute('aria-labelledby'));
    expect(names).toHaveLength(4);
    const checks = screen.getAllByRole('button', { name: /^Check my answers/ });
    expect(checks[0]?.textContent).toBe('Check my answers');
    expect(new Set(checks.map((button) => computeName(button))).size).toBe(2);
    expect(computeName(checks[0]!)).toBe('Check my answers What is the “intervention?”');
  });

  it('names each blank by its label and shows the phrase around it', () => {
    renderExercises(['levels']);
    expect(screen.getByRole('textbox', { name: 'Level 1' })).toHaveProperty('value', '');
    expect(screen.getByRole('textbox', { name: 'Level 2' })).toHaveProperty('value', '');
    expect(row('Level 1').getByText('The')).toBeTruthy();
    expect(row('Level 1').getByText('Level')).toBeTruthy();
    expect(screen.getByText('CPM offers an intervention on two levels:')).toBeTruthy();
  });

  it('stores each blank and reports the change', async () => {
    const { answers, changed, user } = renderExercises(['levels']);
    await user.type(screen.getByRole('textbox', { name: 'Level 2' }), 'System');
    expect(answers.blanks.levels).toEqual(['', 'System']);
    expect(changed).toHaveBeenCalled();
  });

  it('marks correct answers leniently and counts them', async () => {
    const { user } = renderExercises(['levels']);
    await user.type(screen.getByRole('textbox', { name: 'Level 1' }), 'family');
    await user.type(screen.getByRole('textbox', { name: 'Level 2' }), 'System level');
    expect(screen.queryByText('✓ Correct')).toBeNull();

    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(row('Level 1').getByText('✓ Correct')).toBeTruthy();
    expect(row('Level 2').getByText('✓ Correct')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('2 of 2 correct');
    // The mark describes its blank for screen readers.
    const mark = row('Level 1').getByText('✓ Correct');
    expect(screen.getByRole('textbox', { name: 'Level 1' }).getAttribute('aria-describedby')).toBe(mark.id);
  });

  it('marks a wrong answer and an empty blank', async () => {
    const { user } = renderExercises(['levels']);
    await user.type(screen.getByRole('textbox', { name: 'Level 1' }), 'County');
    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(row('Level 1').getByText('✗ Not quite')).toBeTruthy();
    expect(row('Level 2').getByText('— Not answered')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('0 of 2 correct');
  });

  it('does not count the same answer twice', async () => {
    const { user } = renderExercises(['levels']);
    await user.type(screen.getByRole('textbox', { name: 'Level 1' }), 'Family');
    await user.type(screen.getByRole('textbox', { name: 'Level 2' }), 'Family Practice');
    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(row('Level 1').getByText('✓ Correct')).toBeTruthy();
    expect(row('Level 2').getByText('✗ Not quite')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('1 of 2 correct');
  });

  it('keeps the answer key hidden until asked, and hides it again', async () => {
    const { user } = renderExercises(['levels']);
    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(screen.queryByText('Family, System')).toBeNull();
    expect(screen.queryByText(/Answers:/)).toBeNull();

    const toggle = screen.getByRole('button', { name: /^Show answers/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(screen.getByText('Family, System')).toBeTruthy();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide answers');

    await user.click(screen.getByRole('button', { name: /^Hide answers/ }));
    expect(screen.queryByText('Family, System')).toBeNull();
    expect(screen.getByRole('button', { name: /^Show answers/ })).toBe(toggle);
  });

  it('accepts the practice elements in any order and spelling', async () => {
    const { answers, user } = renderExercises(['elements']);
    const given = ['Accountability', 'Inquiry/Exploration', 'teaming', 'Engagement', 'the Advocacy element'];
    for (const [index, text] of given.entries()) {
      await user.type(screen.getByRole('textbox', { name: `Element ${index + 1}` }), text);
    }
    expect(answers.blanks.elements).toEqual(given);
    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(screen.getAllByText('✓ Correct')).toHaveLength(5);
    expect(screen.queryByText('✗ Not quite')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('5 of 5 correct — well done!');
  });

  it('clears a blank’s mark once its text is edited', async () => {
    const { user } = renderExercises(['levels']);
    const first = screen.getByRole('textbox', { name: 'Level 1' });
    await user.type(first, 'Family');
    await user.type(screen.getByRole('textbox', { name: 'Level 2' }), 'Community');
    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(row('Level 1').getByText('✓ Correct')).toBeTruthy();
    expect(row('Level 2').getByText('✗ Not quite')).toBeTruthy();

    await user.type(first, ' Level');
    // The edited blank carries no mark at all: not the old one, and not "Not answered" when it has text.
    expect(row('Level 1').queryByText('✓ Correct')).toBeNull();
    expect(row('Level 1').queryByText('✗ Not quite')).toBeNull();
    expect(row('Level 1').queryByText('— Not answered')).toBeNull();
    expect(first.getAttribute('aria-describedby')).toBeNull();
    // Other marks stay until the next check.
    expect(row('Level 2').getByText('✗ Not quite')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(row('Level 1').getByText('✓ Correct')).toBeTruthy();
  });

  it('takes plurals for the levels: "Systems" and "Families"', async () => {
    const { user } = renderExercises(['levels']);
    await user.type(screen.getByRole('textbox', { name: 'Level 1' }), 'Systems');
    await user.type(screen.getByRole('textbox', { name: 'Level 2' }), 'Families');
    await user.click(screen.getByRole('button', { name: /^Check my answers/ }));
    expect(screen.getAllByText('✓ Correct')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toContain('2 of 2 correct');
  });

  it('after "Show answers", puts the expected answer beside each blank that is not right', async () => {
    const { user } = renderExercises(['elements']);
    const given = ['Accountability', 'Teams', 'Safety', 'Engagement'];
    for (const [index, text] of given.entries()) {
      await user.type(screen.getByRole('textbox', { name: `Element ${index + 1}` }), text);
    }
    expect(screen.queryByText(/^Answer:/)).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Show answers/ }));

    expect(row('Element 3').getByText('✗ Not quite')).toBeTruthy();
    expect(row('Element 3').getByText(/^Answer:/).textContent).toBe('Answer: Inquiry and Exploration');
    expect(row('Element 5').getByText('— Not answered')).toBeTruthy();
    expect(row('Element 5').getByText(/^Answer:/).textContent).toBe('Answer: Advocacy');
    for (const right of ['Element 1', 'Element 2', 'Element 4']) {
      expect(row(right).getByText('✓ Correct')).toBeTruthy();
      expect(row(right).queryByText(/^Answer:/)).toBeNull();
    }
    // The expected answer describes its blank for screen readers.
    const third = screen.getByRole('textbox', { name: 'Element 3' });
    expect(third.getAttribute('aria-describedby')?.split(' ')).toContain(row('Element 3').getByText(/^Answer:/).id);

    // Typing the answer takes its hint away; hiding the key takes them all away.
    await user.clear(third);
    await user.type(third, 'inquiry & exploration');
    expect(row('Element 3').queryByText(/^Answer:/)).toBeNull();
    expect(row('Element 5').getByText(/^Answer:/).textContent).toBe('Answer: Advocacy');
    await user.click(screen.getByRole('button', { name: /^Hide answers/ }));
    expect(screen.queryByText(/^Answer:/)).toBeNull();
  });
});
